import type { Plan, ResourceClass } from '../../model/plan.js';
import { compareDiagnostics } from '../../diagnostics/format.js';
import { appPaths } from '../app-paths.js';
import { sourceFile } from './source-file.js';
import { reviewItems, reviewLine } from './review-items.js';
import { lintExceptions } from '../kubernetes/pod-template.js';
import { escapeControl } from '../../text/escape-control.js';
import { reachabilityLines } from './reachability-view.js';

const CLASSES: readonly ResourceClass[] = ['workload', 'image', 'config', 'secret', 'host', 'skipped', 'unsupported'];

/** Markdown table cells: a pipe or newline would break the row, a control character the reader's terminal. */
const cell = (s: string) => escapeControl(s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));

/** What report.md prints, worked out here so the template only prints. */
/** How report.md says where a unit's command came from (DESIGN.md, "Sources of truth"). */
const COMMAND_SOURCES = {
  cookbook: "from the cookbook's unit or resource",
  package: "from the package's systemd unit",
  catalog: 'from the catalog',
  plan: 'from plan.yaml',
  unknown: 'not known',
} as const;

export function reportView(plan: Plan, options: { includeSecrets: boolean } = { includeSecrets: false }) {
  return {
    apps: plan.apps.map((app) => {
      const review = reviewItems(app, options);
      const saidAt = new Set(review.filter((r) => r.kind === 'error').map((r) => r.at));
      const counts = CLASSES.map((c) => ({ class: c, count: app.decisions.filter((d) => d.class === c).length })).filter((c) => c.count > 0);
      return {
        name: app.name,
        runList: app.runList.join(', '),
        platform: app.platform,
        outputs: (app.outputs ?? []).map((o) => `${o.format} \`${o.path}\``).join(' · ') || 'none',
        counts,
        units: app.units.map((u) => ({
          name: u.name,
          workload: u.workload,
          image: u.image,
          dockerfile: appPaths.dockerfile(app, u),
          ports: u.ports.map((p) => `${p.port}/${p.protocol} (${p.from}${p.where ? `: ${p.where}` : ''}${p.speaks ? `, speaks ${p.speaks}` : ''})`).join(', ') || '—',
          user: u.user ?? (u.dropsTo ? `root, then ${u.dropsTo.user}` : 'root'),
          command: u.command.length ? '`' + cell(JSON.stringify(u.command)) + '`' : '**unknown — needs review**',
          commandSource: COMMAND_SOURCES[u.commandSource ?? (u.command.length ? 'catalog' : 'unknown')],
          dataDirs: u.dataDirs.map((d) => d.path).join(', ') || '—',
          schedule: u.schedule ?? '',
          secrets: u.secrets.map((s) => s.key).join(', '),
          notes: u.notes,
          // What kube-linter would flag and why it is accepted (the annotations on the workload).
          exceptions: Object.entries(lintExceptions(u)).map(([k, v]) => `${k.replace('decant.io/lint-exception.', '')}: ${v}`),
        })).map((u) => ({ ...u, noted: u.notes.length > 0 || u.exceptions.length > 0 })),
        reachability: reachabilityLines(app),
        connections: (app.connections ?? []).map((e) => ({
          from: e.from,
          to: e.to,
          kind: e.kind,
          endpoint: cell(e.endpoint),
          where: cell(e.source.line ? `${e.source.file}:${e.source.line}` : e.source.file),
          text: cell(e.source.text.replace(/`/g, "'")),
        })),
        pods: (app.pods ?? []).map((p) => ({ name: p.name, units: p.units.join(', '), sharedDirs: p.sharedDirs.join(', ') })),
        rewrites: (app.rewrites ?? []).map((r) => ({ unit: r.unit, where: cell(r.line ? `${r.file}:${r.line}` : r.file), before: cell(r.before), after: cell(r.after), why: cell(r.why) })),
        resources: app.decisions.map((d) => ({
          resource: cell(`${d.type}[${d.name}]`),
          class: d.class,
          unit: d.unit ?? '—',
          source: `${sourceFile(d.source)}:${d.source.line}`,
          reason: cell(d.reason),
        })),
        // Every unknown, placeholder, unsupported resource, lint exception and assumption, most consequential first;
        // then the resources whose own reason asks for review and that no item above names.
        needsReview: [
          ...review.map((r) => cell(reviewLine(r))),
          ...app.decisions.filter((d) => d.class !== 'unsupported' && /review/.test(d.reason) && !saidAt.has(`${sourceFile(d.source)}:${d.source.line}`)).map((d) => cell(`review · ${d.unit !== undefined ? `unit ${d.unit} · ` : ''}${sourceFile(d.source)}:${d.source.line}: ${d.type}[${d.name}]: ${d.reason}`)),
        ],
        valuesFromPlan: Object.keys(app.values?.answered ?? {}).sort().map((k) => cell('`' + k + '`')),
        openValues: (app.values?.open ?? []).map((q) => cell(`\`${q.key}\` — ${q.why}`)),
        needsInput: app.units.filter((u) => u.needsInput?.length).map((u) => cell(`unit ${u.name} needs input before it runs: ${u.needsInput!.join('; ')}`)),
        diagnostics: [...app.diagnostics]
          .sort(compareDiagnostics)
          .map((d) => cell(`${d.location ? `${sourceFile(d.location)}:${d.location.line}:${d.location.column}: ` : ''}${d.severity} ${d.code}: ${d.message}`)),
      };
    }),
  };
}

export type ReportView = ReturnType<typeof reportView>;
