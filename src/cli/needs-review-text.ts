import type { App } from '../model/plan.js';
import { reviewItems, reviewLine } from '../emit/report/review-items.js';
import { oneLine } from '../text/escape-control.js';

/**
 * The list the CLI prints last: per app, the units that need input and then
 * the errors and placeholders (the items that stop the output from running
 * as it is). Unsupported resources, lint exceptions and assumptions are in
 * report.md, where there is room for them; the count says they are there.
 */
export function needsReviewText(apps: readonly App[], options: { includeSecrets: boolean }): string {
  const lines: string[] = [];
  for (const app of apps) {
    const items = reviewItems(app, options);
    const urgent = items.filter((i) => i.kind === 'error' || i.kind === 'placeholder');
    const inputs = app.units.filter((u) => u.needsInput?.length);
    if (!urgent.length && !inputs.length) continue;
    lines.push(`needs review: ${app.name} (${urgent.length} to fix or answer; ${items.length - urgent.length} more in report.md)`);
    for (const u of inputs) lines.push(`  unit ${u.name} needs input: ${u.needsInput!.join('; ')}`);
    for (const i of urgent) lines.push(`  - ${reviewLine(i)}`);
  }
  // Names come from the cookbook: one short line each, control characters shown, never sent to the terminal.
  return lines.map((l) => oneLine(l, 2000)).join('\n');
}
