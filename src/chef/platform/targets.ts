/**
 * Named target platforms: the facts a recipe branches on and the ohai values
 * cookbooks commonly read, with container-neutral choices explained in
 * README.md beside this file.
 */
import type { PlatformFacts } from '../../model/converge.js';
import { RArray, RHash, type RubyValue } from '../values.js';

export interface PlatformTarget {
  facts: PlatformFacts;
  /**
   * The base image's configured environment (its image config's Env): what a
   * process in the image sees, so what ENV reads there. Every official image
   * of these targets sets Docker's default PATH and nothing else.
   */
  imageEnvironment: Readonly<Record<string, string>>;
  /** Ohai's values for the `automatic` level, string keys. A fresh copy per call. */
  automatic: RHash;
  /** What useradd gives a user created without `-d`/`-s` (the image's /etc/default/useradd): Chef's user resource passes them only when set. */
  useradd: UseraddDefaults;
}

export interface UseraddDefaults {
  /** HOME: the new user's home is this folder plus the user's name. */
  readonly homeBase: string;
  readonly shell: string;
}

interface Distribution {
  readonly platform: string;
  readonly family: string;
  /** As ohai reports it: Debian's /etc/debian_version point release, Ubuntu's os-release VERSION_ID, Rocky's redhat-release. */
  readonly version: string;
  readonly baseImage: string;
  readonly kernelRelease: string;
  readonly lsb: { id: string; codename: string; release: string; description: string };
  /** /etc/os-release as Ohai's os_release plugin reads it: keys lowercased, ID_LIKE split into a list. */
  readonly osRelease: Readonly<Record<string, string | string[]>>;
  readonly shells: readonly string[];
  readonly useradd: UseraddDefaults;
}

const DEBIAN_SHELLS = ['/bin/sh', '/usr/bin/sh', '/bin/bash', '/usr/bin/bash', '/bin/dash', '/usr/bin/dash'];
const RHEL_SHELLS = ['/bin/sh', '/bin/bash', '/usr/bin/sh', '/usr/bin/bash'];
// `useradd -D` in debian:bookworm-slim (and the Ubuntu bases): HOME=/home, SHELL=/bin/sh; Rocky's shadow-utils sets SHELL=/bin/bash.
const DEBIAN_USERADD: UseraddDefaults = { homeBase: '/home', shell: '/bin/sh' };
const RHEL_USERADD: UseraddDefaults = { homeBase: '/home', shell: '/bin/bash' };

const DISTRIBUTIONS: Readonly<Record<string, Distribution>> = {
  'debian-12': {
    platform: 'debian',
    family: 'debian',
    version: '12.7',
    baseImage: 'debian:bookworm-slim',
    kernelRelease: '6.1.0-25-amd64',
    lsb: { id: 'Debian', codename: 'bookworm', release: '12', description: 'Debian GNU/Linux 12 (bookworm)' },
    osRelease: {
      pretty_name: 'Debian GNU/Linux 12 (bookworm)', name: 'Debian GNU/Linux', version_id: '12', version: '12 (bookworm)',
      version_codename: 'bookworm', id: 'debian', home_url: 'https://www.debian.org/', support_url: 'https://www.debian.org/support',
      bug_report_url: 'https://bugs.debian.org/',
    },
    shells: DEBIAN_SHELLS,
    useradd: DEBIAN_USERADD,
  },
  'debian-11': {
    platform: 'debian',
    family: 'debian',
    version: '11.11',
    baseImage: 'debian:bullseye-slim',
    kernelRelease: '5.10.0-32-amd64',
    lsb: { id: 'Debian', codename: 'bullseye', release: '11', description: 'Debian GNU/Linux 11 (bullseye)' },
    osRelease: {
      pretty_name: 'Debian GNU/Linux 11 (bullseye)', name: 'Debian GNU/Linux', version_id: '11', version: '11 (bullseye)',
      version_codename: 'bullseye', id: 'debian', home_url: 'https://www.debian.org/', support_url: 'https://www.debian.org/support',
      bug_report_url: 'https://bugs.debian.org/',
    },
    shells: DEBIAN_SHELLS,
    useradd: DEBIAN_USERADD,
  },
  'ubuntu-20.04': {
    platform: 'ubuntu',
    family: 'debian',
    version: '20.04',
    baseImage: 'ubuntu:20.04',
    kernelRelease: '5.4.0-196-generic',
    lsb: { id: 'Ubuntu', codename: 'focal', release: '20.04', description: 'Ubuntu 20.04.6 LTS' },
    osRelease: {
      pretty_name: 'Ubuntu 20.04.6 LTS', name: 'Ubuntu', version_id: '20.04', version: '20.04.6 LTS (Focal Fossa)', version_codename: 'focal',
      id: 'ubuntu', id_like: ['debian'], ubuntu_codename: 'focal', home_url: 'https://www.ubuntu.com/',
      support_url: 'https://help.ubuntu.com/', bug_report_url: 'https://bugs.launchpad.net/ubuntu/',
    },
    shells: DEBIAN_SHELLS,
    useradd: DEBIAN_USERADD,
  },
  'ubuntu-22.04': {
    platform: 'ubuntu',
    family: 'debian',
    version: '22.04',
    baseImage: 'ubuntu:22.04',
    kernelRelease: '5.15.0-122-generic',
    lsb: { id: 'Ubuntu', codename: 'jammy', release: '22.04', description: 'Ubuntu 22.04.5 LTS' },
    osRelease: {
      pretty_name: 'Ubuntu 22.04.5 LTS', name: 'Ubuntu', version_id: '22.04', version: '22.04.5 LTS (Jammy Jellyfish)', version_codename: 'jammy',
      id: 'ubuntu', id_like: ['debian'], ubuntu_codename: 'jammy', home_url: 'https://www.ubuntu.com/',
      support_url: 'https://help.ubuntu.com/', bug_report_url: 'https://bugs.launchpad.net/ubuntu/',
    },
    shells: DEBIAN_SHELLS,
    useradd: DEBIAN_USERADD,
  },
  'ubuntu-24.04': {
    platform: 'ubuntu',
    family: 'debian',
    version: '24.04',
    baseImage: 'ubuntu:24.04',
    kernelRelease: '6.8.0-45-generic',
    lsb: { id: 'Ubuntu', codename: 'noble', release: '24.04', description: 'Ubuntu 24.04.1 LTS' },
    osRelease: {
      pretty_name: 'Ubuntu 24.04.1 LTS', name: 'Ubuntu', version_id: '24.04', version: '24.04.1 LTS (Noble Numbat)', version_codename: 'noble',
      id: 'ubuntu', id_like: ['debian'], ubuntu_codename: 'noble', home_url: 'https://www.ubuntu.com/',
      support_url: 'https://help.ubuntu.com/', bug_report_url: 'https://bugs.launchpad.net/ubuntu/',
    },
    shells: DEBIAN_SHELLS,
    useradd: DEBIAN_USERADD,
  },
  'rocky-9': {
    platform: 'rocky',
    family: 'rhel',
    version: '9.4',
    baseImage: 'rockylinux:9',
    kernelRelease: '5.14.0-427.13.1.el9_4.x86_64',
    lsb: { id: 'Rocky', codename: 'BlueOnyx', release: '9.4', description: 'Rocky Linux release 9.4 (Blue Onyx)' },
    osRelease: {
      name: 'Rocky Linux', version: '9.4 (Blue Onyx)', id: 'rocky', id_like: ['rhel', 'centos', 'fedora'], version_id: '9.4',
      platform_id: 'platform:el9', pretty_name: 'Rocky Linux 9.4 (Blue Onyx)', home_url: 'https://rockylinux.org/',
    },
    shells: RHEL_SHELLS,
    useradd: RHEL_USERADD,
  },
};

// `docker image inspect debian:bookworm-slim` (and the other bases): Config.Env.
const IMAGE_ENVIRONMENT: Readonly<Record<string, string>> = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' };

/** Target ids decant knows; the first is the default. */
export const PLATFORM_IDS: readonly string[] = Object.keys(DISTRIBUTIONS);

export function platformTarget(id: string): PlatformTarget | undefined {
  const d = Object.prototype.hasOwnProperty.call(DISTRIBUTIONS, id) ? DISTRIBUTIONS[id] : undefined;
  if (!d) return undefined;
  return {
    facts: { id, platform: d.platform, platformFamily: d.family, platformVersion: d.version, baseImage: d.baseImage },
    imageEnvironment: IMAGE_ENVIRONMENT,
    automatic: toRuby(ohai(d)) as RHash,
    useradd: d.useradd,
  };
}

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Loopback and the pod address; see README.md for why eth0 carries 0.0.0.0. */
const IPADDRESS = '0.0.0.0';
const MACADDRESS = '02:42:ac:11:00:02';

function ohai(d: Distribution): Plain {
  return {
    platform: d.platform,
    platform_family: d.family,
    platform_version: d.version,
    os: 'linux',
    os_version: d.kernelRelease,
    kernel: {
      name: 'Linux',
      release: d.kernelRelease,
      version: '#1 SMP',
      machine: 'x86_64',
      processor: 'x86_64',
      os: 'GNU/Linux',
      modules: {},
    },
    hostname: 'localhost',
    machinename: 'localhost',
    fqdn: 'localhost',
    domain: null,
    ipaddress: IPADDRESS,
    macaddress: MACADDRESS,
    ip6address: null,
    network: {
      default_interface: 'eth0',
      default_gateway: '0.0.0.0',
      interfaces: {
        lo: {
          encapsulation: 'Loopback',
          addresses: {
            '127.0.0.1': { family: 'inet', prefixlen: '8', netmask: '255.0.0.0', scope: 'Node' },
          },
          state: 'unknown',
          flags: ['LOOPBACK', 'UP', 'LOWER_UP'],
          mtu: '65536',
        },
        eth0: {
          type: 'eth',
          number: '0',
          encapsulation: 'Ethernet',
          addresses: {
            [IPADDRESS]: { family: 'inet', prefixlen: '0', netmask: '0.0.0.0', scope: 'Global' },
            [MACADDRESS.toUpperCase()]: { family: 'lladdr' },
          },
          state: 'up',
          flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'],
          mtu: '1500',
        },
      },
    },
    cpu: { total: 2, real: 1, cores: 2 },
    memory: { total: '4194304kB', free: '4194304kB', swap: { total: '0kB', free: '0kB' } },
    init_package: 'systemd',
    virtualization: { system: 'docker', role: 'guest', systems: { docker: 'guest' } },
    lsb: { ...d.lsb },
    os_release: { ...d.osRelease },
    languages: {
      ruby: {
        version: '3.1.6',
        platform: 'x86_64-linux',
        bin_dir: '/opt/chef/embedded/bin',
        ruby_bin: '/opt/chef/embedded/bin/ruby',
        gem_bin: '/opt/chef/embedded/bin/gem',
      },
    },
    current_user: 'root',
    root_group: 'root',
    shells: [...d.shells],
    packages: {},
  };
}

function toRuby(value: Plain): RubyValue {
  if (Array.isArray(value)) return new RArray(value.map(toRuby));
  if (value !== null && typeof value === 'object') {
    const h = new RHash();
    for (const [k, v] of Object.entries(value)) h.set(k, toRuby(v));
    return h;
  }
  return value;
}
