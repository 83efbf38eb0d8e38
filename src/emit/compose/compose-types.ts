/**
 * The part of the Compose specification (compose-spec.io) decant writes,
 * limited to what Debian 12's docker-compose 1.29 and Compose v2 both carry
 * out; serialised with the yaml package, keys sorted, like the manifests.
 */
export interface ComposeVolumeMount {
  readonly type: 'volume' | 'bind';
  readonly source: string;
  readonly target: string;
  readonly read_only?: true;
  /** Docker copies the image's directory (owner and mode too) into an empty volume at every mount unless told not to. */
  readonly volume?: { readonly nocopy: true };
}

export interface ComposeHealthcheck {
  readonly test: readonly string[];
  readonly interval: string;
  readonly timeout: string;
  readonly retries: number;
  readonly start_period: string;
}

/** What a service waits for of another: started, healthy, or (a one-shot) exited 0. */
export type ComposeCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface ComposeService {
  readonly build: { readonly context: string };
  readonly image: string;
  readonly entrypoint?: readonly string[];
  readonly command?: readonly string[];
  readonly user?: string;
  readonly ports?: readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly extra_hosts?: readonly string[];
  readonly healthcheck?: ComposeHealthcheck;
  readonly volumes?: readonly ComposeVolumeMount[];
  readonly secrets?: readonly { readonly source: string; readonly target: string }[];
  readonly depends_on?: Readonly<Record<string, { readonly condition: ComposeCondition }>>;
  readonly profiles?: readonly string[];
  readonly restart: 'unless-stopped' | 'no';
  /** `service:<first>`: a unit sharing a pod joins the network of the pod's first unit, as containers of one pod do; `none`: a one-shot that needs no network. */
  readonly network_mode?: 'host' | 'none' | `service:${string}`;
  /** The pod's own network and those of the pods the app's NetworkPolicies let it reach (compose-networks.ts). */
  readonly networks?: Readonly<Record<string, { readonly aliases?: readonly string[] }>>;
  readonly cap_drop: readonly string[];
  readonly cap_add?: readonly string[];
  readonly security_opt: readonly string[];
  readonly mem_limit?: string;
  readonly cpus?: number;
  readonly labels: Readonly<Record<string, string>>;
}

export interface ComposeFile {
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, Record<string, never>>>;
  readonly secrets?: Readonly<Record<string, { readonly file: string }>>;
  readonly networks?: Readonly<Record<string, ComposeNetwork>>;
}

/** A network of compose.yaml: empty (Docker's defaults), or one holding given subnets (compose-networks.ts, subnetNetwork). */
export interface ComposeNetwork {
  readonly enable_ipv6?: true;
  readonly ipam?: { readonly config: readonly { readonly subnet: string }[] };
}
