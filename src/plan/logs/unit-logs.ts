import type { PackageFactsView } from '../../model/package-facts.js';
import type { Unit } from '../../model/plan.js';
import type { Catalog } from '../catalog/catalog-entry.js';
import type { LogDirective } from '../catalog/load-log-directives.js';
import { defaultRequestOptions, type RequestOption } from '../catalog/load-request-options.js';
import { configLogFiles, packageLogFiles } from './log-files.js';
import { withLogRedirects } from './redirect-logs.js';
import { syslogTalkers, unitWithSyslogTarget } from './syslog-relay.js';
import type { ForegroundForm } from '../package-unit-command.js';
import { defaultStderrForms } from '../catalog/load-stderr-forms.js';
import { withRequestLogging } from './request-logging.js';
import { withRequestDirective } from './request-directives.js';
import { defaultRequestDirectives, type RequestDirective } from '../catalog/load-request-directives.js';

/**
 * Every log file a long-running unit's service writes, sent to the
 * container's output: the files its config names, then those its packages
 * ship under /var/log. A catalog entry whose command already logs to
 * stdout (`logging`) is left as it is: the config's file is not written.
 * What the daemon sends to syslog gets a target that reaches the output
 * (syslog-relay.ts). Either way a daemon with a documented option to log each
 * request to its output gets it (catalog/logs/request-options.yaml), or the
 * directive its config takes for that (request-directives.yaml) — first, as
 * the stderr forms and the relay read the daemon's own command, and the log
 * files are read from the config as it will ship.
 */
export function unitWithLogs(
  unit: Unit,
  directives: readonly LogDirective[],
  catalog: Catalog,
  facts: PackageFactsView | undefined,
  stderrForms: readonly ForegroundForm[] = defaultStderrForms(),
  requestOptions: readonly RequestOption[] = defaultRequestOptions(),
  requestDirectives: readonly RequestDirective[] = defaultRequestDirectives(),
): Unit {
  if (unit.workload === 'CronJob' || unit.workload === 'Job') return unit;
  const traced = withRequestDirective(withRequestLogging(unit, requestOptions), requestDirectives);
  if (catalog.entries.find((e) => e.name === traced.catalog)?.logging !== undefined) return traced;
  const fromConfig = configLogFiles(traced.files, directives);
  const fromPackages = facts ? packageLogFiles(facts, traced.packages).filter((p) => !fromConfig.logs.some((c) => c.path === p.path)) : [];
  const talkers = facts ? (syslogTalkers(facts, traced) ?? []) : [];
  const local = fromConfig.syslog.filter((s) => s.local);
  const evidence = { talkers, configSyslog: local.map((s) => s.where), configFiles: fromConfig.logs.length > 0 };
  const target = unitWithSyslogTarget(traced, evidence, stderrForms);
  // A remote syslog server is beyond any relay: it stays a note and an entry verify fails.
  return withLogRedirects(target.unit, [...fromConfig.logs, ...fromPackages], target.relayed ? fromConfig.syslog.filter((s) => !s.local) : fromConfig.syslog);
}
