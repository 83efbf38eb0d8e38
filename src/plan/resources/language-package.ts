import type { Resource } from '../../model/converge.js';
import { originOf } from '../origin.js';
import { displayName, str } from '../property-values.js';
import { shellQuote } from './file.js';
import type { Classified, ResourceHandler } from './handler.js';

interface Installer {
  readonly system: readonly string[];
  readonly command: (name: string, version: string | undefined) => string;
}

/** Distribution packages that bring each installer, and how it installs one package, pinned when asked. */
const INSTALLERS: Record<string, Installer> = {
  gem_package: {
    system: ['ruby'],
    command: (n, v) => `gem install --no-document ${shellQuote(n)}${v ? ` -v ${shellQuote(v)}` : ''}`,
  },
  // Debian 12's pip refuses system-wide installs unless told; the variable is ignored by older pips.
  python_pip: {
    system: ['python3-pip'],
    command: (n, v) => `PIP_BREAK_SYSTEM_PACKAGES=1 pip3 install --no-cache-dir ${shellQuote(v ? `${n}==${v}` : n)}`,
  },
  pip_package: {
    system: ['python3-pip'],
    command: (n, v) => `PIP_BREAK_SYSTEM_PACKAGES=1 pip3 install --no-cache-dir ${shellQuote(v ? `${n}==${v}` : n)}`,
  },
  npm_package: {
    system: ['npm'],
    command: (n, v) => `npm install -g ${shellQuote(v ? `${n}@${v}` : n)} && npm cache clean --force`,
  },
};

/** Language packages (gems, pip, npm) are installed while the image builds, after the system packages. */
export const languagePackageHandler: ResourceHandler = {
  types: Object.keys(INSTALLERS).sort(),
  describe: (t) => ({ classes: ['image'], reason: `installed while the image builds (${INSTALLERS[t]?.system.join(', ') ?? 'its installer'} in the package layer)` }),
  classify(r: Resource): Classified {
    const installer = INSTALLERS[r.type]!;
    if (r.actions.some((a) => a === 'remove' || a === 'purge' || a === 'uninstall')) {
      return { class: 'image', reason: 'removed: a fresh image does not have it' };
    }
    const name = str(r.properties['package_name']) ?? displayName(r.name);
    const version = str(r.properties['version']);
    const origin = originOf(r);
    return {
      class: 'image',
      reason: `installed while the image builds${version ? `, version ${version} as the cookbook pins it` : ''}`,
      contribution: {
        packages: installer.system.map((p) => ({ ...origin, name: p })),
        buildSteps: [{ ...origin, command: installer.command(name, version), env: {}, conditions: [] }],
      },
    };
  },
};
