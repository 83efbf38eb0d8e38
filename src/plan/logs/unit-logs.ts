import type { PackageFactsView } from '../../model/package-facts.js';
import type { Unit } from '../../model/plan.js';
import type { Catalog } from '../catalog/catalog-entry.js';
import type { LogDirective } from '../catalog/load-log-directives.js';
import { configLogFiles, packageLogFiles } from './log-files.js';
import { withLogRedirects } from './redirect-logs.js';

/**
 * Every log file a long-running unit's service writes, sent to the
 * container's output: the files its config names, then those its packages
 * ship under /var/log. A catalog entry whose command already logs to
 * stdout (`logging`) is left as it is: the config's file is not written.
 */
export function unitWithLogs(unit: Unit, directives: readonly LogDirective[], catalog: Catalog, facts: PackageFactsView | undefined): Unit {
  if (unit.workload === 'CronJob' || unit.workload === 'Job') return unit;
  if (catalog.entries.find((e) => e.name === unit.catalog)?.logging !== undefined) return unit;
  const fromConfig = configLogFiles(unit.files, directives);
  const fromPackages = facts ? packageLogFiles(facts, unit.packages).filter((p) => !fromConfig.logs.some((c) => c.path === p.path)) : [];
  return withLogRedirects(unit, [...fromConfig.logs, ...fromPackages], fromConfig.syslog);
}
