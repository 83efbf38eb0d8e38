/**
 * Chef's own HTTP clients (Chef::HTTP, Chef::HTTP::Simple, Chef::HTTP::SimpleJSON): libraries fetch a version list
 * or a checksum with them while the node converges. Building a client is plain Ruby and keeps its base URL; every
 * request answers what the server serves on the day, an Unknown saying so (converge-fetch.ts) — never an error about
 * an undefined method, and never a guess.
 */
import { RObject } from '../values.js';
import type { InterpreterApi } from '../interpreter/runtime.js';
import { defineModule } from '../interpreter/define-module.js';
import { fetchedAtConverge, urlText } from '../interpreter/converge-fetch.js';

const CLIENTS = ['Chef::HTTP', 'Chef::HTTP::Simple', 'Chef::HTTP::SimpleJSON', 'Chef::HTTP::Basic'];
const REQUESTS = ['get', 'post', 'put', 'delete', 'head', 'request', 'streaming_request', 'get_rest', 'fetch'];

/** The base URL joined with a request's path, as Chef::HTTP#create_url does for a relative path. */
function requestUrl(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || !base) return path || base;
  return path ? `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : base;
}

export function registerChefHttp(interp: InterpreterApi): void {
  for (const name of CLIENTS) {
    const cls = defineModule(interp, name, true);
    cls.methods.set('initialize', (c) => {
      if (c.self instanceof RObject) c.self.ivars.set('@url', urlText(c.args[0]));
      return null;
    });
    cls.methods.set('url', (c) => (c.self instanceof RObject ? c.self.ivars.get('@url') ?? null : null));
    for (const verb of REQUESTS) {
      cls.methods.set(verb, (c) => {
        const base = c.self instanceof RObject ? urlText(c.self.ivars.get('@url')) : '';
        // `request(:GET, path)` names the verb first; the others take the path first.
        const path = urlText(verb === 'request' ? c.args[1] : c.args[0]);
        return fetchedAtConverge(c, `${name}#${verb}`, requestUrl(base, path));
      });
    }
  }
}
