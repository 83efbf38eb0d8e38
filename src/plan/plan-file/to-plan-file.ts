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
    })),
  };
}

export const PLAN_FILE_HEADER = [
  '# decant plan: the decisions of this conversion. Edit and convert again with --plan FILE:',
  '# move resources between units to merge or split them, fix ports, command, user, base image,',
  '# workload (Deployment|StatefulSet|DaemonSet|CronJob|Job), data directories and tunable files.',
  '',
].join('\n');
