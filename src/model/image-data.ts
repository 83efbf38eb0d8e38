import type { HealthCheck } from './plan.js';
import type { RequestAsk, RequestTrace } from './unit-logs.js';

/**
 * What `decant build` and `decant verify` need to know about one emitted
 * image, beyond the Dockerfile: emit writes it as `images/<unit>/image.json`
 * next to the Dockerfile (report.json names it per unit), and the engine
 * reads it instead of reading the Dockerfile's text back.
 *
 * One file per image, not a field of report.json: a reviewer diffing a
 * conversion sees an image's data change in the same folder as the
 * Dockerfile change that caused it (and report.json does not churn with
 * Dockerfile line numbers), and the engine reads only the image it builds.
 */
export interface ImageData {
  readonly version: typeof IMAGE_DATA_VERSION;
  /**
   * Where the cookbook's files land in the image (every COPY and ADD
   * destination but decant's own build-step scripts), sorted: verify checks
   * each is there.
   */
  readonly files: readonly string[];
  /** Every Dockerfile instruction in build order, FROM first: the builder's `Step N` is `steps[N - 1]`. */
  readonly steps: readonly ImageStep[];
  /** The HEALTHCHECK the Dockerfile runs, as data: verify asks an HTTP one's port and path. */
  readonly health?: HealthCheck;
  /**
   * The ports the unit declares, with their transport and the protocol each
   * speaks: verify checks that each one listens and answers, and that nothing
   * else listens beyond loopback. Absent in image.json files written before it.
   */
  readonly ports?: readonly ImagePort[];
  /**
   * Capabilities a root service keeps besides NET_BIND_SERVICE (the
   * manifests' `capabilities.add`): verify adds them to its container.
   * Absent when there are none.
   */
  readonly capabilities?: readonly string[];
  /**
   * Work the unit does when its pod starts (issue 16): the script its
   * runtime-files init container runs with the image itself, the files it
   * hands the service (path, and key in the runtime volume), and the Secret
   * keys it reads as variables. verify runs it before the service starts.
   */
  readonly runtime?: {
    readonly script: string;
    readonly files: readonly { readonly path: string; readonly key: string }[];
    readonly secretEnv: readonly string[];
  };
  /**
   * Where the service's logs go, as the plan found them (src/plan/logs):
   * verify checks that they reach the container's output. Absent when the
   * plan knows of no log file, access log or syslog target.
   */
  readonly logs?: ImageLogs;
  /**
   * The subnets the unit's config serves (UnitNetwork): verify runs the
   * container on a network of its own holding them, as the pod would be on
   * the node's network or an attachment there. Absent when there are none.
   */
  readonly subnets?: readonly string[];
  /** Set when decant does not know the command: `decant build` reads it from this systemd service's unit in the image. */
  readonly systemdService?: string;
}

export interface ImageLogs {
  /** An access log is linked to the container's output: a request verify makes must appear there as a line. */
  readonly requests: boolean;
  /** Log files the service keeps inside the container (no link): each fails verify's log check. */
  readonly files: readonly string[];
  /** Config lines that send the log to syslog, which no container reads: each fails verify's log check. */
  readonly syslog: readonly string[];
  /**
   * The command logs each request or connection it serves to the output (an
   * option of catalog/logs/request-options.yaml): verify makes a request as
   * `ask` says and looks for its trace in the output.
   */
  readonly requestLog?: { readonly ask: RequestAsk; readonly trace: RequestTrace };
}

export interface ImagePort {
  readonly port: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly speaks?: string;
}

export interface ImageStep {
  /** 1-based line of the Dockerfile where the instruction starts. */
  readonly line: number;
  /** Its keyword: `RUN`, `COPY`, … */
  readonly instruction: string;
  /** The recipe resources it came from (the comment block above it says the same); empty for decant's own. */
  readonly origins: readonly StepOrigin[];
}

/** A resource and where it was declared, as the Dockerfile comment names it: `package[nginx] from web/recipes/default.rb:3`. */
export interface StepOrigin {
  /** `type[name]` */
  readonly resource: string;
  /** `cookbook/path` inside a chef-repo or cookbook, as report.json names files. */
  readonly file: string;
  readonly line: number;
}

export const IMAGE_DATA_VERSION = 1;

/** The image label naming that systemd service, for an image built without its image.json (a hand-written Dockerfile). */
export const SYSTEMD_SERVICE_LABEL = 'io.decant.systemd-service';
