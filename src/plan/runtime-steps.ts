/**
 * Key material made when the pod starts rather than while the image builds
 * (issue 16). A build step that generates a key, certificate or random secret
 * would leave it in a layer; run by the image's own shell in an init
 * container, the same command leaves it in a volume the service mounts. To
 * hand the files over, decant must know which files the command writes: read
 * here from the generating command's own arguments, or not at all.
 */
import type { BuildStep, RuntimeStep } from '../model/plan.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { warning } from '../diagnostics/create.js';
import { REDIRECT, WORD, segments, targetPath, unquote } from './step-shell-words.js';

const GENERATOR = /\b(openssl|ssh-keygen|pwgen|mkpasswd|apg|make-ssl-cert|certtool)\b|\/dev\/u?random\b/;
const OPENSSL_OUT = new RegExp(String.raw`(?:^|\s)-(?:out|keyout)\s+${WORD}`, 'g');
const SSH_KEYGEN_FILE = new RegExp(String.raw`(?:^|\s)-f\s+${WORD}`, 'g');

function argsOf(segment: string, pattern: RegExp): string[] {
  return [...segment.matchAll(pattern)].map((m) => unquote(m[1]!));
}

/** Files one generating part writes, as it names them (relative ones as written). */
function writtenBy(segment: string): string[] {
  if (!GENERATOR.test(segment)) return [];
  const out = argsOf(segment, REDIRECT);
  if (/\bopenssl\b/.test(segment)) out.push(...argsOf(segment, OPENSSL_OUT));
  if (/\bssh-keygen\b/.test(segment)) for (const f of argsOf(segment, SSH_KEYGEN_FILE)) out.push(f, `${f}.pub`);
  // Debian's ssl-cert: the default snakeoil pair, or one combined file named last.
  if (/\bmake-ssl-cert\s+generate-default-snakeoil\b/.test(segment)) out.push('/etc/ssl/certs/ssl-cert-snakeoil.pem', '/etc/ssl/private/ssl-cert-snakeoil.key');
  else if (/\bmake-ssl-cert\b/.test(segment)) out.push(...segment.split(/\s+/).slice(-1).map(unquote));
  return out.filter((p) => !p.startsWith('/dev/'));
}

/**
 * The absolute paths the step's generating parts write, each once; undefined
 * when a part generates without naming its output, or names it with a
 * variable or relative to an unknown directory: then decant cannot say where
 * the service would find the file.
 */
export function generatedPaths(step: Pick<BuildStep, 'command' | 'cwd'>): string[] | undefined {
  const paths: string[] = [];
  for (const seg of segments(step.command)) {
    if (!GENERATOR.test(seg)) continue;
    const written = writtenBy(seg);
    if (written.length === 0) return undefined;
    for (const p of written) {
      const path = targetPath(p, step.cwd);
      if (path === undefined) return undefined;
      paths.push(path);
    }
  }
  return paths.length ? [...new Set(paths)] : undefined;
}

const quote = (s: string): string => (/^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The step as one shell command the init container runs: its env, directory, user and guards as the RUN had them. */
export function runtimeCommand(step: BuildStep): string {
  // Multi-line scripts are bash scripts (as the RUN ran them); one line runs as written.
  let cmd = step.command.includes('\n') ? `bash -e -c ${quote(step.command)}` : step.command;
  const env = Object.keys(step.env).sort().map((k) => `export ${k}=${quote(step.env[k]!)}; `).join('');
  if (env || step.cwd) cmd = `(${env}${step.cwd ? `cd ${quote(step.cwd)} && ` : ''}${cmd})`;
  if (step.user) cmd = `su -s /bin/sh -c ${quote(cmd)} ${quote(step.user)}`;
  for (const c of step.conditions) cmd = c.when === 'unless' ? `if ! ${c.command}; then ${cmd}; fi` : `if ${c.command}; then ${cmd}; fi`;
  return cmd;
}

/** The build step as runtime work, when decant can tell what it writes. */
export function asRuntimeStep(step: BuildStep, what: string): RuntimeStep | undefined {
  const writes = generatedPaths(step);
  if (!writes) return undefined;
  return { resource: step.resource, source: step.source, command: runtimeCommand(step), writes, what };
}

/** What a reviewer must know of a key made at start: it is the pod's own, and how to make it stable. */
export function perPodKey(unit: string | undefined, step: RuntimeStep): Diagnostic {
  return warning(
    'DEC0523',
    `${unit !== undefined ? `unit ${unit}: ` : ''}${step.resource} makes ${step.what} (${step.writes.join(', ')}) when the pod starts, in the runtime-files init container, never in an image layer: each pod gets its own, and a restarted pod a new one`,
    step.source,
    `for a key shared by every replica and kept across restarts, create a Secret holding ${step.writes.join(', ')} and mount it at those paths in place of the init container's files`,
  );
}
