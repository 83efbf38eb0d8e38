/** InSpec `user` and `group`: getent inside the container (passwd/group as the image has them). */
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';

export const userResource: Resource = async (args, ctx) => {
  const [name] = args;
  if (typeof name !== 'string' && typeof name !== 'number') return { unsupported: 'user needs a user name' };
  const q = quote(String(name));
  const r = await sh(ctx.exec, `getent passwd ${q} && { echo "G|$(id -gn ${q})"; echo "S|$(id -Gn ${q})"; }; true`);
  if (r.error) return failed(r.error);
  const lines = r.stdout.split('\n');
  const f = lines[0]?.split(':') ?? [];
  const exists = f.length >= 7;
  const tagged = (t: string) => lines.find((l) => l.startsWith(`${t}|`))?.slice(2) ?? '';
  return {
    predicates: { exist: exists },
    properties: {
      exists,
      username: exists ? f[0]! : null,
      uid: exists ? Number(f[2]) : null,
      gid: exists ? Number(f[3]) : null,
      home: exists ? f[5]! : null,
      shell: exists ? f[6]! : null,
      group: exists ? tagged('G') : null,
      groups: exists ? tagged('S').split(/\s+/).filter(Boolean) : [],
    },
  };
};

export const groupResource: Resource = async (args, ctx) => {
  const [name] = args;
  if (typeof name !== 'string' && typeof name !== 'number') return { unsupported: 'group needs a group name' };
  const r = await sh(ctx.exec, `getent group ${quote(String(name))}; true`);
  if (r.error) return failed(r.error);
  const f = r.stdout.split('\n')[0]?.split(':') ?? [];
  const exists = f.length >= 4;
  return {
    predicates: { exist: exists },
    properties: {
      exists,
      name: exists ? f[0]! : null,
      gid: exists ? Number(f[2]) : null,
      members: exists ? f[3]!.split(',').filter(Boolean) : [],
    },
  };
};
