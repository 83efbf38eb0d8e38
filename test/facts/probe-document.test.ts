/** The probe's JSON document read into a resolution and facts, on a small hand-made document. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { platformArchive } from '../../src/engine/package-facts/platform-archives.js';
import { ProbeFailure, readProbeDocument, readProbeOutput } from '../../src/engine/package-facts/probe-document.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const archive = platformArchive('debian-12')!;
const madison = (name: string, version: string) => ` ${name} | ${version} | http://deb.debian.org/debian bookworm/main amd64 Packages`;

const doc = {
  format: 'decant-probe/1',
  architecture: 'amd64',
  mergedUsr: true,
  base: b64('bash\t5.2.15-2+b7\ndpkg\t1.21.22\n'),
  requests: [
    { name: b64('tini'), version: '', status: 'ok', chosen: '0.19.0-1', madison: b64(madison('tini', '0.19.0-1')) },
    { name: b64('bash'), version: '', status: 'ok', chosen: '5.2.15-2+b7', madison: b64(madison('bash', '5.2.15-2+b7')) },
    { name: b64('tinny'), version: '', status: 'missing', chosen: '', madison: '' },
    { name: b64('netbase'), version: b64('9.*'), status: 'no-version', chosen: '', madison: b64(madison('netbase', '6.4')) },
  ],
  pkgnames: gzipSync('tini\ntinc\nzsh\n').toString('base64'),
  simulate: { code: 0, output: b64('Inst tini (0.19.0-1 Debian:12.7/stable [amd64])\nConf tini (0.19.0-1 Debian:12.7/stable [amd64])\n') },
  madison: b64(madison('tini', '0.19.0-1')),
  packages: [
    {
      name: 'tini',
      control: b64('Package: tini\nVersion: 0.19.0-1\nArchitecture: amd64\nDepends: libc6 (>= 2.34)\n'),
      listing: b64([
        'drwxr-xr-x root/root 0 2021-01-01 00:00 ./',
        'drwxr-xr-x root/root 0 2021-01-01 00:00 ./usr/',
        'drwxr-xr-x root/root 0 2021-01-01 00:00 ./usr/bin/',
        '-rwxr-xr-x root/root 24000 2021-01-01 00:00 ./usr/bin/tini',
        'drwxr-xr-x root/root 0 2021-01-01 00:00 ./usr/share/doc/tini/',
        '-rw-r--r-- root/root 1000 2021-01-01 00:00 ./usr/share/doc/tini/changelog.gz',
        '-rw-r--r-- root/root 1000 2021-01-01 00:00 ./usr/share/doc/tini/copyright',
      ].join('\n')),
      scripts: {},
      texts: [],
    },
  ],
};

describe('probe document', () => {
  it('reads resolution, missing names with near names, missing versions and facts', () => {
    const { resolution, facts } = readProbeDocument(readProbeOutput(`apt noise\n${JSON.stringify(doc)}\n`), archive, 'digest');
    expect(resolution.packages).toEqual([
      { name: 'bash', version: '5.2.15-2+b7', architecture: 'amd64', source: 'http://deb.debian.org/debian bookworm/main', requested: true, inBase: true },
      { name: 'tini', version: '0.19.0-1', architecture: 'amd64', source: 'http://deb.debian.org/debian bookworm/main', requested: true, inBase: false },
    ]);
    expect(resolution.missing).toEqual([{ name: 'tinny', nearNames: ['tinc', 'tini'] }]);
    expect(resolution.missingVersions).toEqual([{ name: 'netbase', version: '9.*', available: ['6.4'] }]);
    expect(resolution.requests).toEqual([{ name: 'tini' }, { name: 'bash' }, { name: 'tinny' }, { name: 'netbase', version: '9.*' }]);
    expect(resolution.basePackages).toEqual([{ name: 'bash', version: '5.2.15-2+b7' }, { name: 'dpkg', version: '1.21.22' }]);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ name: 'tini', files: ['/usr/bin/tini', '/usr/share/doc/tini/copyright'], binaries: ['/usr/bin/tini'], depends: [['libc6']] });
  });

  it("records the executables the probe found talking to syslog, as fact paths; an older probe's document has none", () => {
    const withSyslog = { ...doc, packages: doc.packages!.map((p) => ({ ...p, syslog: [b64('/usr/bin/tini'), b64('./usr/bin/tini')] })) };
    expect(readProbeDocument(withSyslog, archive, 'digest').facts[0]!.syslogBinaries).toEqual(['/usr/bin/tini']);
    expect(readProbeDocument(doc, archive, 'digest').facts[0]!.syslogBinaries).toEqual([]);
  });

  it("names the requests' first-level Recommends apt installs; one the base image holds is not", () => {
    const withRecommends = {
      ...doc,
      recommended: [
        { of: b64('tini'), name: b64('tini-doc') },
        { of: b64('tini'), name: b64('bash') },
      ],
      simulate: { code: 0, output: b64('Inst tini (0.19.0-1 Debian:12.7/stable [amd64])\nInst tini-doc (0.19.0-1 Debian:12.7/stable [all])\n') },
    };
    const { resolution } = readProbeDocument(withRecommends, archive, 'digest');
    expect(resolution.recommended).toEqual([{ of: 'tini', name: 'tini-doc' }]);
    expect(readProbeDocument(doc, archive, 'digest').resolution.recommended).toBeUndefined();
  });

  it("apt's refusal of the set is the resolution's problem", () => {
    const refused = { ...doc, simulate: { code: 100, output: b64('The following packages have unmet dependencies:\n a : Depends: b but it is not installable\nE: Unable to correct problems, you have held broken packages.\n') }, packages: [] };
    const { resolution } = readProbeDocument(refused, archive, 'digest');
    expect(resolution.problem).toBe('The following packages have unmet dependencies:\n a : Depends: b but it is not installable\nE: Unable to correct problems, you have held broken packages.');
    expect(resolution.packages).toEqual([]);
  });

  it('no document, or a failed apt-get update, is a ProbeFailure', () => {
    expect(() => readProbeOutput('bash: oops')).toThrow(ProbeFailure);
    expect(() => readProbeOutput(JSON.stringify({ format: 'decant-probe/1', error: b64('Temporary failure resolving deb.debian.org') }))).toThrow(/apt-get update failed in the probe:\nTemporary failure/);
  });
});
