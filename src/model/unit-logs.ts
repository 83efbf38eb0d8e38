/** Where a unit's service logs, as the plan decided it (src/plan/logs). */

/** A log file the service writes that the image turns into stdout/stderr (a symlink). */
export interface LogLink {
  readonly path: string;
  readonly stream: 'stdout' | 'stderr';
  /** The service writes a line here per request it serves (an access log): verify looks for its own request. */
  readonly requests?: true;
}

/**
 * Where a unit's service logs that is not the container's output, as the plan
 * found it (src/plan/logs): verify's log check fails naming each, since
 * `kubectl logs` shows none of it.
 */
export interface LogsElsewhere {
  /** Log files the service keeps inside the container. */
  readonly files: readonly string[];
  /** Config lines that send the log to syslog (`/etc/nginx/…:3 (nginx-error_log)`). */
  readonly syslog: readonly string[];
}
