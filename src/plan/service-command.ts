/**
 * Where a started service's command comes from, in the order of DESIGN.md's
 * sources of truth (issue 14): what the cookbook declares (a systemd_unit, a
 * unit file it renders), then the unit the service's package ships (package
 * facts). The catalog and plan.yaml are the caller's; a service none of them
 * answers is an error with what to write.
 */
import { packageRequests } from './package-requests.js';
import type { Resource } from '../model/converge.js';
import type { PackageFactsView } from '../model/package-facts.js';
import { cookbookCommandFor } from './cookbook-command.js';
import { initScriptCommand } from './init-script-command.js';
import { packageUnitCommand, type FileText, type ForegroundForm } from './package-unit-command.js';
import { displayName, str } from './property-values.js';
import { lastWritten } from './written-text.js';
import { packageDropIns, unitDropIns } from './unit-drop-ins.js';

export type CommandSource = 'cookbook' | 'package' | 'catalog' | 'plan' | 'unknown';

export type ServiceCommandDecision =
  | {
      readonly found: true;
      readonly source: 'cookbook' | 'package';
      readonly command: readonly string[];
      readonly user?: string;
      readonly group?: string;
      /** Variables the unit, start script or program gives its process, for the container's environment. */
      readonly environment: Readonly<Record<string, string>>;
      readonly runtimeDirectories: readonly string[];
      readonly notes: readonly string[];
    }
  | { readonly found: false; readonly reasons: readonly string[] };

export interface CommandFacts {
  readonly view: PackageFactsView;
  /** Packages the run installs, by name. */
  readonly installed: readonly string[];
  readonly forms: readonly ForegroundForm[];
}

/** A file's text as the converged host holds it: the cookbook's copy, else the package's (none offline). */
function fileTextOf(resources: readonly Resource[], facts: CommandFacts | undefined): FileText {
  return (path) => {
    for (let i = resources.length - 1; i >= 0; i--) {
      const r = resources[i]!;
      if (r.type !== 'template' && r.type !== 'file' && r.type !== 'cookbook_file') continue;
      if ((str(r.properties['path']) ?? displayName(r.name)) !== path) continue;
      if (r.content?.kind === 'rendered') return { text: r.content.text, from: 'cookbook', ...(r.content.complete ? {} : { incomplete: true }) };
      if (r.content?.kind === 'inline') return { text: r.content.text, from: 'cookbook' };
      // The cookbook writes the file, but what it writes is not known: the package's copy is not what the host holds.
      return { text: '', from: 'cookbook', incomplete: true };
    }
    const text = facts?.view.fileContent(path, facts.installed);
    return text === undefined ? undefined : { text, from: 'package' };
  };
}

export function serviceCommandFor(
  service: string,
  resources: readonly Resource[],
  facts: CommandFacts | undefined,
  forms: readonly ForegroundForm[] = facts?.forms ?? [],
): ServiceCommandDecision {
  const fileText = fileTextOf(resources, facts);
  const cookbook = cookbookCommandFor(service, resources, fileText, forms);
  if ('made' in cookbook) return { found: true, source: 'cookbook', ...cookbook.made };
  const reasons: string[] = [...cookbook.refused];
  if (!facts) {
    reasons.push(
      packageRequests(resources).length === 0
        ? `the run installs no package, so none ships a unit or init script named ${service}: on a converged host the service would exist only if something outside this run list installed it`
        : 'no package facts (offline): the unit its package ships was not read',
    );
    return { found: false, reasons };
  }
  const fromPackages = packageDropIns(facts.view, facts.installed);
  const packaged = packageUnitCommand(
    service,
    facts.view.units(facts.installed),
    fileText,
    forms,
    (names) => unitDropIns(names, resources, fromPackages),
    (path) => facts.view.packageOf(path, facts.installed),
  );
  if (packaged?.ok) {
    return {
      found: true,
      source: 'package',
      command: packaged.command,
      ...(packaged.user ? { user: packaged.user } : {}),
      ...(packaged.group ? { group: packaged.group } : {}),
      runtimeDirectories: packaged.runtimeDirectories,
      environment: packaged.environment,
      notes: packaged.notes,
    };
  }
  if (packaged) {
    reasons.push(packaged.reason);
    return { found: false, reasons };
  }
  // No unit: systemd would run the package's SysV script (systemd-sysv-generator). A script the cookbook
  // writes over it was read with the cookbook's sources above: the package's copy is not what the host holds.
  const scriptPath = `/etc/init.d/${service.replace(/\.service$/, '')}`;
  const script = lastWritten(resources, (p) => p === scriptPath) ? undefined : facts.view.fileContent(scriptPath, facts.installed);
  if (script !== undefined) {
    const fromScript = initScriptCommand(script, scriptPath, fileText, forms);
    if (fromScript.ok) {
      return { found: true, source: 'package', command: fromScript.command, ...(fromScript.user ? { user: fromScript.user } : {}), runtimeDirectories: [], environment: {}, notes: fromScript.notes };
    }
    reasons.push(fromScript.reason);
    return { found: false, reasons };
  }
  reasons.push(`no package the run installs (${facts.installed.join(', ') || 'none'}) ships a systemd unit or init script named ${service}`);
  return { found: false, reasons };
}
