/**
 * Each image carries its own service's packages (issue 14): with package
 * facts a package goes to the unit whose unit file or binary it ships (or
 * pulls in); what no unit claims is shared as before; offline the units say
 * their packages could not be split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageFactsView } from '../../src/model/package-facts.js';
import { loadRecordedFacts } from '../../src/facts/recorded-facts.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import type { ForegroundForm } from '../../src/plan/package-unit-command.js';
import { converge, res } from './make-converge.js';

const { catalog } = loadCatalog();
const foregroundForms = parse(readFileSync(join(import.meta.dirname, '../../catalog/foreground/forms.yaml'), 'utf8')) as ForegroundForm[];
let packageFacts: PackageFactsView;
beforeAll(async () => {
  packageFacts = await loadRecordedFacts(join(import.meta.dirname, '../facts/recorded/debian-12/services.json'));
});

/** One recipe installing three daemons' packages in one resource and a tool, then starting the daemons: nothing but facts tells named's apart. */
const threeServices = () =>
  converge([
    res('package', 'daemons', { actions: ['install'], properties: { package_name: ['bind9', 'nginx', 'redis-server', 'curl'] } }),
    res('service', 'named', { actions: ['enable', 'start'] }),
    res('service', 'nginx', { actions: ['enable', 'start'] }),
    res('service', 'redis-server', { actions: ['enable', 'start'] }),
  ]);

describe('packages split by the service they ship', () => {
  it('each unit gets the package shipping its unit and binary, and not the others; an unclaimed package is shared, said in the decision', () => {
    const app = planApp(threeServices(), { name: 'app', version: '1.0.0', labels: {}, catalog, packageFacts, foregroundForms });
    const packagesOf = (name: string) => app.units.find((u) => u.name === name)!.packages.map((p) => p.name).sort();
    expect(app.units.map((u) => u.name).sort()).toEqual(['named', 'nginx', 'redis']);
    expect(packagesOf('named')).toEqual(['bind9', 'curl']);
    expect(packagesOf('nginx')).toEqual(['curl', 'nginx']);
    expect(packagesOf('redis')).toEqual(['curl', 'redis-server']);
    expect(app.decisions[0]!.reason).toBe(
      "installed in the image's package layer; unit: the package ships the service's unit or binary, or pulls in the package that does (package facts): bind9 to named, nginx to nginx, redis-server to redis; curl, claimed by no unit: declared in the same recipe (also in nginx, redis)",
    );
    for (const u of app.units) expect(u.notes.join('\n')).not.toMatch(/could not be split/);
  });

  it('offline the packages stay where the catalog puts them, as before, and those units say they could not be split', () => {
    const app = planApp(threeServices(), { name: 'app', version: '1.0.0', labels: {}, catalog });
    // Today's behaviour: the catalog relates the resource to nginx and redis, which get all of it; named gets none.
    expect(app.units.find((u) => u.name === 'named')!.packages).toEqual([]);
    for (const u of app.units.filter((x) => x.name !== 'named')) {
      expect(u.packages.map((p) => p.name).sort()).toEqual(['bind9', 'curl', 'nginx', 'redis-server']);
      expect(u.notes).toContain(
        "packages could not be split between units: without package facts (offline) which package ships which service is not known, so a package tied to no one unit is in every unit's image",
      );
    }
  });
});
