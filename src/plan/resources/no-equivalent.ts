import type { ResourceHandler } from './handler.js';
import { warning } from '../../diagnostics/create.js';

/**
 * Types whose work has a container equivalent only a person can choose: each
 * is unsupported with what to do instead.
 */
const REASONS: Record<string, string> = {
  hab_config: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_install: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_package: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_service: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_sup: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_sup_systemd: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_sup_windows: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  hab_user_toml: 'Habitat: build the service from its Habitat plan (hab pkg export container) instead',
  snap_package: 'snaps need snapd, which does not run in a container: install the program from the image\'s archive or its upstream release',
  rpm_package: 'installs a local .rpm file: ship the file and install it in a build step, or name the archive package with `package`',
};

export const noEquivalentHandler: ResourceHandler = {
  types: Object.keys(REASONS).sort(),
  describe: (t) => ({ classes: ['unsupported'], reason: REASONS[t] ?? 'no container equivalent' }),
  classify(r) {
    const reason = REASONS[r.type] ?? 'no container equivalent';
    return { class: 'unsupported', reason, diagnostics: [warning('DEC0501', `${r.type}: ${reason}`, r.source)] };
  },
};
