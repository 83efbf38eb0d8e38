import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Plan } from '../../model/plan.js';
import { templatesDir } from '../templates-dir.js';
import { reportView, type ReportView } from './report-view.js';

let compiled: HandlebarsTemplateDelegate<ReportView> | undefined;

export function renderReportMd(plan: Plan, options: { includeSecrets: boolean } = { includeSecrets: false }): string {
  compiled ??= Handlebars.compile<ReportView>(readFileSync(join(templatesDir(), 'report.md.hbs'), 'utf8'), { noEscape: true });
  return compiled(reportView(plan, options)).replace(/\n{3,}/g, '\n\n');
}
