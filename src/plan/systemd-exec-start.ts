import type { Resource } from '../model/converge.js';
import { Unknown, type Data } from '../model/data.js';
import { displayName, str } from './property-values.js';

export interface SystemdCommand {
  readonly command: string[];
  readonly user?: string;
  readonly resource: Resource;
}

/** Shell-like word splitting as systemd does for ExecStart (quotes group, backslash escapes). */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && i + 1 < line.length) cur += line[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

function fromIni(text: string): { execStart?: string; user?: string } {
  let section = '';
  const out: { execStart?: string; user?: string } = {};
  for (const raw of text.replace(/\\\n/g, ' ').split('\n')) {
    const line = raw.trim();
    const s = /^\[(.+)\]$/.exec(line);
    if (s) section = s[1]!;
    else if (section === 'Service') {
      const kv = /^(\w+)\s*=\s*(.*)$/.exec(line);
      if (kv?.[1] === 'ExecStart' && kv[2]) out.execStart = kv[2];
      if (kv?.[1] === 'User' && kv[2]) out.user = kv[2];
    }
  }
  return out;
}

function fromHash(content: Data): { execStart?: string; user?: string } {
  if (content === null || typeof content !== 'object' || Array.isArray(content) || content instanceof Unknown) return {};
  const service = content['Service'];
  if (service === null || typeof service !== 'object' || Array.isArray(service) || service instanceof Unknown) return {};
  const exec = service['ExecStart'];
  const execStart = Array.isArray(exec) ? str(exec[exec.length - 1]) : str(exec);
  const user = str(service['User']);
  return { ...(execStart ? { execStart } : {}), ...(user ? { user } : {}) };
}

/**
 * A service the catalog does not know often ships its own systemd unit in the
 * cookbook (systemd_unit, or a template into /etc/systemd/system): its
 * ExecStart is the container command.
 */
export function systemdCommandFor(service: string, resources: readonly Resource[]): SystemdCommand | undefined {
  const unitName = service.endsWith('.service') ? service : `${service}.service`;
  for (const r of resources) {
    let found: { execStart?: string; user?: string } = {};
    if (r.type === 'systemd_unit' && (str(r.properties['unit_name']) ?? displayName(r.name)) === unitName) {
      const content = r.properties['content'];
      found = typeof content === 'string' ? fromIni(content) : fromHash(content ?? null);
    } else if ((r.type === 'template' || r.type === 'file' || r.type === 'cookbook_file') && r.content) {
      const path = str(r.properties['path']) ?? displayName(r.name);
      if (!path.endsWith(`/systemd/system/${unitName}`)) continue;
      if (r.content.kind === 'rendered' || r.content.kind === 'inline') found = fromIni(r.content.text);
    }
    if (found.execStart) {
      const command = splitWords(found.execStart.replace(/^[-@+!:]+/, ''));
      if (command.length) return { command, ...(found.user ? { user: found.user } : {}), resource: r };
    }
  }
  return undefined;
}
