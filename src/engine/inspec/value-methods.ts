/**
 * The few Ruby methods test suites call on values while picking a branch or
 * a name: `os.family`, `os.release.to_i`, `name.gsub('.', '')`, `==`, `>=`.
 * Anything else is NotStatic with the method's name, so the expectation that
 * needs it is reported rather than guessed.
 */
import { NotStatic, TestHash, TestRegex, TestSymbol, type TestValue } from './model.js';

/** What InSpec's `os` answers, read from the container's /etc/os-release. */
export class OsFacts extends TestHash {
  constructor(readonly facts: { name: string; family: string; release: string; arch: string; families: string[] }) {
    super([
      [new TestSymbol('name'), facts.name],
      [new TestSymbol('family'), facts.family],
      [new TestSymbol('release'), facts.release],
      [new TestSymbol('arch'), facts.arch],
    ]);
  }
}

/** os-release fields → InSpec's os (ubuntu and debian are family debian; family chain for `os.linux?` and friends). */
export function osFromRelease(text: string, arch = 'x86_64'): OsFacts {
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  const name = field('ID') || 'linux';
  const like = field('ID_LIKE').split(/\s+/).filter(Boolean);
  const family = ['debian', 'ubuntu', 'linuxmint', 'raspbian'].includes(name) || like.includes('debian') ? 'debian'
    : ['rhel', 'centos', 'rocky', 'almalinux', 'oracle', 'amazon'].includes(name) || like.includes('rhel') ? 'redhat'
      : name;
  const release = field('VERSION_ID') || field('VERSION');
  return new OsFacts({ name, family, release, arch, families: [...new Set([name, family, 'linux', 'unix', 'os'])] });
}

export function truthy(v: TestValue): boolean {
  return v !== null && v !== false;
}

export function rubyEquals(a: TestValue, b: TestValue): boolean {
  if (a instanceof TestSymbol && b instanceof TestSymbol) return a.name === b.name;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => rubyEquals(x, b[i]!));
  if (a instanceof TestHash && b instanceof TestHash) {
    return a.entries.length === b.entries.length && a.entries.every(([k, v], i) => rubyEquals(k, b.entries[i]![0]) && rubyEquals(v, b.entries[i]![1]));
  }
  return a === b;
}

function compare(a: TestValue, b: TestValue): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

export function binaryOp(op: string, a: TestValue, b: TestValue): TestValue {
  switch (op) {
    case '==': return rubyEquals(a, b);
    case '!=': return !rubyEquals(a, b);
    case '<': case '<=': case '>': case '>=': {
      const c = compare(a, b);
      if (c === undefined) return new NotStatic(`cannot compare ${typeof a} with ${typeof b}`);
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    case '=~': return typeof a === 'string' && b instanceof TestRegex ? b.toRegExp().test(a) : new NotStatic('=~ needs a string and a regex');
    case '+':
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      break;
    case '-': if (typeof a === 'number' && typeof b === 'number') return a - b; break;
    case '*': if (typeof a === 'number' && typeof b === 'number') return a * b; break;
    default: break;
  }
  return new NotStatic(`operator ${op} is not evaluated`);
}

/** Ruby's String#to_i: leading integer, else 0. */
function toI(s: string): number {
  const m = /^\s*[-+]?\d+/.exec(s.replace(/_/g, ''));
  return m ? parseInt(m[0], 10) : 0;
}

export function callMethod(recv: TestValue, method: string, args: TestValue[]): TestValue {
  if (recv instanceof OsFacts) {
    if (method.endsWith('?')) return recv.facts.families.includes(method.slice(0, -1));
    const v = recv.get(method);
    if (v !== undefined) return v;
    return new NotStatic(`os.${method} is not known`);
  }
  if (typeof recv === 'string') {
    switch (method) {
      case 'to_i': return toI(recv);
      case 'to_f': return parseFloat(recv) || 0;
      case 'to_s': case 'to_str': return recv;
      case 'to_sym': return new TestSymbol(recv);
      case 'downcase': return recv.toLowerCase();
      case 'upcase': return recv.toUpperCase();
      case 'strip': return recv.trim();
      case 'chomp': return recv.replace(/\r?\n$/, '');
      case 'length': case 'size': return recv.length;
      case 'empty?': return recv.length === 0;
      case 'split': {
        const sep = args[0];
        return typeof sep === 'string' ? recv.split(sep) : recv.trim().split(/\s+/);
      }
      case 'gsub': case 'sub': case 'tr': case 'delete': {
        const [from, to = ''] = args;
        if (method === 'delete' && typeof from === 'string') return recv.split('').filter((c) => !from.includes(c)).join('');
        if (typeof to !== 'string') break;
        if (typeof from === 'string') return method === 'sub' ? recv.replace(from, to) : recv.split(from).join(to);
        if (from instanceof TestRegex) return recv.replace(new RegExp(from.source, method === 'sub' ? from.flags : `${from.flags}g`), to);
        break;
      }
      case 'start_with?': return args.some((a) => typeof a === 'string' && recv.startsWith(a));
      case 'end_with?': return args.some((a) => typeof a === 'string' && recv.endsWith(a));
      case 'include?': return typeof args[0] === 'string' && recv.includes(args[0]);
      default: break;
    }
  }
  if (typeof recv === 'number') {
    switch (method) {
      case 'to_i': return Math.trunc(recv);
      case 'to_s': return String(recv);
      case 'to_f': return recv;
      default: break;
    }
  }
  if (Array.isArray(recv)) {
    switch (method) {
      case 'include?': return recv.some((x) => rubyEquals(x, args[0] ?? null));
      case 'first': return recv[0] ?? null;
      case 'last': return recv[recv.length - 1] ?? null;
      case 'length': case 'size': case 'count': return recv.length;
      case 'empty?': return recv.length === 0;
      case 'join': return recv.map((x) => (x instanceof TestSymbol ? x.name : x === null ? '' : String(x))).join(typeof args[0] === 'string' ? args[0] : '');
      default: break;
    }
  }
  if (method === 'nil?') return recv === null;
  if (recv instanceof NotStatic) return recv;
  return new NotStatic(`method ${method} is not evaluated on this value`);
}

export function index(recv: TestValue, key: TestValue): TestValue {
  if (recv instanceof TestHash) {
    const name = key instanceof TestSymbol ? key.name : typeof key === 'string' ? key : undefined;
    // os[:family] and os['family'] both work in InSpec; a plain hash distinguishes symbols from strings.
    const hit = recv.entries.find(([k]) => (recv instanceof OsFacts ? (k instanceof TestSymbol ? k.name : k) === name : rubyEquals(k, key)));
    return hit ? hit[1] : null;
  }
  if (Array.isArray(recv) && typeof key === 'number') return recv.at(key) ?? null;
  if (recv instanceof NotStatic) return recv;
  return new NotStatic('indexing this value is not evaluated');
}
