/**
 * Applies targetPath to everything a classified resource writes, at the one
 * place every handler's result passes, so no handler can forget it.
 */
import type { Resource } from '../model/converge.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { error, warning } from '../diagnostics/create.js';
import type { Classified, Contribution } from './resources/handler.js';
import { resourceId } from './resource-id.js';
import { targetPath } from './target-path.js';
import { Unknown } from '../model/data.js';
import { displayName } from './property-values.js';

interface Fixer {
  readonly refused: string[];
  readonly normalised: [string, string][];
  fix(raw: string): string;
}

function fixer(): Fixer {
  const refused: string[] = [];
  const normalised: [string, string][] = [];
  return {
    refused,
    normalised,
    fix(raw) {
      const t = targetPath(raw);
      if (!t.ok) {
        refused.push(`${JSON.stringify(raw)}: ${t.reason}`);
        return raw;
      }
      if (t.normalised) normalised.push([raw, t.path]);
      return t.path;
    },
  };
}

function fixContribution(c: Contribution, f: Fixer): Contribution {
  return {
    ...c,
    ...(c.files ? { files: c.files.map((x) => ({ ...x, path: f.fix(x.path) })) } : {}),
    ...(c.directories ? { directories: c.directories.map((x) => ({ ...x, path: f.fix(x.path) })) } : {}),
    ...(c.links ? { links: c.links.map((x) => ({ ...x, path: f.fix(x.path) })) } : {}),
    ...(c.secrets ? { secrets: c.secrets.map((x) => (x.path !== undefined ? { ...x, path: f.fix(x.path) } : x)) } : {}),
    ...(c.buildSteps ? { buildSteps: c.buildSteps.map((x) => (x.cwd !== undefined ? { ...x, cwd: f.fix(x.cwd) } : x)) } : {}),
    ...(c.runtimeSteps ? { runtimeSteps: c.runtimeSteps.map((x) => ({ ...x, writes: x.writes.map((w) => f.fix(w)) })) } : {}),
  };
}

// eslint-disable-next-line no-control-regex
const BREAKING = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * Strings of a contribution that land on a Dockerfile line, with where they
 * sit. File contents, secret values and a build or runtime step's own command are left out:
 * they go to files (a multi-line command becomes a script), never onto a line.
 */
function lineValues(value: unknown, at: string, out: string[]): void {
  if (typeof value === 'string') {
    if (BREAKING.test(value)) out.push(`${at} ${JSON.stringify(value)}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => lineValues(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // `resource` (type[name]) only reaches comments, which emit escapes.
      if (k === 'content' || k === 'value' || k === 'source' || k === 'resource' || (k === 'command' && /^(buildSteps|runtimeSteps)\[\d+\]$/.test(at))) continue;
      lineValues(v, at ? `${at}.${k}` : k, out);
    }
  }
}

/** Every path a classification writes or ties to. */
function targetsOf(c: Classified): string[] {
  const k = c.contribution;
  return [...(c.paths ?? []), ...(k?.files ?? []).map((x) => x.path), ...(k?.directories ?? []).map((x) => x.path), ...(k?.links ?? []).map((x) => x.path)];
}

/**
 * The Unknown a resource's own path is, when its handler wrote to the name in its place: a `path` property that is
 * Unknown leaves the name standing in for it (a known name is then the wrong place), and an Unknown name with no
 * `path` shows as a placeholder. Either would write a file where the cookbook does not.
 */
function unknownTarget(r: Resource, c: Classified): Unknown | undefined {
  const p = r.properties['path'];
  const unknown = p instanceof Unknown ? p : p === undefined && r.name instanceof Unknown ? r.name : undefined;
  return unknown && targetsOf(c).includes(displayName(r.name)) ? unknown : undefined;
}

/**
 * The classification with its target paths normalised, or, when one cannot
 * be made safe, the resource refused as unsupported with a DEC0205 naming it
 * and its file:line. Paths only used for matching (`paths`) are normalised
 * too, so `/etc/nginx/../nginx/x.conf` still ties to nginx.
 */
export function confineTargets(r: Resource, c: Classified): Classified {
  const unknown = unknownTarget(r, c);
  if (unknown) {
    const why = unknown.reason.replace(/\s*\[answer in plan\.yaml[^\]]*\]$/, '');
    return {
      class: 'unsupported',
      reason: `its path is unknown (${why}): not written anywhere rather than somewhere wrong`,
      diagnostics: [
        ...(c.diagnostics ?? []),
        warning('DEC0205', `${resourceId(r)} was refused: its path is unknown (${why})`, r.source, 'answer the value in plan.yaml (values:), or give the resource a path decant can know'),
      ],
    };
  }
  const f = fixer();
  const contribution = c.contribution ? fixContribution(c.contribution, f) : undefined;
  const paths = c.paths?.map((p) => {
    const t = targetPath(p);
    return t.ok ? t.path : p;
  });
  const id = resourceId(r);
  const diagnostics: Diagnostic[] = [...(c.diagnostics ?? [])];
  const breaking: string[] = [];
  if (c.contribution) lineValues(c.contribution, '', breaking);
  if (breaking.length) {
    diagnostics.push(
      error('DEC0505', `${id.replace(/[\u0000-\u001f]/g, ' ')} holds a line break or control character where the Dockerfile needs one line: ${breaking.join('; ')}`, r.source),
    );
    return { class: 'unsupported', reason: `refused: ${breaking.join('; ')}`, diagnostics };
  }
  if (f.refused.length) {
    diagnostics.push(
      error('DEC0205', `${id} names a path decant refuses: ${f.refused.join('; ')}`, r.source, 'give the resource an absolute path inside the image'),
    );
    return { class: 'unsupported', reason: `path refused: ${f.refused.join('; ')}`, diagnostics };
  }
  for (const [raw, path] of f.normalised) {
    diagnostics.push(warning('DEC0205', `${id}: ${JSON.stringify(raw)} is ${path} in the image (normalised as Linux resolves it)`, r.source));
  }
  return {
    ...c,
    ...(contribution ? { contribution } : {}),
    ...(paths ? { paths } : {}),
    ...(diagnostics.length ? { diagnostics } : {}),
  };
}
