/**
 * The expectation model: what a cookbook's InSpec/ServerSpec suite says a
 * converged server must look like, read statically from the Ruby text. Kept
 * free of tree-sitter and Docker types so the parser and the runner can be
 * tested apart.
 */
import type { SourceLocation } from '../../model/source.js';

/** A value from the test text that decant could not work out; carries why. */
export class NotStatic {
  constructor(readonly reason: string) {}
}

/** Ruby values as a test suite uses them, after evaluation. */
export type TestValue =
  | null
  | boolean
  | number
  | string
  | TestRegex
  | TestSymbol
  | TestValue[]
  | TestHash
  | TestMethod
  | NotStatic;

export class TestRegex {
  constructor(readonly source: string, readonly flags: string) {}
  toRegExp(): RegExp {
    return new RegExp(this.source, this.flags);
  }
}

/** A helper `def` from the suite or a file it requires; called while reading, never at run time. */
export class TestMethod {
  constructor(readonly params: string[], readonly body: unknown[]) {}
}

export class TestSymbol {
  constructor(readonly name: string) {}
}

export class TestHash {
  constructor(readonly entries: [TestValue, TestValue][]) {}
  get(key: string): TestValue | undefined {
    for (const [k, v] of this.entries) {
      const name = k instanceof TestSymbol ? k.name : k;
      if (name === key) return v;
    }
    return undefined;
  }
}

/** What `describe` names: an InSpec resource with its arguments, or a plain value. */
export type Subject =
  | { kind: 'resource'; type: string; args: TestValue[]; path: string[] }
  | { kind: 'value'; value: TestValue };

/** `should cmp >= 3` is `{ name: 'cmp', operator: '>=', args: [3] }`. */
export interface Matcher {
  readonly name: string;
  readonly args: TestValue[];
  readonly operator?: string;
}

export interface Expectation {
  /** Control id, or the describe's own text when the file has no control. */
  readonly control: string;
  /** Human text: `package('nginx') should be_installed`. */
  readonly text: string;
  readonly subject: Subject;
  /** `its('a.b')` / `its(['a','b'])`: property path read from the subject. */
  readonly property: string[];
  readonly negated: boolean;
  readonly matcher: Matcher;
  readonly location: SourceLocation;
  /** Set when the expectation cannot be run: it is reported, never skipped. */
  readonly unsupported?: string;
}

export interface Control {
  readonly id: string;
  readonly impact?: number;
  readonly title?: string;
  readonly tags: string[];
  readonly location: SourceLocation;
}

export interface ParsedSuite {
  readonly controls: Control[];
  readonly expectations: Expectation[];
}

/** `skipped`: the expectation belongs to a unit of the app this run does not verify (`verify --unit` picked others). */
export type Status = 'passed' | 'failed' | 'unsupported' | 'skipped';

export interface TestResult {
  readonly control: string;
  readonly expectation: string;
  readonly status: Status;
  readonly detail: string;
  readonly location: { file: string; line: number; column: number };
}

export interface TestRun {
  readonly passed: number;
  readonly failed: number;
  readonly unsupported: number;
  readonly skipped: number;
  readonly results: TestResult[];
}

export interface Target {
  readonly unit: string;
  readonly containerId: string;
  readonly ports: number[];
  readonly packages: string[];
  /** Chef `service` resources the unit was converted from (report.json); optional for callers that do not know. */
  readonly services?: string[];
  /** A unit of the app left to another run (`verify --unit`): no container; what it owns is skipped here, not failed. */
  readonly elsewhere?: boolean;
}
