/**
 * report.html as emit writes it, read as text: each Dockerfile instruction's
 * span points at the recipe line image.json names (and a rendered file's
 * template), only referenced cookbook files are embedded, secret values in
 * the cookbook source are taken out, and the page is the same bytes twice.
 * The browser-side behaviour is tested in test/engine/report-html/.
 */
import { describe, expect, it } from 'vitest';
import type { App, Plan } from '../../../src/model/plan.js';
import { emitPlan } from '../../../src/emit/emit-plan.js';
import { loadCatalog } from '../../../src/plan/catalog/load-catalog.js';
import { planApp } from '../../../src/plan/plan-app.js';
import { converge, res } from '../../plan/make-converge.js';

const { catalog } = loadCatalog();
const RECIPE = '/cookbooks/web/recipes/default.rb';
const TEMPLATE = '/cookbooks/web/templates/redis.conf.erb';
const UNUSED = '/cookbooks/web/recipes/unused.rb';

const recipeText = [
  "package 'redis-server'",
  "template '/etc/redis/redis.conf' do",
  "  variables(password: 'hunter2-secret')",
  'end',
  "service 'redis-server' do",
  '  action [:enable, :start]',
  'end',
  "file '/etc/redis/key' do",
  "  content 'literal-key-0001'",
  '  sensitive true',
  'end',
  '',
].join('\n');
const SOURCES: Record<string, string> = { [RECIPE]: recipeText, [TEMPLATE]: 'port <%= @port %>\n', [UNUSED]: 'never referenced\n' };

const at = (line: number) => ({ file: 'recipes/default.rb', line, column: 1, cookbook: 'web', path: RECIPE });

function plan(): Plan {
  const c = converge([
    res('package', 'redis-server', { actions: ['install'], source: at(1) }),
    res('template', '/etc/redis/redis.conf', {
      actions: ['create'],
      source: at(2),
      content: { kind: 'rendered', text: 'port 6379\n', complete: true, template: { file: 'templates/redis.conf.erb', line: 1, column: 1, cookbook: 'web', path: TEMPLATE }, unknowns: [] },
    }),
    res('service', 'redis-server', { actions: ['enable', 'start'], source: at(5) }),
    // Its value is in no redact list: only the Secret knows it, and the recipe spells it out.
    res('file', '/etc/redis/key', { actions: ['create'], source: at(8), sensitive: true, properties: { content: 'literal-key-0001' } }),
  ]);
  const app: App = planApp(c, { name: 'store', version: '1.0.0', labels: {}, catalog });
  return { apps: [app] };
}

const page = () => {
  const f = emitPlan(plan(), { includeSecrets: false, redact: ['hunter2-secret'], readSource: (loc) => (loc.path !== undefined ? SOURCES[loc.path] : undefined) }).files.find((x) => x.path === 'report.html');
  if (!f || !('text' in f)) throw new Error('no report.html');
  return f.text;
};

describe('report.html', () => {
  const text = page();

  it('is one self-contained page: no external style, script, image or font', () => {
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(text).not.toMatch(/<link\b|\bsrc=|https?:\/\/(?!example)/);
    expect(text).toContain("default-src 'none'");
  });

  it('links the package instruction to the recipe line that declared it, and the config file to its template', () => {
    const recipe = /<section class="src" id="(s\d+)"><h4>web\/recipes\/default\.rb<\/h4>/.exec(text)?.[1];
    const template = /<section class="src" id="(s\d+)"><h4>web\/templates\/redis\.conf\.erb<\/h4>/.exec(text)?.[1];
    expect(recipe).toBeDefined();
    expect(template).toBeDefined();
    const packageSpan = /<li id="d-store\.redis-m\d+"[^>]*data-refs="([^"]*)"><a class="span"[^>]*>[^<]*RUN<\/a> ← <a class="ref" href="#[^"]+">package\[redis-server\]/.exec(text);
    expect(packageSpan?.[1]).toBe(`${recipe}:1`);
    // The template resource's COPY points at its recipe line and at the whole template.
    expect(text).toMatch(new RegExp(`data-refs="${recipe}:2 ${template}:1"[^>]*><a class="span"[^>]*>line \\d+ COPY`));
    expect(text).toContain(`id="${recipe}-L5"`);
  });

  it('embeds only the cookbook files something on the page points at', () => {
    expect(text).not.toContain('never referenced');
    expect(text.match(/<section class="src"/g)).toHaveLength(2);
  });

  it('takes secret values out of the cookbook source it shows, and a Secret\'s own value too', () => {
    expect(text).not.toContain('hunter2-secret');
    expect(text).not.toContain('literal-key-0001');
    expect(plan().apps[0]!.units[0]!.secrets.map((s) => s.value)).toContain('literal-key-0001');
    expect(text).toContain('&lt;redacted secret&gt;');
  });

  it('lists every resource with its class', () => {
    for (const d of plan().apps[0]!.decisions) expect(text).toContain(`<td><code>${d.type}[${d.name}]</code></td><td><span class="cls cls-${d.class}">`);
  });

  it('is the same bytes every time', () => {
    expect(page()).toBe(text);
  });
});
