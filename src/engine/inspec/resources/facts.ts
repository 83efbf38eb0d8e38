/**
 * What a resource probe learns about one resource in one container: boolean
 * predicates (`be_installed` → `installed`) and properties (`its('mode')`),
 * each either known already or read on first use, so a file's content is
 * only fetched when a test looks at it.
 */
import type { Exec } from '../exec.js';
import type { Actual } from '../matchers.js';

export type Predicate = boolean | ((args: Actual[]) => boolean | Promise<boolean>);
export type Property = Actual | (() => Promise<Actual>);

export interface Facts {
  readonly predicates: Record<string, Predicate>;
  readonly properties: Record<string, Property>;
  /** Properties not listed above are looked up in this document (json, yaml, ini). */
  readonly document?: () => Promise<Actual>;
  /** How the answer was obtained where it differs from InSpec on a server (services in containers). */
  readonly note?: string;
  /** The probe itself could not run: every expectation on the resource fails with this. */
  readonly error?: string;
}

export interface ProbeContext {
  readonly exec: Exec;
  /** Container address for checks made from the host (ports, HTTP). */
  readonly address: () => Promise<string | undefined>;
  readonly unit: string;
  readonly packages: readonly string[];
  /** Chef services this unit was converted from: its main process is that service. */
  readonly services: readonly string[];
}

/** Arguments as written in the test, plain data; regexes stay regexes (`processes(/nginx/)`). */
export type ProbeArgs = readonly (Actual | RegExp)[];

/** A resource type: `unsupported` when the arguments do not fit. */
export type Resource = (args: ProbeArgs, ctx: ProbeContext) => Promise<Facts | { unsupported: string }>;

export function failed(error: string): Facts {
  return { predicates: {}, properties: {}, error };
}

/** A property that throws reads as a failed expectation naming the reason. */
export class ProbeError extends Error {}
