/**
 * Net::HTTP request objects (Get, Post, Put, Delete, Patch): building one is plain Ruby — a path, headers, a body,
 * basic-auth credentials — so it is modelled; sending it (Net::HTTP.start/request) asks the network of the host and
 * stays Unknown (core-hostlib.ts). Helpers build the request before they know whether it will be sent.
 */
import { RArray, RHash, RObject, type RubyValue } from '../values.js';
import type { InterpreterApi, Native } from './runtime.js';
import { defineModule } from './define-module.js';
import { str } from './builtins/helpers.js';

const VERBS = ['Get', 'Post', 'Put', 'Delete', 'Patch', 'Head'];

function headers(self: RubyValue): RHash {
  if (!(self instanceof RObject)) return new RHash();
  let h = self.ivars.get('@headers');
  if (!(h instanceof RHash)) {
    h = new RHash();
    self.ivars.set('@headers', h);
  }
  return h;
}

const ivarWriter = (name: string): Native => (c) => {
  if (c.self instanceof RObject) c.self.ivars.set(name, c.args[0] ?? null);
  return c.args[0] ?? null;
};
const ivarReader = (name: string): Native => (c) => (c.self instanceof RObject ? c.self.ivars.get(name) ?? null : null);

export function registerNetHttpRequests(interp: InterpreterApi): void {
  for (const verb of VERBS) {
    const cls = defineModule(interp, `Net::HTTP::${verb}`, true);
    cls.methods.set('initialize', (c) => {
      if (!(c.self instanceof RObject)) return null;
      c.self.ivars.set('@path', c.args[0] ?? null);
      const given = c.args[1];
      // Header names are case-insensitive in Net::HTTP: kept as Ruby keeps them, lower-cased.
      if (given instanceof RHash) for (const [k, v] of given.entries()) headers(c.self).set(str(k).toLowerCase(), v);
      return null;
    });
    cls.methods.set('path', ivarReader('@path'));
    cls.methods.set('method', () => verb.toUpperCase());
    cls.methods.set('body', ivarReader('@body'));
    cls.methods.set('body=', ivarWriter('@body'));
    cls.methods.set('[]', (c) => headers(c.self).get(str(c.args[0] ?? '').toLowerCase()) ?? null);
    cls.methods.set('[]=', (c) => { headers(c.self).set(str(c.args[0] ?? '').toLowerCase(), c.args[1] ?? null); return c.args[1] ?? null; });
    cls.methods.set('content_type=', (c) => { headers(c.self).set('content-type', c.args[0] ?? null); return c.args[0] ?? null; });
    cls.methods.set('basic_auth', (c) => {
      if (c.self instanceof RObject) c.self.ivars.set('@basic_auth', new RArray([c.args[0] ?? null, c.args[1] ?? null]));
      return null;
    });
    cls.methods.set('set_form_data', ivarWriter('@form_data'));
    cls.methods.set('form_data=', ivarWriter('@form_data'));
  }
}
