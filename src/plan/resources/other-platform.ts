import type { ResourceClass } from '../../model/plan.js';
import { warning } from '../../diagnostics/create.js';
import type { ResourceHandler } from './handler.js';

const WINDOWS = [
  'batch', 'cab_package', 'chocolatey_config', 'chocolatey_feature', 'chocolatey_installer', 'chocolatey_package',
  'chocolatey_source', 'dsc_resource', 'dsc_script', 'env', 'msu_package', 'powershell_package',
  'powershell_package_source', 'powershell_script', 'registry_key', 'windows_ad_join', 'windows_audit_policy',
  'windows_auto_run', 'windows_certificate', 'windows_defender', 'windows_defender_exclusion', 'windows_dfs_folder',
  'windows_dfs_namespace', 'windows_dfs_server', 'windows_dns_record', 'windows_dns_zone', 'windows_env',
  'windows_feature', 'windows_feature_dism', 'windows_feature_powershell', 'windows_firewall_profile',
  'windows_firewall_rule', 'windows_font', 'windows_package', 'windows_pagefile', 'windows_path', 'windows_printer',
  'windows_printer_port', 'windows_security_policy', 'windows_service', 'windows_share', 'windows_shortcut',
  'windows_task', 'windows_uac', 'windows_update_settings', 'windows_user', 'windows_user_privilege', 'windows_workgroup',
];
const MACOS = [
  'dmg_package', 'homebrew_cask', 'homebrew_package', 'homebrew_tap', 'homebrew_update', 'launchd', 'mac_os_x_userdefaults',
  'mac_user', 'macos_pkg', 'macos_userdefaults', 'macports_package', 'osx_config_profile', 'osx_profile', 'plist',
];
const OTHER_UNIX: Record<string, string> = {
  aix_user: 'AIX', bff_package: 'AIX', freebsd_package: 'FreeBSD', pw_user: 'FreeBSD', ips_package: 'Solaris',
  solaris_package: 'Solaris', solaris_user: 'Solaris', smartos_package: 'SmartOS', openbsd_package: 'OpenBSD',
  pacman_package: 'Arch Linux', paludis_package: 'Exherbo', portage_package: 'Gentoo', zypper_package: 'SUSE',
  zypper_repository: 'SUSE', zypper_repo: 'SUSE',
};

interface Decision {
  readonly class: ResourceClass;
  readonly reason: string;
}

/**
 * Resources for another operating system. Windows and macOS ones act on a
 * machine a Linux container is not, so they are dropped like host-level
 * ones (a run for a Linux platform declares them only when a platform guard
 * is missing). Another Unix's package manager or user tool may have been
 * meant for this image too, so it stays in front of a person: the package
 * must be named for the image's own manager.
 */
function decisionFor(type: string): Decision {
  if (WINDOWS.includes(type)) return { class: 'host', reason: 'Windows only: a Linux container has nothing it acts on' };
  if (MACOS.includes(type)) return { class: 'host', reason: 'macOS only: a Linux container has nothing it acts on' };
  const os = OTHER_UNIX[type] ?? 'another operating system';
  return { class: 'unsupported', reason: `${os} only: the image's own package manager or user tool does not read it; declare it with package/user for the target platform` };
}

export const otherPlatformHandler: ResourceHandler = {
  types: [...WINDOWS, ...MACOS, ...Object.keys(OTHER_UNIX)].sort(),
  describe: (t) => {
    const d = decisionFor(t);
    return { classes: [d.class], reason: d.reason };
  },
  classify(r) {
    const d = decisionFor(r.type);
    return d.class === 'unsupported' ? { ...d, diagnostics: [warning('DEC0501', `${r.type}: ${d.reason}`, r.source)] } : d;
  },
};
