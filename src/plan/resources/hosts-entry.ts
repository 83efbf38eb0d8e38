import type { Resource } from '../../model/converge.js';
import type { HostAlias } from '../../model/plan.js';
import { originOf } from '../origin.js';
import { displayName, str, strList } from '../property-values.js';
import type { Classified, ResourceHandler } from './handler.js';

const HOSTS = '/etc/hosts';
const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$/;
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;

/** One /etc/hosts line (`ip name alias… # comment`) as an alias, or undefined when it is not one. */
export function hostsLine(line: string): { ip: string; hostnames: string[] } | undefined {
  const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
  if (!ip || !IP.test(ip) || names.length === 0 || !names.every((n) => HOSTNAME.test(n))) return undefined;
  return { ip, hostnames: names };
}

function alias(r: Resource, entry: { ip: string; hostnames: string[] }): HostAlias {
  return { ...originOf(r), ip: entry.ip, hostnames: entry.hostnames };
}

const ALIAS_REASON = 'a container\'s /etc/hosts is written by the kubelet: the entry becomes the pod\'s hostAliases';

/**
 * /etc/hosts entries: `hostsfile_entry` (hostsfile cookbook) and
 * `append_if_no_line` into /etc/hosts (line cookbook) become the pods'
 * hostAliases, because anything the image writes there is replaced.
 */
export const hostsEntryHandler: ResourceHandler = {
  types: ['append_if_no_line', 'hostsfile_entry'],
  describe: (t) => ({
    classes: ['config', 'skipped', 'unsupported'],
    reason:
      t === 'hostsfile_entry'
        ? `${ALIAS_REASON}; a removed entry is skipped (a pod has only the kubelet's)`
        : `a line appended to /etc/hosts: ${ALIAS_REASON}; into any other file (the line cookbook not in the run) unsupported`,
  }),
  classify(r: Resource): Classified {
    if (r.type === 'append_if_no_line') {
      const path = str(r.properties['path']) ?? displayName(r.name);
      if (path !== HOSTS) return { class: 'unsupported', reason: `append_if_no_line into ${path}: an edit of a file decant does not follow (add the line cookbook to the run, or write the file)`, paths: [path] };
      const entry = hostsLine(str(r.properties['line']) ?? '');
      if (!entry) return { class: 'unsupported', reason: 'the line appended to /etc/hosts is not an address and names decant can read (needs review)' };
      return { class: 'config', reason: ALIAS_REASON, contribution: { hostAliases: [alias(r, entry)] } };
    }
    if (r.actions.includes('remove')) return { class: 'skipped', reason: 'entry removed: a pod\'s /etc/hosts has only the kubelet\'s entries' };
    const ip = str(r.properties['ip_address']) ?? displayName(r.name);
    const hostnames = [str(r.properties['hostname']), ...strList(r.properties['aliases'])].filter((h): h is string => h !== undefined);
    if (!IP.test(ip) || hostnames.length === 0 || !hostnames.every((h) => HOSTNAME.test(h))) {
      return { class: 'unsupported', reason: 'the hosts entry\'s address or names could not be worked out (needs review)' };
    }
    return { class: 'config', reason: ALIAS_REASON, contribution: { hostAliases: [alias(r, { ip, hostnames })] } };
  },
};
