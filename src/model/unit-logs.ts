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

/** How verify makes its request to a unit that logs each one: an HTTP GET, or a connection speaking the port's protocol. */
export type RequestAsk = 'http' | 'connect';
/** What the request leaves in the output: a line holding its unique query string, or only a line written after it. */
export type RequestTrace = 'query' | 'line';

/**
 * The unit's service writes a line per request or connection it serves to
 * the container's output, by a documented option on its command
 * (catalog/logs/request-options.yaml) or a directive in its config file
 * (catalog/logs/request-directives.yaml).
 */
export interface RequestLog {
  readonly ask: RequestAsk;
  readonly trace: RequestTrace;
  /** The option's words, as in the command; for a config directive, the directive as written (`debug=1`). */
  readonly option: readonly string[];
  /** Where the option is documented. */
  readonly why: string;
  /** The config lines decant set the directive in; absent for a command option, empty when the config held it already. */
  readonly rewrites?: readonly LineRewrite[];
}

/** One line decant rewrote in a unit's config, command or environment: where, what it said before and after, and why. */
export interface LineRewrite {
  readonly unit: string;
  /** A file's path, `command` or `env NAME`; `line` 1-based in a file, 0 otherwise. */
  readonly file: string;
  readonly line: number;
  /** Empty for a line decant added. */
  readonly before: string;
  readonly after: string;
  readonly why: string;
}
