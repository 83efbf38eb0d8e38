/** Reading properties back from a declared core resource: an unset documented property is nil, as in Chef. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { evaluate } from '../../src/chef/evaluate.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';

it("service's unset start_command reads nil, so the recipe's fallback command is used (boneyard apache2 god_monitor pattern)", async () => {
  const cb = join(mkdtempSync(join(tmpdir(), 'decant-props-')), 'propcb');
  mkdirSync(join(cb, 'recipes'), { recursive: true });
  writeFileSync(join(cb, 'metadata.rb'), "name 'propcb'\n");
  writeFileSync(
    join(cb, 'recipes', 'default.rb'),
    "svc = service 'apache2' do\n  action :nothing\nend\nstart = svc.start_command\nfile '/etc/start' do\n  content(start ? start : \"/etc/init.d/#{svc.service_name} start\")\nend\n",
  );
  const converge = await evaluate(await loadWorkspace([cb], { cookbookPaths: [] }), { runList: ['recipe[propcb]'], platform: 'debian-12' });
  const f = converge.resources.find((r) => r.name === '/etc/start')!;
  expect(f.properties.content).toBe('/etc/init.d/apache2 start');
  expect(f.unknown).toEqual([]);
  expect(converge.diagnostics.filter((d) => d.code === 'DEC0307')).toEqual([]);
});
