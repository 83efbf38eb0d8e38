/** InSpec `os_env`: the environment a `docker exec` sees, which is the image's ENV plus the container's. */
import { quote, sh } from '../exec.js';
import { failed, type Resource } from './facts.js';

export const osEnvResource: Resource = async (args, ctx) => {
  const [name] = args;
  if (typeof name !== 'string') return { unsupported: 'os_env needs a variable name' };
  const r = await sh(ctx.exec, `printenv ${quote(name)}`);
  if (r.error) return failed(r.error);
  const set = r.exitCode === 0;
  const content = set ? r.stdout.replace(/\n$/, '') : null;
  return {
    predicates: { exist: set },
    properties: { content, split: content === null ? [] : content.split(':') },
  };
};
