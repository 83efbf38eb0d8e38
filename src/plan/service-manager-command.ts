/**
 * Service-manager commands inside an execute/bash resource (`systemctl
 * restart x`, `service x reload`, `update-rc.d x defaults`, …). A container
 * has no init system: a RUN step holding one fails the build. What each one
 * means in a container is known from the command's construct alone:
 * re-reading or enabling units is nothing to do, starting a service is what
 * the service's own unit does, and stopping one is nothing while the image
 * builds. Issue 14.
 */
import { scanTopLevel } from '../text/shell-top-level.js';

/** One service-manager command taken out of a script, with what it means in a container. */
export interface DroppedPart {
  readonly text: string;
  readonly meaning: string;
}

export interface ServiceManagerSplit {
  /** The script without its service-manager commands; undefined when nothing else was in it. */
  readonly kept?: string;
  readonly dropped: readonly DroppedPart[];
}

const RUNS = new Set(['start', 'restart', 'reload', 'force-reload', 'try-restart', 'reload-or-restart', 'try-reload-or-restart', 'condrestart']);
const STOPS = new Set(['stop', 'disable', 'mask', 'kill']);
const BOOT = new Set(['daemon-reload', 'daemon-reexec', 'enable', 'reenable', 'unmask', 'preset', 'set-default']);

const nothingToDo = (what: string) => `${what}: no init system in a container, nothing to do`;
const runsIt = (services: readonly string[]) =>
  services.length ? `the unit's container runs service ${services.join(', ')}` : "the unit's container runs the service";
const nothingRuns = 'nothing runs while the image builds, so there is nothing to stop';

/** The words of one simple command, its leading `sudo` and environment assignments left out. */
function commandWords(segment: string): string[] {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  while (words[0] === 'sudo' || (words[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) words.shift();
  return words;
}

const base = (word: string) => word.slice(word.lastIndexOf('/') + 1);
const serviceName = (u: string) => u.replace(/\.service$/, '');

/** What one simple command means when it drives the service manager; undefined when it does not. */
export function serviceManagerMeaning(segment: string): string | undefined {
  const words = commandWords(segment);
  const head = words[0];
  if (head === undefined) return undefined;
  const name = base(head);
  // `/etc/init.d/x restart` names the service by the script's path.
  if (head.startsWith('/etc/init.d/') || head.startsWith('/etc/rc.d/init.d/')) return initScriptMeaning(name, words[1]);
  if (head.includes('/') && !/^(\/usr)?\/s?bin\//.test(head)) return undefined;
  switch (name) {
    case 'systemctl': {
      const rest = words.slice(1).filter((w) => !w.startsWith('-'));
      const verb = rest[0];
      const services = rest.slice(1).map(serviceName);
      if (verb === undefined) return undefined;
      if (RUNS.has(verb)) return runsIt(services);
      if (STOPS.has(verb)) return nothingRuns;
      if (verb === 'daemon-reload' || verb === 'daemon-reexec') return nothingToDo('re-reads systemd unit files');
      if (BOOT.has(verb)) return nothingToDo(`${[verb, ...services].join(' ')} changes what starts at boot`);
      return undefined;
    }
    case 'service':
    case 'invoke-rc.d':
    case 'rc-service':
      return words[1] !== undefined ? initScriptMeaning(words[1], words[2]) : undefined;
    case 'update-rc.d':
    case 'chkconfig':
    case 'rc-update':
    case 'insserv':
      return nothingToDo(`${name} changes what starts at boot`);
    default:
      return undefined;
  }
}

function initScriptMeaning(service: string, action: string | undefined): string | undefined {
  if (action === undefined) return undefined;
  if (RUNS.has(action)) return runsIt([service]);
  if (STOPS.has(action)) return nothingRuns;
  return undefined;
}

interface Segment {
  /** Separator before it (`&&`, `||`, `;`, `|`, newline), '' for the first. */
  readonly sep: string;
  readonly text: string;
}

/**
 * Splits a script at its top-level separators, outside quotes and `$( )`.
 * Undefined when the script holds a construct whose parts cannot be told
 * apart this way (a here-document).
 */
function segments(script: string): Segment[] | undefined {
  if (script.includes('<<')) return undefined;
  const out: Segment[] = [];
  let sep = '';
  let start = 0;
  const scan = scanTopLevel(script);
  for (const i of scan.indices) {
    const c = script[i]!;
    const two = script.slice(i, i + 2);
    const found = two === '&&' || two === '||' ? two : c === ';' || c === '\n' || c === '|' ? c : undefined;
    if (found) {
      out.push({ sep, text: script.slice(start, i) });
      sep = found;
      start = i + found.length;
      scan.skip(found.length - 1);
    }
  }
  if (scan.unbalanced()) return undefined;
  out.push({ sep, text: script.slice(start) });
  return out;
}

/** Shell words that open or close a block: a segment may start with one before its command. */
const KEYWORD = /^(\s*(then|do|else|elif|if|while|until|!|\{|\()\s)+\s*/;
const CLOSER = /^(fi|done|esac|\}|\))?$/;

/**
 * Takes the service-manager commands out of a script. A command joined to
 * the rest by `&&`, `;` or a newline goes with its separator; one that sits
 * where the shell needs a command (after `then`, after `||`, inside a pipe)
 * becomes `true`, so the script keeps its shape.
 */
export function splitServiceManager(script: string): ServiceManagerSplit {
  const whole = serviceManagerMeaning(script);
  if (whole !== undefined && !/[;&|\n]/.test(script.trim())) return { dropped: [{ text: script.trim(), meaning: whole }] };
  const parts = segments(script);
  if (!parts) return { kept: script, dropped: [] };
  const dropped: DroppedPart[] = [];
  const rebuilt: Segment[] = [];
  let meaningful = 0;
  parts.forEach((p, i) => {
    const keyword = KEYWORD.exec(p.text)?.[0] ?? '';
    const command = p.text.slice(keyword.length);
    const meaning = serviceManagerMeaning(command);
    if (meaning === undefined) {
      if (!CLOSER.test(p.text.trim()) || keyword) meaningful++;
      rebuilt.push(p);
      return;
    }
    dropped.push({ text: command.trim(), meaning });
    const next = parts[i + 1]?.sep;
    const joinable = (s: string | undefined) => s === '&&' || s === ';' || s === '\n';
    const pipedOrOr = p.sep === '|' || p.sep === '||' || next === '|' || next === '||';
    // After a bare `then`/`do`/`else` the shell needs a command: removing it would break the script.
    const afterOpener = /(^|\s)(then|do|else|\{|\()\s*$/.test(rebuilt[rebuilt.length - 1]?.text ?? '');
    if (!keyword && !pipedOrOr && !afterOpener && (joinable(p.sep) || (p.sep === '' && (next === undefined || joinable(next))))) {
      // Dropped with its separator; the first segment hands its (empty) separator to the next.
      if (p.sep === '' && parts[i + 1]) parts[i + 1] = { sep: '', text: parts[i + 1]!.text.replace(/^[ \t]+/, '') };
      return;
    }
    const lead = /^\s*/.exec(command)?.[0] ?? '';
    rebuilt.push({ sep: p.sep, text: `${keyword}${lead}true` });
  });
  if (dropped.length === 0) return { kept: script, dropped: [] };
  if (meaningful === 0) return { dropped };
  const text = rebuilt.map((s, i) => (i === 0 ? s.text : `${s.sep}${s.text}`)).join('').trim();
  return { ...(text === '' ? {} : { kept: text }), dropped };
}
