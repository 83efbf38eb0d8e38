import { IMAGE_DATA_VERSION, SYSTEMD_SERVICE_LABEL, type ImageData, type ImageStep, type StepOrigin } from '../../model/image-data.js';
import type { App, BuildStep, FileSpec, HealthCheck, Origin, Unit } from '../../model/plan.js';
import type { OutputFile } from '../output-file.js';
import type { DockerfileBlock, DockerfileView } from './view-types.js';
import { codenameOf } from './codename.js';
import { contextPath } from './context-path.js';
import { escapeComment, lineSafeBlock } from './line-safe.js';
import { placeConfigs } from './configs-read-by-steps.js';
import { convergeOrder, placeImageFiles } from './files-after-writers.js';
import { execForm, shellQuote } from './shell-quote.js';
import { runtimeWork } from '../runtime-files.js';
import { SYSLOG_RELAY_PATH, startsSyslogRelay, syslogRelayScript } from '../../text/syslog-reader.js';


/**
 * A block as it is built: what it prints, and what image.json says of it
 * (the resources behind its instructions, where its COPY/ADD put files, …).
 */
interface Block extends DockerfileBlock {
  readonly origins?: readonly Origin[];
  /** Paths in the image its COPY/ADD instructions write. */
  readonly copies?: readonly string[];
  readonly health?: HealthCheck;
  readonly systemdService?: string;
}

const stepOrigin = (o: Origin): StepOrigin => ({
  resource: o.resource,
  file: o.source.cookbook ? `${o.source.cookbook}/${o.source.file}` : o.source.file,
  line: o.source.line,
});

/** `package[nginx] from web/recipes/default.rb:3`: for the reader; image.json gives the engine the same as data. */
export function originComment(o: Origin): string {
  const s = stepOrigin(o);
  return `${s.resource} from ${s.file}:${s.line}`;
}

/** Each origin once, in order; a block's comments name them the same way. */
const uniqueOrigins = (origins: readonly Origin[]): Origin[] => {
  const seen = new Set<string>();
  return origins.filter((o) => (seen.has(originComment(o)) ? false : (seen.add(originComment(o)), true)));
};

const comments = (origins: readonly Origin[]): string[] => uniqueOrigins(origins).map(originComment);

/** `a && b && c` continued over lines, as reviewers read RUN steps. */
const run = (commands: readonly string[]): string[] =>
  commands.map((c, i) => `${i === 0 ? 'RUN ' : '    && '}${c}${i < commands.length - 1 ? ' \\' : ''}`);

function labelLines(app: App, unit: Unit): string[] {
  const labels: Record<string, string> = {
    ...app.labels,
    'org.opencontainers.image.title': `${app.name}-${unit.name}`,
    'org.opencontainers.image.version': app.version,
  };
  const keys = Object.keys(labels).sort();
  return keys.map((k, i) => `${i === 0 ? 'LABEL ' : '      '}${k}=${JSON.stringify(labels[k])}${i < keys.length - 1 ? ' \\' : ''}`);
}

function packageBlock(unit: Unit): Block | undefined {
  if (unit.packages.length === 0) return undefined;
  const names = unit.packages.map((p) => (p.version ? `${p.name}${unit.packageManager === 'apt' ? '=' : '-'}${p.version}` : p.name)).sort();
  const lines =
    unit.packageManager === 'apt'
      ? [
          'RUN apt-get update \\',
          '    && apt-get install -y --no-install-recommends \\',
          ...names.map((n) => `        ${shellQuote(n)} \\`),
          '    && apt-get clean \\',
          // dpkg's and apt's logs and backups are not part of any package: left in the layer they only add bytes.
          '    && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/cache/apt/*.bin \\',
          '        /var/log/apt/* /var/log/dpkg.log /var/cache/debconf/*-old /var/lib/dpkg/*-old',
        ]
      : [
          'RUN dnf install -y --setopt=install_weak_deps=False \\',
          ...names.map((n) => `        ${shellQuote(n)} \\`),
          '    && dnf clean all \\',
          '    && rm -rf /var/cache/dnf /var/cache/yum',
        ];
  return { comments: comments(unit.packages), lines, origins: unit.packages };
}

function repositoryBlocks(unit: Unit, platformId: string): Block[] {
  return unit.repositories.map((r) => {
    const name = r.name.replace(/[^A-Za-z0-9_.-]/g, '_');
    if (r.manager === 'dnf') {
      const repo = `[${name}]\\nname=${name}\\nbaseurl=${r.uri}\\nenabled=1\\n${r.key ? `gpgcheck=1\\ngpgkey=${r.key}` : 'gpgcheck=0'}\\n`;
      return { comments: comments([r]), lines: run([`printf '%b' ${shellQuote(repo)} > /etc/yum.repos.d/${name}.repo`]), origins: [r] };
    }
    const dist = r.distribution ?? codenameOf(platformId) ?? 'stable';
    const keyPath = `/etc/apt/keyrings/${name}.asc`;
    const keyIsUrl = r.key !== undefined && /^https?:\/\//.test(r.key);
    // The package-facts probe writes the same line (engine/package-facts/platform-archives.ts addedSourceLine).
    const options = [...(keyIsUrl ? [`signed-by=${keyPath}`] : []), ...(r.trusted ? ['trusted=yes'] : [])];
    const line = `deb ${options.length ? `[${options.join(' ')}] ` : ''}${r.uri} ${dist} ${r.components.join(' ')}`.trim();
    const lines: string[] = [];
    // ADD fetches the key at build time; it lands 0600, and apt reads keys as _apt.
    if (keyIsUrl) lines.push(`ADD ${r.key} ${keyPath}`);
    lines.push(...run([...(keyIsUrl ? [`chmod 0644 ${keyPath}`] : []), `echo ${shellQuote(line)} > /etc/apt/sources.list.d/${name}.list`]));
    const extra = r.key && !keyIsUrl ? [`key ${r.key} is not a URL: add it to the keyring by hand (needs review)`] : [];
    return { comments: [...comments([r]), ...extra], lines, origins: [r], copies: keyIsUrl ? [keyPath] : [] };
  });
}

/** apt pins go in before the package layer, or they would not decide what it installs. */
function aptPreferenceBlocks(unit: Unit): Block[] {
  return (unit.aptPreferences ?? []).map((p) => {
    const text = `Package: ${p.glob}\\nPin: ${p.pin}\\nPin-Priority: ${p.priority}\\n`;
    return { comments: comments([p]), lines: run([`printf '%b' ${shellQuote(text)} > ${shellQuote(`/etc/apt/preferences.d/${p.file}`)}`]), origins: [p] };
  });
}

function serviceUserBlock(unit: Unit): Block | undefined {
  if (!unit.catalog || !unit.user || unit.uid === undefined || unit.gid === undefined) return undefined;
  const u = unit.user;
  return {
    comments: [`service user ${u} from catalog/${unit.catalog}.yaml: a fixed id, made before the package so it keeps it`],
    lines: run([
      `groupadd --system --gid ${unit.gid} ${u}`,
      `useradd --system --uid ${unit.uid} --gid ${unit.gid} --home-dir ${shellQuote(unit.home ?? '/nonexistent')} --no-create-home --shell /usr/sbin/nologin ${u}`,
    ]),
  };
}

function accountBlock(unit: Unit): Block | undefined {
  const groups = unit.groups.filter((g) => !(unit.catalog && g.name === unit.user));
  const users = unit.users.filter((u) => !(unit.catalog && u.name === unit.user));
  const cmds = [
    ...groups.map(
      (g) => `(getent group ${shellQuote(g.name)} >/dev/null || groupadd${g.system ? ' --system' : ''}${g.gid !== undefined ? ` --gid ${g.gid}` : ''} ${shellQuote(g.name)})`,
    ),
    ...users.map((u) => {
      const flags = [
        u.system ? '--system' : '',
        u.uid !== undefined ? `--uid ${u.uid}` : '',
        u.group ? `--gid ${shellQuote(u.group)}` : '',
        u.home ? `--home-dir ${shellQuote(u.home)}` : '',
        u.manageHome ? '--create-home' : '--no-create-home',
        `--shell ${shellQuote(u.shell ?? '/usr/sbin/nologin')}`,
      ].filter(Boolean);
      return `(id -u ${shellQuote(u.name)} >/dev/null 2>&1 || useradd ${flags.join(' ')} ${shellQuote(u.name)})`;
    }),
    ...groups.flatMap((g) => g.members.map((m) => `usermod -a -G ${shellQuote(g.name)} ${shellQuote(m)}`)),
  ];
  if (cmds.length === 0) return undefined;
  return { comments: comments([...groups, ...users]), lines: run(cmds), origins: [...groups, ...users] };
}

function directoryBlock(unit: Unit): Block | undefined {
  if (unit.directories.length === 0) return undefined;
  const cmds = unit.directories.flatMap((d) => {
    const p = shellQuote(d.path);
    return [
      `mkdir -p ${p}`,
      ...(d.owner || d.group ? [`chown ${shellQuote(`${d.owner ?? ''}${d.group ? `:${d.group}` : ''}`)} ${p}`] : []),
      ...(d.mode ? [`chmod ${d.mode} ${p}`] : []),
    ];
  });
  return { comments: comments(unit.directories), lines: run(cmds), origins: unit.directories };
}

function linkBlock(unit: Unit): Block | undefined {
  if (unit.links.length === 0) return undefined;
  const dirs = [...new Set(unit.links.map((l) => l.path.slice(0, l.path.lastIndexOf('/')) || '/'))];
  const cmds = [
    ...(dirs.length ? [`mkdir -p ${dirs.map(shellQuote).join(' ')}`] : []),
    ...unit.links.map((l) => `ln -${l.hard ? '' : 's'}fn ${shellQuote(l.to)} ${shellQuote(l.path)}`),
  ];
  return { comments: comments(unit.links), lines: run(cmds), origins: unit.links };
}

function fileBlocks(files: readonly FileSpec[], kind: 'files' | 'config'): Block[] {
  return files.map((f) => {
    const chown = f.owner || f.group ? `--chown=${f.owner ?? 'root'}${f.group ? `:${f.group}` : ''} ` : '';
    const marker = f.content.kind === 'unknown' || (f.content.kind === 'rendered' && !f.content.complete) ? [`${f.path}: parts unknown to decant are marked in the file: review`] : [];
    const src = contextPath(kind, f.path);
    // A space would split the words of the plain form; the JSON form keeps each path whole.
    const args = /\s|["\\]/.test(f.path) ? JSON.stringify([src, f.path]) : `${src} ${f.path}`;
    return { comments: [originComment(f), ...marker], lines: [`COPY ${chown}${args}`], origins: [f], copies: [f.path] };
  });
}

function guarded(step: BuildStep, command: string): string {
  let cmd = command;
  for (const c of step.conditions) cmd = c.when === 'unless' ? `if ! ${c.command}; then ${cmd}; fi` : `if ${c.command}; then ${cmd}; fi`;
  return cmd;
}

/** Single-line commands stay inline for the reviewer; scripts go into the context and run from there. */
function stepBlocks(unit: Unit, contextFiles: OutputFile[]): Block[] {
  return unit.buildSteps.map((s, i) => {
    const lines: string[] = [];
    const envPrefix = Object.keys(s.env)
      .sort()
      .map((k) => `${k}=${shellQuote(s.env[k]!)} `)
      .join('');
    let command: string;
    if (s.command.includes('\n')) {
      const script = contextPath('scripts', `step-${String(i + 1).padStart(2, '0')}.sh`);
      contextFiles.push({ path: script, text: `#!/bin/bash\nset -e\n${s.command.endsWith('\n') ? s.command : `${s.command}\n`}`, mode: 0o755 });
      lines.push(`COPY ${script} /tmp/decant/${script}`);
      command = `${envPrefix}bash /tmp/decant/${script}`;
    } else {
      command = `${envPrefix}${s.command}`;
    }
    // su rather than USER: switching back would leave a `USER root` that reads as the image's final user.
    if (s.user) command = `su -s /bin/bash -c ${shellQuote(command)} ${shellQuote(s.user)}`;
    if (s.cwd) lines.push(`WORKDIR ${s.cwd}`);
    lines.push(`RUN ${guarded(s, command)}${s.command.includes('\n') ? ` && rm -f /tmp/decant/${contextPath('scripts', `step-${String(i + 1).padStart(2, '0')}.sh`)}` : ''}`);
    if (s.cwd) lines.push('WORKDIR /');
    return { comments: [originComment(s)], lines, origins: [s] };
  });
}

function contextFileFor(f: FileSpec, kind: 'files' | 'config'): OutputFile {
  const mode = f.mode ? parseInt(f.mode, 8) : 0o644;
  const path = contextPath(kind, f.path);
  switch (f.content.kind) {
    case 'rendered':
    case 'inline':
      return { path, text: f.content.text, mode };
    case 'cookbook-file':
      return { path, copyFrom: f.content.path, mode };
    case 'unknown':
      return { path, text: `# decant: the content of ${f.path} could not be worked out (${f.content.reason}); fill it in\n`, mode };
    default:
      return { path, text: '', mode };
  }
}

function healthLines(unit: Unit): string[] {
  const h = unit.health;
  if (!h) return [];
  const opts = 'HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD';
  switch (h.kind) {
    // No nc or curl in a slim image: bash's /dev/tcp opens the port.
    case 'tcp':
      return [`${opts} ${execForm(['bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${h.port}`])}`];
    case 'http':
      return [`${opts} ${execForm(['bash', '-c', `exec 3<>/dev/tcp/127.0.0.1/${h.port} && printf 'GET ${h.path} HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '^HTTP/1.[01] [23]' <&3`])}`];
    case 'exec':
      return [`${opts} ${execForm([...h.command])}`];
    default:
      return [];
  }
}

/**
 * decant's syslog relay, when the command starts behind it: a file in the
 * context, COPY'd where the command runs it (mode 0755 kept from the
 * context), so the CMD stays one readable line. Its origin is the service
 * whose command it wraps.
 */
function syslogRelayBlock(unit: Unit, contextFiles: OutputFile[]): Block | undefined {
  if (!startsSyslogRelay(unit.command)) return undefined;
  const src = contextPath('scripts', SYSLOG_RELAY_PATH);
  contextFiles.push({ path: src, text: syslogRelayScript(), mode: 0o755 });
  const origins = unit.origin ? [unit.origin] : [];
  return {
    comments: [...comments(origins), "decant's syslog relay, which the command starts: it prints what the daemon sends to /dev/log on the container's stderr"],
    lines: [`COPY ${src} ${SYSLOG_RELAY_PATH}`],
    origins,
    copies: [SYSLOG_RELAY_PATH],
  };
}

/**
 * The view-model of one unit's Dockerfile, and the build-context files it
 * COPYs. Order follows the image's cache: what changes least comes first,
 * config last so a config change rebuilds one layer.
 */
/**
 * No command known: `decant build` reads it from the package's systemd unit,
 * which the label names (the unit's own name is often not the service's).
 */
function unknownCommandBlock(unit: Unit): Block {
  const service = /^service\[(.+)\]$/.exec(unit.origin?.resource ?? '')?.[1];
  return {
    comments: ['decant does not know this service\'s command: set it in plan.yaml (needs review)'],
    lines: [...(service ? [`LABEL ${SYSTEMD_SERVICE_LABEL}=${JSON.stringify(service)}`] : []), 'CMD ["/bin/false"]'],
    ...(service ? { systemdService: service } : {}),
  };
}

export function dockerfileView(app: App, unit: Unit): { view: DockerfileView; contextFiles: OutputFile[]; imageData: ImageData } {
  const contextFiles: OutputFile[] = [];
  const images = unit.files.filter((f) => !f.config);
  const configs = unit.files.filter((f) => f.config);
  for (const f of images) contextFiles.push(contextFileFor(f, 'files'));
  for (const f of configs) contextFiles.push(contextFileFor(f, 'config'));
  const placed = placeConfigs(configs, unit.buildSteps);
  const imagePlaced = placeImageFiles(images, unit.links, unit.buildSteps, convergeOrder(app.decisions));
  const needsPipefail = unit.buildSteps.some((s) => /[^|]\|[^|]/.test(s.command));
  const blocks: (Block | undefined)[] = [
    ...(needsPipefail ? [{ comments: ['build steps use pipes: fail when any part of a pipe fails'], lines: ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]'] }] : []),
    { comments: ['OCI labels from metadata.rb'], lines: labelLines(app, unit) },
    ...repositoryBlocks(unit, app.platform),
    ...aptPreferenceBlocks(unit),
    serviceUserBlock(unit),
    packageBlock(unit),
    accountBlock(unit),
    directoryBlock(unit),
    ...fileBlocks(imagePlaced.first, 'files'),
    linkBlock(unit),
    ...fileBlocks(imagePlaced.afterLinks, 'files'),
    ...stepBlocks(unit, contextFiles).flatMap((block, i) => [...fileBlocks(placed.before.get(i) ?? [], 'config'), block, ...fileBlocks(imagePlaced.afterStep.get(i) ?? [], 'files')]),
    ...fileBlocks(placed.last, 'config'),
    ...(Object.keys(unit.env).length
      ? [{ comments: ['environment the service expects'], lines: Object.keys(unit.env).sort().map((k) => `ENV ${k}=${JSON.stringify(unit.env[k])}`) }]
      : []),
    unit.user
      ? { comments: [`runs as ${unit.user}`], lines: [`USER ${unit.uid !== undefined ? `${unit.uid}:${unit.gid ?? unit.uid}` : unit.user}`] }
      : undefined,
    unit.ports.length ? { comments: ['ports the service listens on'], lines: [`EXPOSE ${unit.ports.map((p) => `${p.port}${p.protocol === 'UDP' ? '/udp' : ''}`).join(' ')}`] } : undefined,
    unit.health ? { comments: ['health check'], lines: healthLines(unit), health: unit.health } : undefined,
    syslogRelayBlock(unit, contextFiles),
    unit.command.length
      ? { comments: [unit.origin ? `command of ${unit.origin.resource}` : 'command'], lines: [`CMD ${execForm(unit.command)}`] }
      : unknownCommandBlock(unit),
  ];
  const header = [
    `decant: image ${unit.image} for ${app.name} (${app.runList.join(', ')})`,
    'Generated from the cookbook: edit the cookbook or plan.yaml and convert again, not this file.',
  ];
  const written = blocks.filter((b): b is Block => b !== undefined).map((b) => {
    const safe = lineSafeBlock(b);
    // A block left out for a line break writes no instruction: image.json says nothing of it either.
    return safe.lines.length === b.lines.length ? { ...b, ...safe } : safe;
  });
  const view: DockerfileView = { header: header.map(escapeComment), baseImage: unit.baseImage, blocks: written.map((b) => ({ comments: b.comments, lines: b.lines })) };
  const runtime = runtimeWork(unit);
  return { view, contextFiles, imageData: { ...imageDataOf(view.header.length, written), ...imagePorts(unit), ...imageCapabilities(unit), ...(unit.network?.subnets.length ? { subnets: [...unit.network.subnets] } : {}), ...imageLogs(unit), ...(runtime ? { runtime } : {}) } };
}

/** Where the service logs, for verify's log check; nothing when the plan knows of no log, so such image.json files stay as they were. */
function imageLogs(unit: Unit): Pick<ImageData, 'logs'> {
  const requests = unit.logs.some((l) => l.requests === true);
  const files = unit.logsElsewhere?.files ?? [];
  const syslog = unit.logsElsewhere?.syslog ?? [];
  const requestLog = unit.requestLog ? { requestLog: { ask: unit.requestLog.ask, trace: unit.requestLog.trace } } : {};
  if (!requests && !files.length && !syslog.length && !unit.requestLog) return {};
  return { logs: { requests, files, syslog, ...requestLog } };
}

/** The unit's ports as verify checks them; nothing for a unit without ports, so such image.json files stay as they were. */
function imagePorts(unit: Unit): Pick<ImageData, 'ports'> {
  if (unit.ports.length === 0) return {};
  return { ports: unit.ports.map((p) => ({ port: p.port, protocol: p.protocol, ...(p.speaks ? { speaks: p.speaks } : {}) })) };
}

/** What a root service keeps beyond the runtime's defaults, as the manifests add it: verify runs the container with it. */
function imageCapabilities(unit: Unit): Pick<ImageData, 'capabilities'> {
  return !unit.runAsNonRoot && unit.capabilities.length ? { capabilities: [...unit.capabilities] } : {};
}

/**
 * image.json for the Dockerfile that templates/Dockerfile.hbs prints from
 * these blocks: the header comments, FROM, then each block after a blank
 * line, its comments, then its lines (a line ending in `\` continues the
 * instruction). test/emit/image-data.test.ts checks every golden Dockerfile
 * against it.
 */
function imageDataOf(headerLines: number, blocks: readonly Block[]): ImageData {
  let line = headerLines + 1;
  const steps: ImageStep[] = [{ line, instruction: 'FROM', origins: [] }];
  const files = new Set<string>();
  let health: HealthCheck | undefined;
  let systemdService: string | undefined;
  for (const b of blocks) {
    line += 1 + b.comments.length;
    const origins = uniqueOrigins(b.origins ?? []).map(stepOrigin);
    b.lines.forEach((text, i) => {
      line++;
      if (i === 0 || !b.lines[i - 1]!.endsWith('\\')) steps.push({ line, instruction: text.split(' ')[0]!, origins });
    });
    for (const c of b.copies ?? []) files.add(c);
    health ??= b.health;
    systemdService ??= b.systemdService;
  }
  return {
    version: IMAGE_DATA_VERSION,
    files: [...files].sort(),
    steps,
    ...(health ? { health } : {}),
    ...(systemdService !== undefined ? { systemdService } : {}),
  };
}
