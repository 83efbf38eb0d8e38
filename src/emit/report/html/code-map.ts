/**
 * What maps a line of the output to the cookbook lines that produced it: a
 * Dockerfile instruction to the resources image.json records for it, a
 * manifest field to the resource that made the unit, the file or the secret
 * it carries. Spans are 1-based inclusive line ranges of the printed file.
 */
import type { ImageData } from '../../../model/image-data.js';
import type { Origin, Unit } from '../../../model/plan.js';
import type { SourceLocation } from '../../../model/source.js';
import { sourceFile } from '../source-file.js';

/** A place in a cookbook, named as report.json names it. */
export interface SourceRef {
  /** What it is: `package[nginx]`, `template templates/site.conf.erb`. */
  readonly label: string;
  /** `cookbook/file`, or `catalog/x.yaml` for decant's own data. */
  readonly file: string;
  readonly line: number;
  /** The whole file produced it (a template renders into the file it writes), not the one line. */
  readonly whole?: boolean;
}

export interface CodeSpan {
  readonly first: number;
  readonly last: number;
  /** What the span is: `RUN`, `Deployment command`. */
  readonly label: string;
  readonly refs: readonly SourceRef[];
}

const refOf = (o: Origin): SourceRef => ({ label: o.resource, file: sourceFile(o.source), line: o.source.line });
const templateRef = (loc: SourceLocation): SourceRef => ({ label: 'template', file: sourceFile(loc), line: loc.line, whole: true });

/** Each instruction from its keyword to its last continued line; the comment block above belongs to the one before. */
export function instructionSpans(dockerfile: string, data: ImageData, templates: ReadonlyMap<string, SourceRef>): CodeSpan[] {
  const lines = dockerfile.split('\n');
  return data.steps.map((step) => {
    let last = step.line;
    while (last < lines.length && /\\$/.test(lines[last - 1]!)) last++;
    return {
      first: step.line,
      last,
      label: step.instruction,
      refs: step.origins.flatMap((o) => {
        const template = templates.get(o.resource);
        return [{ label: o.resource, file: o.file, line: o.line }, ...(template ? [template] : [])];
      }),
    };
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 1-based line of the first line matching `re` at or after `from`; undefined when none does. */
function lineMatching(lines: readonly string[], re: RegExp, from = 1): number | undefined {
  for (let i = from - 1; i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
  return undefined;
}

/** A mapping key of the object's top-level `data:`/`stringData:` (two spaces in), plain or quoted. */
const dataKey = (key: string) => new RegExp(`^  "?${escapeRegExp(key)}"?:`);

function span(line: number | undefined, label: string, refs: readonly SourceRef[], last = line): CodeSpan[] {
  return line === undefined ? [] : [{ first: line, last: last ?? line, label, refs }];
}

/** The last line of the value a mapping key starts (a `|` block runs on while lines are indented deeper than the key). */
function valueEnd(lines: readonly string[], line: number | undefined): number | undefined {
  if (line === undefined) return undefined;
  const indent = /^ */.exec(lines[line - 1]!)![0].length;
  let last = line;
  while (last < lines.length && /^ *\S/.test(lines[last]!) && /^ */.exec(lines[last]!)![0].length > indent) last++;
  return last;
}

/** The fields of one manifest a reviewer would ask "where did this come from" about, by the object's kind. */
export function manifestSpans(yaml: string, kind: string, unit: Unit): CodeSpan[] {
  const lines = yaml.split('\n');
  const service = unit.origin ? [refOf(unit.origin)] : [];
  const out: CodeSpan[] = [...span(lineMatching(lines, /^kind:/), `${kind} for unit ${unit.name}`, service)];
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'CronJob': {
      const container = lineMatching(lines, /^\s*- image:/);
      if (container !== undefined) {
        out.push(...span(container, `image ${unit.image}, built from the unit's Dockerfile`, service));
        const indent = ' '.repeat(lines[container - 1]!.indexOf('image:'));
        out.push(...span(lineMatching(lines, new RegExp(`^${indent}command:`), container), `command (${unit.commandSource ?? 'unknown'})`, service));
      }
      for (const p of unit.ports) out.push(...span(lineMatching(lines, new RegExp(`containerPort: ${p.port}$`)), `port ${p.port}/${p.protocol} from ${p.from}${p.where ? `: ${p.where}` : ''}`, service));
      for (const s of unit.secrets) if (s.env) out.push(...span(lineMatching(lines, new RegExp(`- name: ${escapeRegExp(s.env)}$`)), `secret ${s.key}`, [refOf(s)]));
      for (const a of unit.hostAliases ?? []) out.push(...span(lineMatching(lines, new RegExp(`ip: "?${escapeRegExp(a.ip)}"?$`)), `host alias ${a.ip}`, [refOf(a)]));
      break;
    }
    case 'Service':
      for (const p of unit.ports) out.push(...span(lineMatching(lines, new RegExp(`^\\s+port: ${p.port}$`)), `port ${p.port}/${p.protocol} from ${p.from}${p.where ? `: ${p.where}` : ''}`, service));
      break;
    case 'ConfigMap':
      for (const f of unit.files) {
        if (f.configMapKey === undefined) continue;
        const refs = [refOf(f), ...(f.content.kind === 'rendered' && f.content.template ? [templateRef(f.content.template)] : [])];
        const key = lineMatching(lines, dataKey(f.configMapKey));
        out.push(...span(key, `${f.path}`, refs, valueEnd(lines, key)));
      }
      break;
    case 'Secret':
      for (const s of unit.secrets) {
        const key = lineMatching(lines, dataKey(s.key));
        out.push(...span(key, `secret ${s.key}`, [refOf(s)], valueEnd(lines, key)));
      }
      break;
    default:
      break;
  }
  return out.sort((a, b) => a.first - b.first);
}

/** The template each rendered file of the unit came from, by the resource that rendered it (`template[/etc/x.conf]`). */
export function templatesByResource(unit: Unit): Map<string, SourceRef> {
  const out = new Map<string, SourceRef>();
  for (const f of unit.files) if (f.content.kind === 'rendered' && f.content.template) out.set(f.resource, templateRef(f.content.template));
  return out;
}
