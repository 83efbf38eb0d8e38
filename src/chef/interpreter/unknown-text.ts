/**
 * The known parts of an interpolated string one of whose parts is unknown ("#{conf_dir}/pg_hba.conf"). The value
 * stays Unknown; its shape ("«?»/pg_hba.conf") keeps two such strings apart where only identity is asked — two
 * accumulator templates whose paths share an unknown directory are two resources, not one found for the other.
 */
import { Unknown } from '../values.js';

const PLACEHOLDER = '«?»';
const shapes = new WeakMap<Unknown, string>();

/** An Unknown for a string built of `parts` (text, or Unknown where not known), carrying its shape; `first` gives the reason. */
export function unknownText(first: Unknown, parts: readonly (string | Unknown)[]): Unknown {
  const u = new Unknown(first.reason, first.at);
  shapes.set(u, parts.map((p) => (typeof p === 'string' ? p : shapes.get(p) ?? PLACEHOLDER)).join(''));
  return u;
}

/** How an Unknown name reads in a resource's identity: its shape with the reason where the unknown parts are, else the reason. */
export function unknownIdentity(u: Unknown): string {
  const marker = `«unknown: ${u.reason}»`;
  const shape = shapes.get(u);
  return shape === undefined || shape === PLACEHOLDER ? marker : shape.split(PLACEHOLDER).join(marker);
}
