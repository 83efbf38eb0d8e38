/**
 * `URI.parse` for absolute URLs, as cookbooks take a download URL apart
 * (`::File.basename(URI.parse(url).path)`). The parts follow Ruby's URI:
 * `path` is '' when the URL has none, `port` defaults by scheme.
 */
import { RArray, RHash, RObject, Unknown, sym, type RubyValue } from '../values.js';
import { Instance, type ModuleDef, type Native, type InterpreterApi } from './runtime.js';
import { RaiseSignal } from './signals.js';
import { registerUriForms } from './core-uri-form.js';
import { defineModule } from './define-module.js';
import { downloads, fetchedAtConverge, urlText } from './converge-fetch.js';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ftp: 21, ldap: 389, ldaps: 636, ws: 80, wss: 443 };
const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

export function registerUri(interp: InterpreterApi): void {
  const uri = defineModule(interp, 'URI', true);
  const generic = defineModule(interp, 'URI::Generic', true);
  const schemes = new Map<string, ModuleDef>();
  const parse: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    const s = typeof v === 'string' ? v.trim() : undefined;
    const m = s !== undefined ? ABSOLUTE.exec(s) : null;
    if (!m || s === undefined) return c.interp.unknown(`URI.parse of ${typeof v === 'string' ? JSON.stringify(v) : 'a non-string'} (only absolute URLs are taken apart)`, c.node, 'DEC0302');
    const scheme = m[1]!.toLowerCase();
    // URI.parse answers the scheme's class (URI::HTTP, URI::HTTPS), as `is_a?(URI::HTTPS)` checks expect.
    const cls = schemes.get(scheme) ?? generic;
    const o = new RObject(cls.name, new Instance(cls));
    o.ivars.set('@scheme', scheme);
    o.ivars.set('@userinfo', m[2] ?? null);
    o.ivars.set('@host', m[3] ?? '');
    o.ivars.set('@port', m[4] ? Number(m[4]) : DEFAULT_PORTS[scheme] ?? null);
    o.ivars.set('@path', m[5] ?? '');
    o.ivars.set('@query', m[6] ?? null);
    o.ivars.set('@fragment', m[7] ?? null);
    o.ivars.set('@default_port', DEFAULT_PORTS[scheme] ?? null);
    o.ivars.set('@to_s', composed(o));
    return o;
  };
  uri.singletonMethods.set('parse', parse);
  for (const err of ['Error', 'InvalidComponentError', 'InvalidURIError', 'BadURIError']) defineModule(interp, `URI::${err}`, true);
  registerUriForms(uri);
  for (const [name, scheme] of [['HTTP', 'http'], ['HTTPS', 'https']] as const) {
    const cls = defineModule(interp, `URI::${name}`, true);
    // Ruby's URI::HTTPS is a URI::HTTP, which is a URI::Generic.
    cls.superclass = schemes.get('http') ?? generic;
    schemes.set(scheme, cls);
    cls.singletonMethods.set('build', (c) => {
      const parts = buildParts(c.args[0] ?? null);
      if (parts instanceof Unknown) return parts;
      if (!parts) return c.interp.unknown(`URI::${name}.build of a value that is neither a Hash nor an Array of parts`, c.node, 'DEC0302');
      return parse({ ...c, args: [builtUrl(scheme, parts)] });
    });
  }
  // open-uri's URI.open reads a URL: what it answers is the network's.
  uri.singletonMethods.set('open', downloads('URI.open'));
  uri.singletonMethods.set('join', (c) => {
    const u = c.args.find((a): a is Unknown => a instanceof Unknown);
    if (u) return u;
    const parts = c.args.map((a) => (a instanceof RObject ? a.ivars.get('@to_s') : a));
    if (!parts.every((p): p is string => typeof p === 'string') || parts.length === 0) return c.interp.unknown('URI.join of non-strings', c.node, 'DEC0302');
    try {
      const joined = parts.slice(1).reduce((base, rel) => new URL(rel, base).toString(), new URL(parts[0]!).toString());
      return parse({ ...c, args: [joined] });
    } catch {
      return c.interp.unknown(`URI.join of ${parts.map((p) => JSON.stringify(p)).join(', ')}`, c.node, 'DEC0302');
    }
  });
  // Removed in Ruby 3.0; Chef 18 runs 3.1, so chef-client stops here with NoMethodError.
  for (const gone of ['encode', 'escape', 'decode', 'unescape']) {
    uri.singletonMethods.set(gone, (c) => c.interp.unknown(`URI.${gone} was removed in Ruby 3.0 (Chef 18 runs Ruby 3.1): chef-client fails here with NoMethodError`, c.node, 'DEC0302', 'warning'));
  }
  // open-uri's URI#read downloads: only the network knows the answer.
  generic.methods.set('read', (c) => fetchedAtConverge(c, 'URI#read', urlText(c.self)));
  generic.methods.set('open', (c) => fetchedAtConverge(c, 'URI#open', urlText(c.self)));
  for (const part of ['scheme', 'userinfo', 'host', 'port', 'path', 'query', 'fragment', 'to_s']) {
    generic.methods.set(part, (c) => (c.self instanceof RObject ? c.self.ivars.get(`@${part}`) ?? null : null));
  }
  for (const part of ['scheme', 'userinfo', 'host', 'port', 'path', 'query', 'fragment']) generic.methods.set(`${part}=`, setPart(part));
  generic.methods.set('hostname', (c) => (c.self instanceof RObject ? c.self.ivars.get('@host') ?? null : null));
  generic.methods.set('request_uri', (c) => {
    if (!(c.self instanceof RObject)) return null;
    const path = c.self.ivars.get('@path');
    const query = c.self.ivars.get('@query');
    return `${typeof path === 'string' && path ? path : '/'}${typeof query === 'string' ? `?${query}` : ''}`;
  });
}

/**
 * `uri.path = '/x'` and its siblings: the part changes and the text follows, as URI::Generic recomposes its
 * to_s; a path Ruby refuses (relative beside a host, or with a space) raises URI::InvalidComponentError.
 */
function setPart(part: string): Native {
  return (c) => {
    const v = c.args[0] ?? null;
    if (!(c.self instanceof RObject)) return v;
    if (v instanceof Unknown) return c.interp.unknown(`URI#${part}= of an unknown value: ${v.reason}`, c.node);
    if (v !== null && typeof v !== 'string' && !(part === 'port' && typeof v === 'number')) return c.interp.unknown(`URI#${part}= of a ${typeof v}`, c.node, 'DEC0302');
    if (part === 'path' && typeof v === 'string' && (/\s/.test(v) || (v !== '' && !v.startsWith('/') && c.self.ivars.get('@host')))) {
      throw new RaiseSignal('URI::InvalidComponentError', `bad component(expected absolute path component): ${v}`, c.node.loc);
    }
    c.self.ivars.set(`@${part}`, part === 'port' && v !== null ? Number(v) : part === 'scheme' && v !== null ? String(v).toLowerCase() : v);
    c.self.ivars.set('@to_s', composed(c.self));
    return v;
  };
}

/** URI::Generic#to_s: scheme, authority (the port only when not the scheme's default), path, query, fragment. */
function composed(o: RObject): string {
  const part = (k: string): RubyValue => o.ivars.get(`@${k}`) ?? null;
  const [scheme, userinfo, host, port, path, query, fragment] = ['scheme', 'userinfo', 'host', 'port', 'path', 'query', 'fragment'].map(part);
  const shownPort = port !== null && port !== part('default_port') ? `:${String(port)}` : '';
  const authority = host !== null ? `//${userinfo !== null ? `${String(userinfo)}@` : ''}${String(host)}${shownPort}` : '';
  return `${scheme !== null ? `${String(scheme)}:` : ''}${authority}${String(path ?? '')}${query !== null ? `?${String(query)}` : ''}${fragment !== null ? `#${String(fragment)}` : ''}`;
}

/** URI::HTTP.build's components, in Ruby's order for the Array form. */
const BUILD_KEYS = ['userinfo', 'host', 'port', 'path', 'query', 'fragment'] as const;
type BuildParts = Partial<Record<(typeof BUILD_KEYS)[number], string | number>>;

/** The components of `build(host: .., port: ..)` or `build([userinfo, host, port, path, query, fragment])`; undefined when neither form. */
function buildParts(arg: RubyValue): BuildParts | Unknown | undefined {
  const out: BuildParts = {};
  const take = (key: (typeof BUILD_KEYS)[number], v: RubyValue | undefined): Unknown | undefined => {
    if (v instanceof Unknown) return v;
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
    return undefined;
  };
  for (const [i, key] of BUILD_KEYS.entries()) {
    const v = arg instanceof RHash ? (arg.get(sym(key)) ?? arg.get(key)) : arg instanceof RArray ? arg.items[i] : undefined;
    const u = take(key, v);
    if (u) return u;
  }
  return arg instanceof RHash || arg instanceof RArray ? out : undefined;
}

/** The text Ruby's URI::Generic#to_s writes: the port only when it is not the scheme's default. */
function builtUrl(scheme: string, p: BuildParts): string {
  const port = p.port !== undefined && Number(p.port) !== DEFAULT_PORTS[scheme] ? `:${p.port}` : '';
  const user = p.userinfo !== undefined ? `${p.userinfo}@` : '';
  const query = p.query !== undefined ? `?${p.query}` : '';
  const fragment = p.fragment !== undefined ? `#${p.fragment}` : '';
  return `${scheme}://${user}${p.host ?? ''}${port}${p.path ?? ''}${query}${fragment}`;
}
