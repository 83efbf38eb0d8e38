/**
 * data_bags/BAG/ID.json. An encrypted item (each value a hash with
 * `encrypted_data`, `iv`, `cipher`) cannot be read without its secret: its
 * values become Unknown, so nothing downstream mistakes ciphertext for a
 * value, and the item is marked encrypted.
 */
import { warning } from '../diagnostics/create.js';
import { Unknown, type Data } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DataBagItem } from '../model/workspace.js';
import { isHash } from './dsl-values.js';
import { parseJsonSource } from './json-source.js';
import { startOf } from './read-role.js';
import type { SourceText } from './read-source.js';

export function readDataBagItem(src: SourceText, bag: string, fileName: string): { item?: DataBagItem; diagnostics: Diagnostic[] } {
  const parsed = parseJsonSource(src, 'DEC0204');
  const diagnostics = [...parsed.diagnostics];
  const location = startOf(src);
  if (!isHash(parsed.value)) {
    if (parsed.diagnostics.length === 0) diagnostics.push(warning('DEC0204', `${src.ref.file} does not hold a JSON object`, location));
    return { diagnostics };
  }
  const raw = parsed.value;
  const id = typeof raw['id'] === 'string' ? raw['id'] : fileName;
  if (id !== fileName) {
    diagnostics.push(warning('DEC0204', `data bag item file ${fileName} has id ${JSON.stringify(id)}; decant uses the id`, location));
  }
  const encrypted = Object.entries(raw).some(([k, v]) => k !== 'id' && looksEncrypted(v));
  const data: Data = encrypted
    ? Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [
          k,
          k === 'id' ? v : new Unknown(`encrypted data bag item ${bag}/${id}: the value of ${k} needs the secret`, location),
        ]),
      )
    : raw;
  return { item: { bag, id, data, location, encrypted }, diagnostics };
}

function looksEncrypted(value: Data): boolean {
  return isHash(value) && 'encrypted_data' in value && ('iv' in value || 'cipher' in value);
}
