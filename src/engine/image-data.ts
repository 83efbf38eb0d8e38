/**
 * A unit's image.json (src/model/image-data.ts): what emit says build and
 * verify need of the image — the resources behind each Dockerfile step,
 * where the cookbook's files land, the health check, the systemd service of
 * an unknown command. Read as input, not trusted: a field of the wrong shape
 * is an error naming the file, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { IMAGE_DATA_VERSION, type ImageData, type ImageLogs, type ImagePort, type ImageStep, type StepOrigin } from '../model/image-data.js';
import type { HealthCheck } from '../model/plan.js';
import type { RequestAsk, RequestTrace } from '../model/unit-logs.js';
import type { EngineUnit } from './report-units.js';

export type ImageDataRead = { readonly ok: true; readonly data: ImageData } | { readonly ok: false; readonly reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLine = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isPort = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) < 65536;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function originOf(v: unknown): StepOrigin | undefined {
  if (!isRecord(v) || typeof v['resource'] !== 'string' || typeof v['file'] !== 'string' || !isLine(v['line'])) return undefined;
  return { resource: v['resource'], file: v['file'], line: v['line'] };
}

function stepOf(v: unknown): ImageStep | undefined {
  if (!isRecord(v) || !isLine(v['line']) || typeof v['instruction'] !== 'string' || !Array.isArray(v['origins'])) return undefined;
  const origins = v['origins'].map(originOf);
  if (origins.some((o) => o === undefined)) return undefined;
  return { line: v['line'], instruction: v['instruction'], origins: origins as StepOrigin[] };
}

function healthOf(v: unknown): HealthCheck | undefined {
  if (!isRecord(v)) return undefined;
  if (v['kind'] === 'tcp' && isPort(v['port'])) return { kind: 'tcp', port: v['port'] };
  if (v['kind'] === 'http' && isPort(v['port']) && typeof v['path'] === 'string') return { kind: 'http', port: v['port'], path: v['path'] };
  if (v['kind'] === 'exec' && isStrings(v['command'])) return { kind: 'exec', command: v['command'] };
  return undefined;
}

function portOf(v: unknown): ImagePort | undefined {
  if (!isRecord(v) || !isPort(v['port']) || (v['protocol'] !== 'TCP' && v['protocol'] !== 'UDP')) return undefined;
  if (v['speaks'] !== undefined && typeof v['speaks'] !== 'string') return undefined;
  return { port: v['port'], protocol: v['protocol'], ...(typeof v['speaks'] === 'string' ? { speaks: v['speaks'] } : {}) };
}

type Runtime = NonNullable<ImageData['runtime']>;

/** The start-time work: a script, the files it makes (absolute paths, plain keys), the Secret keys it reads. */
function runtimeOf(v: unknown): Runtime | undefined {
  if (!isRecord(v) || typeof v['script'] !== 'string' || !isStrings(v['secretEnv']) || !Array.isArray(v['files'])) return undefined;
  const files = v['files'].map((f) => (isRecord(f) && typeof f['path'] === 'string' && f['path'].startsWith('/') && typeof f['key'] === 'string' && /^[-._a-zA-Z0-9]+$/.test(f['key']) ? { path: f['path'], key: f['key'] } : undefined));
  if (files.some((f) => f === undefined)) return undefined;
  return { script: v['script'], files: files as Runtime['files'], secretEnv: v['secretEnv'] };
}

function logsOf(v: unknown): ImageLogs | undefined {
  if (!isRecord(v) || typeof v['requests'] !== 'boolean' || !isStrings(v['files']) || !isStrings(v['syslog'])) return undefined;
  const r = v['requestLog'];
  if (r !== undefined && !(isRecord(r) && (r['ask'] === 'http' || r['ask'] === 'connect') && (r['trace'] === 'query' || r['trace'] === 'line'))) return undefined;
  return { requests: v['requests'], files: v['files'], syslog: v['syslog'], ...(r ? { requestLog: { ask: r['ask'] as RequestAsk, trace: r['trace'] as RequestTrace } } : {}) };
}

/** The checked content of an image.json. */
export function parseImageData(text: string): ImageDataRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!isRecord(doc) || doc['version'] !== IMAGE_DATA_VERSION) return { ok: false, reason: `not an image.json of version ${IMAGE_DATA_VERSION}` };
  if (!isStrings(doc['files'])) return { ok: false, reason: '"files" is not a list of paths' };
  const steps = Array.isArray(doc['steps']) ? doc['steps'].map(stepOf) : [undefined];
  if (steps.some((s) => s === undefined)) return { ok: false, reason: '"steps" is not a list of {line, instruction, origins}' };
  const health = doc['health'] === undefined ? undefined : healthOf(doc['health']);
  if (doc['health'] !== undefined && !health) return { ok: false, reason: '"health" is not a tcp, http or exec check' };
  const ports = doc['ports'] === undefined ? undefined : Array.isArray(doc['ports']) ? doc['ports'].map(portOf) : [undefined];
  if (ports?.some((p) => p === undefined)) return { ok: false, reason: '"ports" is not a list of {port, protocol, speaks?}' };
  if (doc['systemdService'] !== undefined && typeof doc['systemdService'] !== 'string') return { ok: false, reason: '"systemdService" is not a name' };
  const capabilities = doc['capabilities'];
  if (capabilities !== undefined && !(isStrings(capabilities) && capabilities.every((c) => /^[A-Z_]+$/.test(c)))) return { ok: false, reason: '"capabilities" is not a list of capability names' };
  const subnets = doc['subnets'];
  if (subnets !== undefined && !(isStrings(subnets) && subnets.every((c) => /^[0-9a-fA-F:.]+\/\d{1,3}$/.test(c)))) return { ok: false, reason: '"subnets" is not a list of CIDR subnets' };
  const logs = doc['logs'] === undefined ? undefined : logsOf(doc['logs']);
  if (doc['logs'] !== undefined && !logs) return { ok: false, reason: '"logs" is not {requests, files, syslog, requestLog?}' };
  const runtime = doc['runtime'] === undefined ? undefined : runtimeOf(doc['runtime']);
  if (doc['runtime'] !== undefined && !runtime) return { ok: false, reason: '"runtime" is not {script, files: [{path, key}], secretEnv}' };
  return {
    ok: true,
    data: {
      version: IMAGE_DATA_VERSION,
      files: doc['files'],
      steps: steps as ImageStep[],
      ...(health ? { health } : {}),
      ...(ports ? { ports: ports as ImagePort[] } : {}),
      ...(typeof doc['systemdService'] === 'string' ? { systemdService: doc['systemdService'] } : {}),
      ...(capabilities !== undefined ? { capabilities: capabilities as string[] } : {}),
      ...(subnets !== undefined ? { subnets: subnets as string[] } : {}),
      ...(logs ? { logs } : {}),
      ...(runtime ? { runtime } : {}),
    },
  };
}

/** The unit's image.json, or why it cannot be read (report.json names none, the file is missing or malformed). */
export async function readImageData(unit: EngineUnit): Promise<ImageDataRead> {
  if (!unit.imageData) return { ok: false, reason: 'report.json names no image.json for this unit (written by an older decant: convert again)' };
  let text: string;
  try {
    text = await readFile(unit.imageData, 'utf8');
  } catch (e) {
    return { ok: false, reason: `cannot read ${unit.imageData}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const read = parseImageData(text);
  return read.ok ? read : { ok: false, reason: `${unit.imageData}: ${read.reason}` };
}
