/** InSpec `package`: Debian's package database inside the image (dpkg-query). */
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';

export const packageResource: Resource = async (args, ctx) => {
  const [name] = args;
  if (typeof name !== 'string') return { unsupported: 'package needs a package name' };
  const r = await sh(ctx.exec, `dpkg-query -W -f='\${db:Status-Abbrev}|\${Version}' ${quote(name)} 2>&1`);
  if (r.error) return failed(r.error);
  if (r.exitCode === 127) return failed('dpkg-query is not in the image: decant reads packages of Debian-family images only');
  const [status = '', version = ''] = r.stdout.trim().split('|');
  const installed = r.exitCode === 0 && status.startsWith('ii');
  return {
    predicates: { installed },
    properties: { version: installed ? version : null, name, installed },
  };
};
