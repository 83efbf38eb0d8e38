/**
 * catalog/config/defaults.yaml: the config file a daemon reads when its
 * command names none (rsyslogd's /etc/rsyslog.conf). Data with a citation per
 * entry: a file a package ships is not proof its daemon reads it unasked.
 */
import { join } from 'node:path';
import { defaultCatalogDir } from './load-catalog.js';
import { loadCatalogList, recordOf } from './yaml-record.js';

export interface DefaultConfig {
  readonly binary: string;
  readonly file: string;
  readonly why: string;
}

function entryOf(raw: unknown, at: string): DefaultConfig | string {
  const e = recordOf(raw, ['binary', 'file', 'why'], at);
  if (typeof e === 'string') return e;
  if (typeof e['binary'] !== 'string' || !/^[\w.+-]+$/.test(e['binary'])) return `${at}: binary must be an executable's name`;
  if (typeof e['file'] !== 'string' || !/^\/[^\s]+$/.test(e['file'])) return `${at}: file must be an absolute path`;
  if (typeof e['why'] !== 'string' || e['why'] === '') return `${at}: why must say where the default is documented`;
  return { binary: e['binary'], file: e['file'], why: e['why'] };
}

export function loadDefaultConfigs(dir: string = defaultCatalogDir()): { defaults: DefaultConfig[]; errors: string[] } {
  const { entries, errors } = loadCatalogList(join(dir, 'config', 'defaults.yaml'), entryOf);
  return { defaults: entries, errors };
}

let defaultOnce: DefaultConfig[] | undefined;

/** The catalog's default config files, read once per process. */
export function defaultConfigsOfCatalog(): DefaultConfig[] {
  return (defaultOnce ??= loadDefaultConfigs().defaults);
}
