import type { Diagnostic } from '../../model/diagnostic.js';
import type { ConnectionEdge, LineRewrite, FileSpec, PodGroup, Unit } from '../../model/plan.js';
import { error, info } from '../../diagnostics/create.js';
import { textHeld, withTextHeld } from '../../model/file-text.js';

/** The pod a unit runs in: its group's name, else its own. */
const podOf = (pods: readonly PodGroup[], unit: string) => pods.find((p) => p.units.includes(unit))?.name ?? unit;

/** `127.0.0.1:11211` → `memcached:11211`: the listening unit's Service, which has the unit's name. */
const serviceEndpoint = (e: ConnectionEdge) => `${e.to}:${e.port}`;

function rewriteLine(text: string, line: number, before: string, after: string): string {
  const lines = text.split('\n');
  lines[line - 1] = lines[line - 1]!.split(before).join(after);
  return lines.join('\n');
}

function rewriteUnit(unit: Unit, e: ConnectionEdge, after: string): Unit {
  const { file, line } = e.source;
  if (file === 'command') return { ...unit, command: unit.command.map((w) => w.split(e.endpoint).join(after)) };
  if (file.startsWith('env ')) {
    const name = file.slice(4);
    return { ...unit, env: { ...unit.env, [name]: unit.env[name]!.split(e.endpoint).join(after) } };
  }
  const files: FileSpec[] = unit.files.map((f) => {
    const text = f.path === file ? textHeld(f.content) : undefined;
    return text === undefined ? f : withTextHeld(f, rewriteLine(text, line, e.endpoint, after));
  });
  return { ...unit, files };
}

/**
 * Edges whose two units run in different pods (plan.yaml gave one its own
 * pod, or one is a CronJob or Job): a loopback endpoint to a port the other
 * unit declares is rewritten to its Service name and port, in the very line
 * that named it; a unix socket, or a port the other binds on loopback only,
 * cannot cross pods — an error, never a silent break.
 */
export function rewriteCrossPodEdges(units: readonly Unit[], edges: readonly ConnectionEdge[], pods: readonly PodGroup[]): { units: Unit[]; rewrites: LineRewrite[]; diagnostics: Diagnostic[] } {
  let out = [...units];
  const rewrites: LineRewrite[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const e of edges) {
    if (podOf(pods, e.from) === podOf(pods, e.to)) continue;
    const from = out.find((u) => u.name === e.from)!;
    const to = out.find((u) => u.name === e.to)!;
    const where = e.source.line ? `${e.source.file}:${e.source.line}` : e.source.file;
    const at = from.files.find((f) => f.path === e.source.file)?.source ?? from.origin?.source;
    const declared = e.kind === 'tcp' && to.ports.some((p) => p.port === e.port && p.protocol === 'TCP');
    if (!declared) {
      const why = e.kind === 'unix' ? `the unix socket ${e.endpoint}` : `port ${e.port}, which ${e.to} binds on loopback only`;
      diagnostics.push(error('DEC0532', `unit ${e.from} reaches ${e.to} through ${why} (${where}), but they run in different pods: the connection fails`, at, `keep ${e.from} and ${e.to} in one pod (plan.yaml ownPod: false), or make ${e.to} listen on a TCP port and point ${where} at it`));
      continue;
    }
    const after = serviceEndpoint(e);
    out = out.map((u) => (u.name === e.from ? rewriteUnit(u, e, after) : u));
    rewrites.push({ unit: e.from, file: e.source.file, line: e.source.line, before: e.endpoint, after, why: `${e.to} runs in another pod; its Service answers there` });
    diagnostics.push(info('DEC0533', `unit ${e.from}: ${where}: ${e.endpoint} → ${after} (${e.to} runs in another pod; its Service answers there)`, at));
  }
  return { units: out, rewrites, diagnostics };
}
