/**
 * A resource whose own path is unknown (an Unknown name, or an Unknown `path` property beside a known name) is
 * refused with "its path is unknown" and DEC0205, never written under a placeholder or under the name standing in.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { Unknown } from '../../src/model/data.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const opts = { name: 'app', version: '1.0.0', labels: {}, catalog };
const at = { file: 'recipes/default.rb', line: 3, column: 6 };

describe('a resource whose path is unknown', () => {
  it('is refused, saying why, whether the name or the path property is unknown; a known path still ships', () => {
    const app = planApp(
      converge([
        res('directory', 'x', { name: new Unknown("node['app']['home'] is not set", at), actions: ['create'], unknown: ['name'] }),
        res('template', 'app config', { actions: ['create'], properties: { path: new Unknown('data bag item app/paths is not in the repo [answer in plan.yaml values: x]', at) }, unknown: ['properties.path'] }),
        res('file', '/etc/app/known', { actions: ['create'], properties: { content: 'ok\n' } }),
        res('service', 'nginx', { actions: ['start'] }),
      ]),
      opts,
    );
    expect(app.decisions.map((d) => [d.class, d.reason])).toEqual([
      ['unsupported', "its path is unknown (node['app']['home'] is not set): not written anywhere rather than somewhere wrong"],
      ['unsupported', 'its path is unknown (data bag item app/paths is not in the repo): not written anywhere rather than somewhere wrong'],
      ['config', expect.any(String)],
      ['workload', expect.any(String)],
    ]);
    const refused = app.diagnostics.filter((d) => d.code === 'DEC0205');
    expect(refused.map((d) => [d.severity, d.message])).toEqual([
      ['warning', "directory[<unknown>] was refused: its path is unknown (node['app']['home'] is not set)"],
      ['warning', 'template[app config] was refused: its path is unknown (data bag item app/paths is not in the repo)'],
    ]);
    const written = app.units.flatMap((u) => [...u.files.map((f) => f.path), ...u.directories.map((d) => d.path)]);
    expect(written).toContain('/etc/app/known');
    expect(written.some((p) => p.includes('unknown') || p === 'app config')).toBe(false);
  });
});
