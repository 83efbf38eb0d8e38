/**
 * Whether a cached or recorded PackageFact holds everything this decant reads
 * from a package. Facts written before decant read maintainer scripts for
 * what a package starts on install have units without `onInstall`: answering
 * from them would say "the package starts nothing", so they are stale and the
 * probe reads the package again (facts without units lose nothing and stay).
 * Likewise facts of a package shipping executables but written before decant
 * looked for syslog in them (`syslogBinaries`): answering "none talks to
 * syslog" would lose a daemon's log. And facts written before decant read
 * what a postinst disables again (`onInstall.disabled`) would start a unit
 * the package turns off (apache2's apache-htcacheclean).
 */
import type { PackageFact } from '../model/package-facts.js';

export function isCurrentFact(fact: PackageFact): boolean {
  return fact.units.every((u) => u.onInstall?.disabled !== undefined) && (fact.binaries.length === 0 || fact.syslogBinaries !== undefined);
}
