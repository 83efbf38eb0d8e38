import type { CatalogEntry } from './catalog-entry.js';

/**
 * Checks one parsed catalog document against the shape CatalogEntry
 * describes, strictly: unknown keys are errors, so a typo in the data is
 * caught by the schema test instead of silently ignored.
 */
export function validateEntry(doc: unknown, file: string): { entry?: CatalogEntry; errors: string[] } {
  const errors: string[] = [];
  const err = (path: string, msg: string) => errors.push(`${file}: ${path}: ${msg}`);
  if (!isObject(doc)) return { errors: [`${file}: not a mapping`] };
  const allowed = new Set([
    'name', 'description', 'packages', 'services', 'host', 'command', 'env', 'user', 'capabilities', 'ports',
    'settings', 'shippedPorts', 'dataDirs', 'runtimeDirs', 'logs', 'logging', 'configPaths', 'tunable', 'health',
  ]);
  for (const k of Object.keys(doc)) if (!allowed.has(k)) err(k, 'unknown key');
  if (typeof doc.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(doc.name)) err('name', 'a lower-case name');
  if (typeof doc.description !== 'string') err('description', 'a string');
  checkByFamily(doc.packages, 'packages', err, isStringList, true);
  checkByFamily(doc.services, 'services', err, isStringList, true);
  if (doc.host !== undefined) {
    if (typeof doc.host !== 'string') err('host', 'the reason, a string');
  } else {
    checkByFamily(doc.command, 'command', err, (v) => isStringList(v) && v.length > 0, true);
    if (!Array.isArray(doc.ports) || doc.ports.length === 0) err('ports', 'at least one port');
  }
  if (doc.command !== undefined && doc.host !== undefined) err('command', 'a host entry has no command');
  if (doc.env !== undefined && !(isObject(doc.env) && Object.values(doc.env).every((v) => typeof v === 'string'))) {
    err('env', 'a mapping of strings');
  }
  if (doc.user !== undefined) {
    const u = doc.user;
    if (!isObject(u)) err('user', 'a mapping');
    else {
      for (const k of Object.keys(u)) if (!['name', 'uid', 'gid', 'home'].includes(k)) err(`user.${k}`, 'unknown key');
      if (typeof u.name !== 'string') err('user.name', 'a string');
      for (const k of ['uid', 'gid'] as const) {
        // adduser --system in the package scripts accepts an existing user only in the system range.
        if (!Number.isInteger(u[k]) || (u[k] as number) < 100 || (u[k] as number) > 999) err(`user.${k}`, 'an integer 100..999');
      }
      if (typeof u.home !== 'string') err('user.home', 'a string');
    }
  }
  for (const key of ['capabilities', 'dataDirs', 'runtimeDirs', 'configPaths', 'tunable'] as const) {
    if (doc[key] !== undefined && !isStringList(doc[key])) err(key, 'a list of strings');
  }
  for (const [i, p] of listOf(doc.ports)) {
    if (!isObject(p) || typeof p.name !== 'string' || !Number.isInteger(p.port) || (p.port as number) < 1 || (p.port as number) > 65535) {
      err(`ports[${i}]`, '{ name, port 1..65535 }');
    } else for (const k of Object.keys(p)) if (!['name', 'port'].includes(k)) err(`ports[${i}].${k}`, 'unknown key');
  }
  for (const [i, s] of listOf(doc.settings)) {
    if (!isObject(s) || typeof s.name !== 'string' || !isStringList(s.files) || typeof s.pattern !== 'string') {
      err(`settings[${i}]`, '{ name, files, pattern, default? }');
      continue;
    }
    for (const k of Object.keys(s)) if (!['name', 'files', 'pattern', 'default'].includes(k)) err(`settings[${i}].${k}`, 'unknown key');
    for (const re of [s.pattern, ...(s.files as string[])]) {
      try {
        new RegExp(re, 'm');
      } catch {
        err(`settings[${i}]`, `bad regex ${re}`);
      }
    }
    // Patterns run over whole rendered files with ^ as a line anchor; `^\s*` lets every
    // line start re-scan the blank lines after it, which is quadratic on a file of them.
    if (typeof s.pattern === 'string' && /\^\\s[*+]/.test(s.pattern)) err(`settings[${i}].pattern`, 'starts lines with ^\\s; use ^[ \\t]* (\\s crosses line ends)');
  }
  for (const [i, sp] of listOf(doc.shippedPorts)) {
    if (!isObject(sp) || !Number.isInteger(sp.port) || !isStringList(sp.files) || Object.keys(sp).length !== 2) err(`shippedPorts[${i}]`, '{ port, files }');
  }
  for (const [i, l] of listOf(doc.logs)) {
    if (!isObject(l) || typeof l.path !== 'string' || (l.stream !== 'stdout' && l.stream !== 'stderr') || (l.requests !== undefined && l.requests !== true)) {
      err(`logs[${i}]`, '{ path, stream: stdout|stderr, requests?: true }');
    }
  }
  if (doc.logging !== undefined && typeof doc.logging !== 'string') err('logging', 'how the command logs to stdout/stderr, a string');
  if (doc.health !== undefined) {
    const h = doc.health;
    const ok =
      isObject(h) &&
      ((h.kind === 'tcp' && Object.keys(h).length === 1) ||
        (h.kind === 'exec' && isStringList(h.command) && Object.keys(h).length === 2) ||
        (h.kind === 'http' && typeof h.path === 'string' && Object.keys(h).length === 2));
    if (!ok) err('health', '{kind: tcp} | {kind: exec, command} | {kind: http, path}');
  }
  if (errors.length) return { errors };
  return {
    errors,
    entry: {
      name: doc.name as string,
      description: doc.description as string,
      packages: doc.packages as CatalogEntry['packages'],
      services: doc.services as CatalogEntry['services'],
      ...(doc.host !== undefined ? { host: doc.host as string } : {}),
      ...(doc.command !== undefined ? { command: doc.command as CatalogEntry['command'] } : {}),
      ...(doc.env !== undefined ? { env: doc.env as Record<string, string> } : {}),
      ...(doc.user !== undefined ? { user: doc.user as unknown as CatalogEntry['user'] } : {}),
      capabilities: (doc.capabilities as string[] | undefined) ?? [],
      ports: (doc.ports as CatalogEntry['ports'] | undefined) ?? [],
      settings: (doc.settings as CatalogEntry['settings'] | undefined) ?? [],
      shippedPorts: (doc.shippedPorts as CatalogEntry['shippedPorts'] | undefined) ?? [],
      dataDirs: (doc.dataDirs as string[] | undefined) ?? [],
      runtimeDirs: (doc.runtimeDirs as string[] | undefined) ?? [],
      logs: (doc.logs as CatalogEntry['logs'] | undefined) ?? [],
      ...(typeof doc.logging === 'string' ? { logging: doc.logging } : {}),
      configPaths: (doc.configPaths as string[] | undefined) ?? [],
      tunable: (doc.tunable as string[] | undefined) ?? [],
      ...(doc.health !== undefined ? { health: doc.health as CatalogEntry['health'] } : {}),
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function listOf(v: unknown): [number, unknown][] {
  return Array.isArray(v) ? v.map((x, i) => [i, x]) : [];
}

function checkByFamily(
  v: unknown,
  path: string,
  err: (p: string, m: string) => void,
  item: (x: unknown) => boolean,
  required: boolean,
): void {
  if (v === undefined) {
    if (required) err(path, 'required');
    return;
  }
  if (!isObject(v) || Object.keys(v).length === 0) return err(path, 'a mapping by platform family');
  for (const [fam, x] of Object.entries(v)) {
    if (!['debian', 'rhel'].includes(fam)) err(`${path}.${fam}`, 'unknown platform family');
    else if (!item(x)) err(`${path}.${fam}`, 'a non-empty list of strings');
  }
}
