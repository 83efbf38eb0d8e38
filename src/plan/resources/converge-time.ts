import type { ResourceHandler } from './handler.js';
import { warning } from '../../diagnostics/create.js';

/**
 * Types that run code inside chef-client at converge time, or fetch what only
 * the Chef server has: there is nothing to carry into an image without
 * knowing what the code does, so each is unsupported with the reason.
 */
const REASONS: Record<string, string> = {
  ruby_block: 'runs Ruby inside chef-client at converge time; what it does must be redone by hand (a build step or start-up script)',
  remote_directory: 'copies a cookbook folder whose files decant does not list per resource; copy it with a COPY by hand',
  http_request: 'calls an HTTP endpoint while Chef converges; run it as a Job if it is still needed',
  chef_vault_secret: 'secrets from Chef Vault: provide them as a Kubernetes Secret',
  breakpoint: 'a chef-shell breakpoint',
  whyrun_safe_ruby_block: 'runs Ruby inside chef-client at converge time',
};

export const convergeTimeHandler: ResourceHandler = {
  types: Object.keys(REASONS).sort(),
  describe: (t) => ({ classes: ['unsupported'], reason: REASONS[t] ?? 'runs at converge time' }),
  classify(r) {
    const reason = REASONS[r.type] ?? 'runs at converge time';
    return { class: 'unsupported', reason, diagnostics: [warning('DEC0501', `${r.type}: ${reason}`, r.source)] };
  },
};
