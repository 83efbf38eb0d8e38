/**
 * ChefUtils::Dist: the product and program names Chef Infra 18 ships in chef-utils (lib/chef-utils/dist.rb),
 * which cookbooks read to name paths and commands (`/etc/#{ChefUtils::Dist::Infra::DIR_SUFFIX}`,
 * `#{ChefUtils::Dist::Infra::CLIENT} -z`). Values of the upstream distribution, not Cinc's.
 */
import { defineModule } from '../interpreter/define-module.js';
import type { InterpreterApi } from '../interpreter/runtime.js';

const DIST: Readonly<Record<string, Readonly<Record<string, string | boolean>>>> = {
  Apply: { PRODUCT: 'Chef Infra Apply', EXEC: 'chef-apply' },
  Automate: { PRODUCT: 'Chef Automate' },
  Cli: { PRODUCT: 'Chef CLI', GEM: 'chef-cli' },
  Habitat: { PRODUCT: 'Chef Habitat', SHORT: 'habitat', EXEC: 'hab' },
  Infra: {
    PRODUCT: 'Chef Infra Client', SHORT: 'chef', CLIENT: 'chef-client', EXEC: 'chef', SHELL: 'chef-shell',
    SHELL_CONF: 'chef_shell.rb', USER_CONF_DIR: '.chef', DIR_SUFFIX: 'chef', GEM: 'chef',
  },
  Inspec: { PRODUCT: 'Chef InSpec', EXEC: 'inspec' },
  Org: {
    WEBSITE: 'https://chef.io', DOWNLOADS_URL: 'chef.io/downloads', LEGACY_CONF_DIR: 'opscode', ENFORCE_LICENSE: true,
    PATENTS: 'https://www.chef.io/patents', KNIFE_DOCS: 'https://docs.chef.io/workstation/knife/', PRODUCT: 'Chef Infra',
  },
  Server: {
    PRODUCT: 'Chef Infra Server', CONF_DIR: '/etc/chef-server', SERVER: 'chef-server', SERVER_CTL: 'chef-server-ctl',
    SERVER_DOCS: 'https://docs.chef.io/server/', SYSTEM_USER: 'opscode',
  },
  Solo: { PRODUCT: 'Chef Infra Solo', EXEC: 'chef-solo' },
  Workstation: { PRODUCT: 'Chef Workstation', DIR_SUFFIX: 'chef-workstation', DOCS: 'https://docs.chef.io/workstation/' },
  Zero: { PRODUCT: 'Chef Infra Zero', EXEC: 'chef-zero' },
};

export function registerChefUtilsDist(interp: InterpreterApi): void {
  // ChefUtils and ChefUtils::Dist are modules; the products under them are classes.
  defineModule(interp, 'ChefUtils::Dist');
  for (const [cls, constants] of Object.entries(DIST)) {
    const mod = defineModule(interp, `ChefUtils::Dist::${cls}`, true);
    for (const [k, v] of Object.entries(constants)) mod.constants.set(k, v);
  }
}
