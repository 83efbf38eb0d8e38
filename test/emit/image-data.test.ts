/**
 * image.json (src/model/image-data.ts): what emit tells build and verify
 * about each image, so the engine never reads the Dockerfile's text back.
 * Its line numbers are worked out beside the view the template prints, so
 * every golden Dockerfile is checked against its image.json here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerfileView } from '../../src/emit/dockerfile/dockerfile-view.js';
import { renderDockerfile } from '../../src/emit/dockerfile/render-dockerfile.js';
import type { ImageData } from '../../src/model/image-data.js';
import { loadCatalog } from '../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../src/plan/plan-app.js';
import { converge, res } from '../plan/make-converge.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const { catalog } = loadCatalog();

function imageJsons(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? imageJsons(p) : e === 'image.json' ? [p] : [];
  });
}

/** Checks one Dockerfile against its image.json; returns what disagrees. */
function disagreements(dockerfile: string, data: ImageData): string[] {
  const lines = dockerfile.split('\n');
  const out: string[] = [];
  // Every instruction starts at column 0 (continuations are indented): each is a step, in order.
  const starts = lines.flatMap((l, i) => (/^[A-Z]+\s/.test(l) ? [i + 1] : []));
  if (JSON.stringify(starts) !== JSON.stringify(data.steps.map((s) => s.line))) out.push(`instruction lines ${starts} but steps at ${data.steps.map((s) => s.line)}`);
  for (const s of data.steps) {
    if (!lines[s.line - 1]!.startsWith(`${s.instruction} `)) out.push(`line ${s.line} is not ${s.instruction}: ${lines[s.line - 1]}`);
    // The comment block above the instruction (up to the blank line) names the same resources.
    let k = s.line - 2;
    while (k >= 0 && lines[k] !== '') k--;
    const named = lines.slice(k + 1, s.line - 1).filter((l) => /^# \S.*\] from \S+:\d+$/.test(l)).map((l) => l.slice(2));
    const said = s.origins.map((o) => `${o.resource} from ${o.file}:${o.line}`);
    if (JSON.stringify(named) !== JSON.stringify(said)) out.push(`line ${s.line}: comments name ${JSON.stringify(named)}, image.json ${JSON.stringify(said)}`);
  }
  const copied = lines.filter((l) => /^(COPY|ADD) /.test(l) && !l.includes('/tmp/decant/'));
  if (copied.length !== data.files.length) out.push(`${copied.length} COPY/ADD of the cookbook's files, ${data.files.length} files in image.json`);
  return out;
}

describe('image.json of every golden', () => {
  const found = readdirSync(FIXTURES).flatMap((c) => imageJsons(join(FIXTURES, c, 'expected', 'convert')));

  it('is there for each golden Dockerfile', () => {
    expect(found.length).toBeGreaterThan(5);
    for (const f of found) expect(existsSync(join(dirname(f), 'Dockerfile')), f).toBe(true);
  });

  it.each(found.map((f) => [f.slice(FIXTURES.length + 1), f]))('%s agrees with its Dockerfile: steps, lines, resources, files', (_name, f) => {
    const data = JSON.parse(readFileSync(f, 'utf8')) as ImageData;
    expect(disagreements(readFileSync(join(dirname(f), 'Dockerfile'), 'utf8'), data)).toEqual([]);
  });
});

describe('image.json', () => {
  function emitted(resources: Parameters<typeof converge>[0]) {
    const app = planApp(converge(resources), { name: 'shop', version: '1.0.0', labels: {}, catalog });
    const { view, imageData } = dockerfileView(app, app.units[0]!);
    return { text: renderDockerfile(view), data: imageData };
  }

  it('lists a file whose path has spaces, which the Dockerfile COPYs in JSON form, so verify checks it', () => {
    const { text, data } = emitted([
      res('package', 'nginx'),
      res('cookbook_file', '/var/www/html/my page.html', { content: { kind: 'inline', text: 'hi\n' } }),
      res('template', '/etc/nginx/conf.d/a "quoted" name.conf', { content: { kind: 'inline', text: 'x\n' } }),
      res('service', 'nginx', { actions: ['start'] }),
    ]);
    expect(text).toContain('COPY ["files/var/www/html/my page.html","/var/www/html/my page.html"]');
    expect(data.files).toEqual(['/etc/nginx/conf.d/a "quoted" name.conf', '/var/www/html/my page.html']);
    expect(disagreements(text, data)).toEqual([]);
  });

  it('gives every step its line and resources, the health check, and the key ADD from a URL', () => {
    const { text, data } = emitted([
      res('apt_repository', 'nodesource', { properties: { uri: 'https://deb.example/node', components: ['main'], key: 'https://deb.example/key.asc' } }),
      res('package', 'nodejs'),
      res('execute', 'migrate', { properties: { command: 'echo migrate', cwd: '/srv' } }),
      res('service', 'nginx', { actions: ['start'] }),
    ]);
    expect(disagreements(text, data)).toEqual([]);
    expect(data.files).toEqual(['/etc/apt/keyrings/nodesource.asc']);
    // The RUN between WORKDIRs is the step's own instruction: it names the execute, as the WORKDIRs do.
    const migrate = data.steps.filter((s) => s.origins.some((o) => o.resource === 'execute[migrate]')).map((s) => s.instruction);
    expect(migrate).toEqual(['WORKDIR', 'RUN', 'WORKDIR']);
    expect(data.steps[0]).toEqual({ line: 3, instruction: 'FROM', origins: [] });
    expect(data.health).toEqual({ kind: 'tcp', port: 80 });
    expect(data.systemdService).toBeUndefined();
  });

  it('names the systemd service whose unit gives an unknown command, the label saying the same', () => {
    const { text, data } = emitted([res('service', 'mystery', { actions: ['start'] })]);
    expect(data.systemdService).toBe('mystery');
    expect(text).toContain('LABEL io.decant.systemd-service="mystery"');
    expect(disagreements(text, data)).toEqual([]);
  });
});
