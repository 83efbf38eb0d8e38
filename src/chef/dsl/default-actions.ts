/**
 * Chef's default action per resource type (CHEF-SEMANTICS.md "Resources",
 * checked against each resource's documentation page). A type missing here
 * and not a custom resource has no known default: its actions are reported
 * unknown rather than guessed.
 */
const DEFAULTS: Record<string, string> = {
  package: 'install', apt_package: 'install', yum_package: 'install', dnf_package: 'install', gem_package: 'install',
  chef_gem: 'install', dpkg_package: 'install', rpm_package: 'install', snap_package: 'install', zypper_package: 'install',
  pip_package: 'install', homebrew_package: 'install', python_package: 'install',
  service: 'nothing', systemd_unit: 'nothing', runit_service: 'enable', supervisor_service: 'enable',
  template: 'create', file: 'create', cookbook_file: 'create', remote_file: 'create', directory: 'create',
  remote_directory: 'create', link: 'create', user: 'create', group: 'create', cron: 'create', cron_d: 'create',
  apt_repository: 'add', yum_repository: 'create', apt_preference: 'add', ohai_hint: 'create',
  execute: 'run', bash: 'run', script: 'run', ruby_block: 'run', python: 'run', perl: 'run', ruby: 'run', csh: 'run',
  log: 'write', apt_update: 'periodic', git: 'sync', subversion: 'sync', mount: 'mount', sysctl: 'apply', sysctl_param: 'apply',
  http_request: 'get', ohai: 'reload', route: 'add', ifconfig: 'add', hostname: 'set', timezone: 'set', locale: 'update',
  swap_file: 'create', kernel_module: 'install', notify_group: 'nothing', chef_sleep: 'sleep', selinux_state: 'enforcing',
  build_essential: 'install', alternatives: 'install', openssl_x509_certificate: 'create', openssl_rsa_private_key: 'create',
  openssl_dhparam: 'create', ssh_known_hosts_entry: 'create', sudo: 'create', habitat_service: 'load', whyrun_safe_ruby_block: 'run',
  reboot: 'nothing', chef_client_config: 'create', chef_client_systemd_timer: 'add', chef_client_cron: 'add', users_manage: 'create',
  windows_service: 'nothing', launchd: 'create', bff_package: 'install', solaris_package: 'install', freebsd_package: 'install',
  cron_access: 'allow', systemd_unit_file: 'create', mdadm: 'create', registry_key: 'create', breakpoint: 'break', chocolatey_package: 'install',
  file_copy: 'create',
  // Chef 15–18 core resources that sous-chefs cookbooks call directly.
  archive_file: 'extract', user_ulimit: 'create', zypper_repository: 'create', chef_handler: 'enable',
  openssl_ec_private_key: 'create', openssl_ec_public_key: 'create', openssl_rsa_public_key: 'create',
  openssl_x509_request: 'create', openssl_x509_crl: 'create',
  selinux_fcontext: 'manage', selinux_boolean: 'set', selinux_install: 'install', selinux_module: 'create',
  selinux_permissive: 'add', selinux_port: 'manage',
};

export function defaultAction(type: string): string | undefined {
  return DEFAULTS[type];
}

export function isCoreResourceType(type: string): boolean {
  return type in DEFAULTS;
}

/** Types that write one file at their `path` (default: the name). */
export const FILE_TYPES = new Set(['file', 'template', 'cookbook_file', 'remote_file']);
