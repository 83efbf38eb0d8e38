import type { Plan, PlanFile } from '../../model/plan.js';
import { unitMembers } from './unit-members.js';

export function toPlanFile(plan: Plan): PlanFile {
  return {
    version: 1,
    apps: plan.apps.map((app) => ({
      name: app.name,
      units: app.units.map((u) => ({
        name: u.name,
        workload: u.workload,
        baseImage: u.baseImage,
        command: [...u.command],
        ...(u.user !== undefined ? { user: u.user } : {}),
        ports: u.ports.map((p) => p.port),
        dataDirs: u.dataDirs.map((d) => d.path),
        tunable: u.files.filter((f) => f.tunable).map((f) => f.path),
        ...(u.schedule !== undefined ? { schedule: u.schedule } : {}),
        resources: unitMembers(u),
      })),
      ...(planValues(app) ? { values: planValues(app)! } : {}),
    })),
  };
}

/** Open questions as null (for a reviewer to answer), answered ones with their answer; sorted, absent when none. */
function planValues(app: Plan['apps'][number]): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {};
  for (const k of app.values?.open ?? []) out[k] = null;
  for (const [k, v] of Object.entries(app.values?.answered ?? {})) out[k] = v;
  const keys = Object.keys(out).sort();
  return keys.length ? Object.fromEntries(keys.map((k) => [k, out[k]!])) : undefined;
}

export const PLAN_FILE_HEADER = [
  '# decant plan: the decisions of this conversion. Edit and convert again with --plan FILE:',
  '# move resources between units to merge or split them, fix ports, command, user, base image,',
  '# workload (Deployment|StatefulSet|DaemonSet|CronJob|Job), data directories and tunable files.',
  '# `values:` lists what only the host knows (shell_out output by command): replace a null with',
  '# the answer, and the run is evaluated again with it.',
  '',
].join('\n');
