// Builds a synthetic tree of N cookbooks from the fixtures' inputs, at bench
// time, in a temp folder (nothing of it is committed). Cookbooks go side by
// side into one folder, library/ (as an organisation's folder of cookbooks
// is), so copy k of each fixture gets its names suffixed `_sk`, with
// every reference that names the cookbook rewritten to match: metadata name
// and depends, `include_recipe 'x::y'`, `recipe[x]`, `cookbook 'x'`, and the
// `x_thing` names of its custom resources/LWRPs. Attribute keys and package
// names are left alone, so each copy converts like its original. A fixture
// that is a chef-repo is copied whole (its cookbooks are its own) into repos/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function isCookbook(dir) {
  return existsSync(join(dir, 'metadata.rb')) || existsSync(join(dir, 'metadata.json')) || existsSync(join(dir, 'recipes'));
}

function cookbookName(dir) {
  const m = existsSync(join(dir, 'metadata.rb')) && /^\s*name\s+['"]([^'"]+)['"]/m.exec(readFileSync(join(dir, 'metadata.rb'), 'utf8'));
  return m ? m[1] : dir.split('/').pop();
}

/** Fixture inputs as groups: { kind: 'repo', dir, cookbooks } or { kind: 'cookbooks', dirs }. */
export function fixtureGroups(fixturesDir) {
  const groups = [];
  for (const f of readdirSync(fixturesDir).sort()) {
    const input = join(fixturesDir, f, 'input');
    if (f.startsWith('_') || !existsSync(input)) continue;
    if (['roles', 'environments', 'data_bags'].some((m) => existsSync(join(input, m))) || existsSync(join(input, 'cookbooks'))) {
      const cbs = existsSync(join(input, 'cookbooks')) ? readdirSync(join(input, 'cookbooks')).filter((c) => isCookbook(join(input, 'cookbooks', c))) : [];
      groups.push({ kind: 'repo', name: f, dir: input, cookbooks: cbs.length });
    } else if (isCookbook(input)) groups.push({ kind: 'cookbooks', name: f, dirs: [input] });
    else {
      const dirs = readdirSync(input).sort().map((c) => join(input, c)).filter((d) => statSync(d).isDirectory() && isCookbook(d));
      if (dirs.length) groups.push({ kind: 'cookbooks', name: f, dirs });
    }
  }
  return groups;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function renameIn(text, names, suffix) {
  for (const n of names) {
    const x = escape(n);
    text = text
      .replace(new RegExp(`^(\\s*name\\s+['"])${x}(['"])`, 'gm'), `$1${n}${suffix}$2`)
      .replace(new RegExp(`^(\\s*depends\\s+['"])${x}(['"])`, 'gm'), `$1${n}${suffix}$2`)
      .replace(new RegExp(`(['"\\[])${x}(::)`, 'g'), `$1${n}${suffix}$2`)
      .replace(new RegExp(`(include_recipe\\s+['"])${x}(['"])`, 'g'), `$1${n}${suffix}$2`)
      .replace(new RegExp(`(recipe\\[)${x}(\\])`, 'g'), `$1${n}${suffix}$2`)
      .replace(new RegExp(`(cookbook\\s+['"])${x}(['"])`, 'g'), `$1${n}${suffix}$2`);
  }
  return text;
}

function renameResources(text, providers, suffix) {
  // `gunicorn_app 'x' do` → `gunicorn_s3_app 'x' do` (a custom resource is named after its cookbook).
  for (const n of providers) text = text.replace(new RegExp(`(^|[^\\w:'"./-])${escape(n)}_(?=[a-z])`, 'gm'), `$1${n}${suffix}_`);
  return text;
}

function rewriteTree(dir, names, providers, suffix) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) rewriteTree(p, names, providers, suffix);
    else if (/\.(rb|erb|json)$/.test(e)) {
      const t = readFileSync(p, 'utf8');
      const u = renameResources(renameIn(t, names, suffix), providers, suffix);
      if (u !== t) writeFileSync(p, u);
    }
  }
}

/** Writes `count` cookbooks (or a few more: a fixture's group is not split) under `dest`; returns what it made. */
export function makeSynthetic(fixturesDir, dest, count) {
  const groups = fixtureGroups(fixturesDir);
  mkdirSync(join(dest, 'library'), { recursive: true });
  mkdirSync(join(dest, 'repos'), { recursive: true });
  let made = 0;
  let inputs = 0;
  for (let k = 1; made < count; k++) {
    for (const g of groups) {
      if (made >= count) break;
      const suffix = `_s${k}`;
      if (g.kind === 'repo') {
        cpSync(g.dir, join(dest, 'repos', `${g.name}${suffix}`), { recursive: true });
        made += g.cookbooks;
        inputs++;
        continue;
      }
      const names = g.dirs.map(cookbookName);
      const providers = g.dirs.filter((d) => existsSync(join(d, 'resources')) || existsSync(join(d, 'providers'))).map(cookbookName);
      for (const [i, d] of g.dirs.entries()) {
        const target = join(dest, 'library', `${names[i]}${suffix}`);
        cpSync(d, target, { recursive: true });
        rewriteTree(target, names, providers, suffix);
        made++;
        inputs++;
      }
    }
  }
  return { cookbooks: made, inputs };
}
