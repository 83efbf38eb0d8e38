/** How a unit is reached from outside the cluster and which pods may reach which: the plan's answer, for the manifests, compose and the report. */

/** Why decant believes a unit is reachable from outside the cluster: one rule, and the config line or resource that says so. */
export interface ExposureEvidence {
  readonly reason: string;
  /** `/etc/nginx/sites-available/site:3 (server_name)` or `firewall_rule[http] at recipes/default.rb:12`. */
  readonly where: string;
}

/**
 * How a unit is reached from outside the cluster (src/plan/exposure): HTTP
 * through an Ingress (hosts from the virtual host's names, none when the
 * config names none), other ports through a LoadBalancer Service. A unit
 * with neither stays behind its ClusterIP Service.
 */
export interface UnitExposure {
  readonly unit: string;
  /** One rule per public name (on the virtual host's port), and one for any host per other public HTTP port. */
  readonly ingress?: { readonly rules: readonly { readonly host?: string; readonly path: string; readonly port: number }[] };
  readonly loadBalancer?: { readonly ports: readonly { readonly port: number; readonly protocol: 'TCP' | 'UDP'; readonly name: string }[] };
  readonly evidence: readonly ExposureEvidence[];
}

/** One allow rule of the app's NetworkPolicies, with the reason report.md and report.json show. */
export interface NetworkRule {
  /** The NetworkPolicy's name: unique within the app. */
  readonly name: string;
  readonly kind: 'default-deny' | 'dns-egress' | 'public-ingress' | 'connection';
  /** The unit whose pods receive (public-ingress, connection); absent for app-wide rules. */
  readonly toUnit?: string;
  /** The unit whose pods connect (connection only). */
  readonly fromUnit?: string;
  readonly ports: readonly { readonly port: number; readonly protocol: 'TCP' | 'UDP' }[];
  readonly reason: string;
  readonly where?: string;
}
