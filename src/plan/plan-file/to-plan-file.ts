import type { Data } from '../../model/data.js';
import type { NetworkAttach, Plan, PlanFile, PlanFileNetwork } from '../../model/plan.js';

export function planFileNetwork(attach: NetworkAttach): PlanFileNetwork {
  return attach.kind === 'host' ? { hostNetwork: true } : { attachment: attach.name };
}
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
        // Only where there is a choice: a unit sharing a pod because of a socket or localhost connection.
        ...(app.ownPods?.includes(u.name) ? { ownPod: true } : app.pods?.some((p) => p.units.includes(u.name)) ? { ownPod: false } : {}),
        // Only where the config needs a subnet on the pod's interface: null until a reviewer says where it runs.
        ...(u.network ? { network: u.network.attach ? planFileNetwork(u.network.attach) : null } : {}),
      })),
      ...(planValues(app) ? { values: planValues(app)! } : {}),
    })),
  };
}

/** Open questions as null (for a reviewer to answer), answered ones with their answer; sorted, absent when none. */
function planValues(app: Plan['apps'][number]): Record<string, Data> | undefined {
  const out: Record<string, Data> = {};
  for (const q of app.values?.open ?? []) out[q.key] = null;
  for (const [k, v] of Object.entries(app.values?.answered ?? {})) out[k] = v;
  const keys = Object.keys(out).sort();
  return keys.length ? Object.fromEntries(keys.map((k) => [k, out[k]!])) : undefined;
}

export const PLAN_FILE_HEADER = [
  '# decant plan: the decisions of this conversion. Edit and convert again with --plan FILE:',
  '# move resources between units to merge or split them, fix ports, command, user, base image,',
  '# workload (Deployment|StatefulSet|DaemonSet|CronJob|Job), data directories and tunable files.',
  '# `ownPod: true` gives a unit that shares a pod (it reached another over localhost or a socket) a pod',
  '# of its own: its loopback endpoints are rewritten to the other unit\'s Service name and port.',
  '# `network: null` marks a unit whose config serves a subnet its pod\'s own network is not on: answer',
  '# `{ hostNetwork: true }` (the node\'s network) or `{ attachment: NAME }` (a Multus attachment on it).',
  '# `values:` answers what decant cannot know, keyed by what asked: shell_out("cmd") (its output),',
  '# node["a"]["b"] (an attribute), data_bag_item("bag", "item") (a mapping), search(:node, "q")',
  '# (a list of nodes), type[name].property. Open questions are the commented lines under each app:',
  '# uncomment one, write the answer, and the run is evaluated again with it (report.md lists them).',
  '',
].join('\n');
