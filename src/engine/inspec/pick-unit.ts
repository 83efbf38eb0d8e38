/**
 * Which unit's container an expectation concerns. A converged server held
 * everything; after conversion each service has its own container, so each
 * expectation goes to the unit that owns its subject: by package, service,
 * port, the file's presence, or the program a command runs. With one unit
 * there is nothing to choose.
 */
import type { Expectation, Target } from './model.js';
import { sh, quote, type Exec } from './exec.js';

export interface Choice {
  readonly target: Target;
  /** Why this unit, when it was not the only one. */
  readonly reason: string;
}

/** `redis-server` → `redis`, `nginx-light` → `nginx`: the family name packages and programs share. */
export function stem(name: string): string {
  return name.toLowerCase().split(/[-_.:/ ]/).find(Boolean) ?? name.toLowerCase();
}

function portOf(url: string): number | undefined {
  try {
    const u = new URL(url);
    return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
  } catch {
    return undefined;
  }
}

function byName(targets: readonly Target[], name: string): Target | undefined {
  return (
    targets.find((t) => t.packages.includes(name)) ??
    targets.find((t) => t.unit === name) ??
    targets.find((t) => t.packages.some((p) => stem(p) === stem(name)) || stem(t.unit) === stem(name))
  );
}

const PATH_TYPES = new Set(['file', 'directory', 'json', 'yaml', 'ini']);

export async function pickTarget(exp: Expectation, targets: readonly Target[], execs: (t: Target) => Exec): Promise<Choice | undefined> {
  if (targets.length === 0) return undefined;
  if (targets.length === 1) return { target: targets[0]!, reason: '' };
  // Probing inside a container needs one: a unit verified elsewhere is chosen only by what the report says of it.
  const running = targets.filter((t) => !t.elsewhere);
  const s = exp.subject;
  const first = s.kind === 'resource' ? s.args[0] : undefined;
  if (s.kind === 'resource') {
    switch (s.type) {
      case 'package':
      case 'service':
      case 'systemd_service':
      case 'processes':
        if (typeof first === 'string' && s.type !== 'package') {
          const converted = targets.find((t) => t.services?.includes(first));
          if (converted) return { target: converted, reason: `unit ${converted.unit} was converted from service[${first}]` };
        }
        if (typeof first === 'string') {
          const t = byName(targets, first);
          if (t) return { target: t, reason: `unit ${t.unit} holds ${first}` };
        }
        break;
      case 'port': {
        const port = typeof s.args[1] === 'number' ? s.args[1] : first;
        const t = targets.find((x) => typeof port === 'number' && x.ports.includes(port));
        if (t) return { target: t, reason: `unit ${t.unit} declares port ${String(port)}` };
        break;
      }
      case 'http': {
        const port = typeof first === 'string' ? portOf(first) : undefined;
        const t = targets.find((x) => port !== undefined && x.ports.includes(port));
        if (t) return { target: t, reason: `unit ${t.unit} declares port ${String(port)}` };
        break;
      }
      case 'command': {
        if (typeof first !== 'string') break;
        const numbers = (first.match(/\b\d{2,5}\b/g) ?? []).map(Number);
        const byPort = targets.find((x) => numbers.some((n) => x.ports.includes(n)));
        if (byPort) return { target: byPort, reason: `the command names port(s) of unit ${byPort.unit}` };
        const program = first.trim().split(/\s+/)[0] ?? '';
        const t = byName(targets, program.split('/').pop() ?? program);
        if (t) return { target: t, reason: `unit ${t.unit} holds ${program}` };
        for (const x of running) {
          if ((await sh(execs(x), `command -v ${quote(program)} >/dev/null`)).exitCode === 0) {
            return { target: x, reason: `${program} is found in unit ${x.unit}` };
          }
        }
        break;
      }
      default:
        if (PATH_TYPES.has(s.type) && typeof first === 'string') {
          for (const x of running) {
            if ((await sh(execs(x), `[ -e ${quote(first)} ]`)).exitCode === 0) return { target: x, reason: `${first} exists in unit ${x.unit}` };
          }
        }
        if ((s.type === 'user' || s.type === 'group') && typeof first === 'string') {
          const db = s.type === 'user' ? 'passwd' : 'group';
          // Base-image accounts exist everywhere; prefer the unit whose packages created the account.
          const named = byName(targets, first);
          if (named) return { target: named, reason: `unit ${named.unit} holds ${first}` };
          for (const x of running) {
            if ((await sh(execs(x), `getent ${db} ${quote(first)} >/dev/null`)).exitCode === 0) return { target: x, reason: `${s.type} ${first} exists in unit ${x.unit}` };
          }
        }
    }
  }
  const fallback = running[0] ?? targets[0]!;
  return { target: fallback, reason: `no unit claims it; ran in the first unit, ${fallback.unit}` };
}
