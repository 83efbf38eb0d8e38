/**
 * `URI.parse` for absolute URLs, as cookbooks take a download URL apart
 * (`::File.basename(URI.parse(url).path)`). The parts follow Ruby's URI:
 * `path` is '' when the URL has none, `port` defaults by scheme.
 */
import { RObject, Unknown } from '../values.js';
import { Instance, type Native, type InterpreterApi } from './runtime.js';
import { defineModule } from './define-module.js';
import { downloads, fetchedAtConverge, urlText } from './converge-fetch.js';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ftp: 21, ldap: 389, ldaps: 636, ws: 80, wss: 443 };
const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

export function registerUri(interp: InterpreterApi): void {
  const uri = defineModule(interp, 'URI', true);
  const generic = defineModule(interp, 'URI::Generic', true);
  const parse: Native = (c) => {
    const v = c.args[0] ?? null;
    if (v instanceof Unknown) return v;
    const s = typeof v === 'string' ? v.trim() : undefined;
    const m = s !== undefined ? ABSOLUTE.exec(s) : null;
    if (!m || s === undefined) return c.interp.unknown(`URI.parse of ${typeof v === 'string' ? JSON.stringify(v) : 'a non-string'} (only absolute URLs are taken apart)`, c.node, 'DEC0302');
    const o = new RObject('URI::Generic', new Instance(generic));
    const scheme = m[1]!.toLowerCase();
    o.ivars.set('@to_s', s);
    o.ivars.set('@scheme', scheme);
    o.ivars.set('@userinfo', m[2] ?? null);
    o.ivars.set('@host', m[3] ?? '');
    o.ivars.set('@port', m[4] ? Number(m[4]) : DEFAULT_PORTS[scheme] ?? null);
    o.ivars.set('@path', m[5] ?? '');
    o.ivars.set('@query', m[6] ?? null);
    o.ivars.set('@fragment', m[7] ?? null);
    return o;
  };
  uri.singletonMethods.set('parse', parse);
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
  generic.methods.set('hostname', (c) => (c.self instanceof RObject ? c.self.ivars.get('@host') ?? null : null));
  generic.methods.set('request_uri', (c) => {
    if (!(c.self instanceof RObject)) return null;
    const path = c.self.ivars.get('@path');
    const query = c.self.ivars.get('@query');
    return `${typeof path === 'string' && path ? path : '/'}${typeof query === 'string' ? `?${query}` : ''}`;
  });
}
