import type { ResourceHandler } from './handler.js';

/**
 * Resource types that configure the host, not a container: dropped, with the
 * reason the report shows. A table, because the answer is data.
 */
const HOST_TYPES: Record<string, string> = {
  sysctl: 'kernel parameters belong to the node (set them on the node or in the pod securityContext.sysctls)',
  sysctl_param: 'kernel parameters belong to the node (set them on the node or in the pod securityContext.sysctls)',
  kernel_module: 'kernel modules are loaded on the node, not in a container',
  mount: 'mounts become volumes in the manifests',
  swap_file: 'swap is the node\'s',
  timezone: 'containers use the node\'s clock; set TZ in the environment if needed',
  ntp: 'containers share the node\'s clock',
  chrony: 'containers share the node\'s clock',
  hostname: 'the pod name is the hostname',
  firewall: 'network access is a NetworkPolicy, not a firewall in the container',
  firewall_rule: 'network access is a NetworkPolicy, not a firewall in the container',
  iptables_rule: 'network access is a NetworkPolicy, not a firewall in the container',
  iptables_ng_rule: 'network access is a NetworkPolicy, not a firewall in the container',
  selinux_state: 'SELinux is enforced by the node',
  selinux_boolean: 'SELinux is enforced by the node',
  selinux_fcontext: 'SELinux is enforced by the node',
  selinux_port: 'SELinux is enforced by the node',
  reboot: 'a container is replaced, not rebooted',
  ohai: 'ohai reloads node facts for Chef itself',
  ohai_hint: 'ohai hints are for Chef itself',
  systemd_unit: 'systemd does not run in the container: the unit\'s command is the container command',
  systemd_resolved_config: 'name resolution is the cluster\'s DNS',
  systemd_journald: 'logs go to stdout/stderr',
  ulimit_domain: 'limits are set by the container runtime',
  user_ulimit: 'limits are set by the container runtime',
  locale: 'set LANG in the environment if needed',
  route: 'routing is the node\'s and the cluster network\'s',
  ifconfig: 'interfaces are the pod network\'s',
  ssh_known_hosts_entry: 'host ssh configuration',
  openssh_server: 'containers are entered with kubectl exec, not ssh',
  chef_client_config: 'Chef does not run in the images',
  chef_client_cron: 'Chef does not run in the images',
  chef_client_systemd_timer: 'Chef does not run in the images',
  chef_client_scheduled_task: 'Chef does not run in the images',
  chef_gem: 'installs into Chef\'s own Ruby, which the images do not have',
  chef_handler: 'Chef does not run in the images',
  chef_sleep: 'Chef does not run in the images',
  notify_group: 'only groups notifications for Chef: the notifications themselves are followed',
  log: 'writes to the chef-client log only',
  apt_update: 'apt-get update is part of the package layer',
  yum_update: 'the package layer refreshes metadata itself',
  homebrew_package: 'macOS only',
  windows_package: 'Windows only',
  windows_service: 'Windows only',
  powershell_script: 'Windows only',
  registry_key: 'Windows only',
};

export const hostLevelHandler: ResourceHandler = {
  types: Object.keys(HOST_TYPES).sort(),
  classify(r) {
    return { class: 'host', reason: HOST_TYPES[r.type] ?? 'host-level' };
  },
};
