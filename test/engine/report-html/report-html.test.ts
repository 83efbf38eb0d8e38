/**
 * report.html in a real browser (Debian's chromium, headless, through
 * playwright-core): the page `decant convert` writes for the bundled example
 * and for a fixture loads without console errors, holds every unit,
 * resource and diagnostic report.json lists, highlights the cookbook lines
 * of a selected Dockerfile instruction with a working link back, and its
 * filters hide what they should. A screenshot of each page goes to
 * test-artifacts/ for a person to look at.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';

interface ReportJson {
  apps: {
    name: string;
    units: { name: string; imageData: string }[];
    resources: { type: string; name: string; class: string }[];
    diagnostics: { code: string; severity: string }[];
  }[];
}

interface ImageJson {
  steps: { line: number; instruction: string; origins: { resource: string; file: string; line: number }[] }[];
}

/** `decant convert` through the CLI, offline (the page does not depend on package facts; the engine tests' engine stays free). */
async function convert(input: string, out: string, extra: string[] = []): Promise<void> {
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'convert', input, '-o', out, '--offline', ...extra], { cwd: ROOT, maxBuffer: 32 << 20 });
  } catch (e) {
    // 1: converted with review items; the page is written all the same.
    if ((e as { code: number }).code !== 1) throw e;
  }
}

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'decant-report-html-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await rm(tmp, { recursive: true, force: true });
});

const CASES = [
  { name: 'example-chef-repo', input: join(ROOT, 'examples/chef-repo'), args: [] as string[] },
  { name: 'notifications-subscriptions', input: join(ROOT, 'fixtures/notifications-subscriptions/input'), args: [] as string[] },
];

for (const c of CASES) {
  describe(`report.html of ${c.name}`, () => {
    let out: string;
    let report: ReportJson;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      out = join(tmp, c.name);
      await convert(c.input, out, c.args);
      report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportJson;
      page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${join(out, 'report.html')}`);
      await page.screenshot({ path: join(ARTIFACTS, `report-html-${c.name}.png`), fullPage: false });
    }, 180_000);

    afterAll(async () => {
      await page?.close();
    });

    it('loads with no console errors, its script having run', async () => {
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => document.body.classList.contains('js'))).toBe(true);
    });

    it('holds every unit, resource and diagnostic report.json lists', async () => {
      for (const app of report.apps) {
        for (const u of app.units) expect(await page.locator(`[id="u-${app.name}.${u.name}"]`).count(), `unit ${u.name}`).toBe(1);
        const rows = page.locator(`table.resources tr[data-app="${app.name}"]`);
        expect(await rows.count()).toBe(app.resources.length);
        const shown = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('code')!.textContent} ${tr.getAttribute('data-class')}`));
        expect(shown).toEqual(app.resources.map((r) => `${r.type}[${r.name}] ${r.class}`));
        const diags = page.locator(`li.diag[data-app="${app.name}"]`);
        expect(await diags.count()).toBe(app.diagnostics.length);
        const codes = await diags.evaluateAll((lis) => lis.map((li) => `${li.querySelector('code')!.textContent} ${li.getAttribute('data-severity')}`));
        expect(codes).toEqual(app.diagnostics.map((d) => `${d.code} ${d.severity}`));
      }
    });

    it('selecting an instruction highlights the cookbook lines it came from, and the link back returns to it', async () => {
      const app = report.apps.find((a) => a.units.length > 0)!;
      const unit = app.units[0]!;
      const image = JSON.parse(readFileSync(join(out, unit.imageData), 'utf8')) as ImageJson;
      const step = image.steps.find((s) => s.origins.length > 0)!;
      const origin = step.origins[0]!;
      const block = `d-${app.name}.${unit.name}`;
      await page.locator(`[id="${block}-L${step.line}"]`).click();
      expect(await page.locator(`[id="${block}-L${step.line}"]`).getAttribute('class')).toContain('sel');
      // The file is shown under its report.json name, and the resource's line is marked.
      const source = page.locator('section.src', { has: page.locator('h4', { hasText: new RegExp(`^${origin.file.replace(/[.]/g, '\\.')}$`) }) });
      await expect.poll(() => source.isVisible()).toBe(true);
      const sourceId = await source.getAttribute('id');
      const hit = page.locator(`[id="${sourceId}-L${origin.line}"]`);
      expect(await hit.getAttribute('class')).toContain('hit');
      expect(await hit.isVisible()).toBe(true);
      expect(await page.locator('section.src .line.hit').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, `report-html-${c.name}-selected.png`) });
      // The link back leads to the instruction.
      await page.locator('#selection a', { hasText: /^back to/ }).click();
      expect(await page.evaluate(() => location.hash)).toBe(`#${block}-L${step.line}`);
      expect(await page.locator(`[id="${block}-L${step.line}"]`).isVisible()).toBe(true);
      // Selecting the cookbook line lists what it produced, linking back to the same instruction.
      await hit.click();
      expect(await page.locator(`#selection a[href="#${block}-L${step.line}"]`).count()).toBe(1);
    });

    it('filters by class and severity hide what they should and nothing else', async () => {
      const classes = [...new Set(report.apps.flatMap((a) => a.resources.map((r) => r.class)))];
      const severities = [...new Set(report.apps.flatMap((a) => a.diagnostics.map((d) => d.severity)))];
      const cls = classes[0]!;
      await page.locator(`input[name="class"][value="${cls}"]`).uncheck();
      const visibility = async (sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => [e.getAttribute('data-class') ?? e.getAttribute('data-severity'), (e as HTMLElement).offsetParent !== null] as const));
      for (const [k, visible] of await visibility('table.resources tr[data-class]')) expect(visible, `class ${k}`).toBe(k !== cls);
      await page.locator(`input[name="class"][value="${cls}"]`).check();
      if (severities.length) {
        const sev = severities[0]!;
        await page.locator(`input[name="severity"][value="${sev}"]`).uncheck();
        for (const [k, visible] of await visibility('li.diag')) expect(visible, `severity ${k}`).toBe(k !== sev);
        await page.locator(`input[name="severity"][value="${sev}"]`).check();
      }
      for (const [, visible] of await visibility('table.resources tr[data-class], li.diag')) expect(visible).toBe(true);
    });
  });
}

it('chromium is Debian\'s (scripts/test-tools-setup.sh installs it)', () => {
  expect(existsSync(CHROMIUM)).toBe(true);
});
