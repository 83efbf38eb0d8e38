/**
 * The shape of a fixture case's case.json and of its facts (the cases
 * themselves are found by test/support/fixtures.ts). Kept apart from the tests
 * so the well-formedness check and the fact check agree on what a fact is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FORMATS } from '../../src/emit/formats.js';

export type Fact =
  | { runList: string[] }
  | { attribute: string; equals: unknown }
  | { resource: string; property: string; equals: unknown }
  | { resource: string; property: string; unknown: true }
  | { resource: string; actions: string[] }
  | { resource: string; absent: true }
  | { resource: string; guard: 'run' | 'skip' | 'unknown' | 'shell' }
  | { resource: string; notifies: string[] }
  | { resource: string; subscribes: string[] }
  | { resource: string; contentIncludes: string }
  | { resource: string; via: string | null }
  | { order: string[] }
  | { diagnostic: string; file?: string; line?: number };

export interface CaseSpec {
  readonly description: string;
  readonly input: string;
  readonly runList?: string[];
  readonly platform: string;
  readonly environment?: string;
  readonly engine: boolean;
  /**
   * `recorded`: the golden converts with the recorded package facts of
   * test/facts/recorded/<platform>/fixtures.json (npm run facts:record), as
   * the e2e test converts with the engine's; without it, offline.
   */
  readonly packageFacts?: 'recorded';
  /** A plan.yaml inside the case, fed to convert with --plan. */
  readonly plan?: string;
  /** `decant convert --format`: the output formats the golden holds (default: GOLDEN_FORMATS in convert-case.ts, kustomize and compose). */
  readonly formats?: string[];
  readonly facts: Fact[];
}

const TOP_KEYS = new Set(['description', 'input', 'runList', 'platform', 'environment', 'engine', 'packageFacts', 'plan', 'formats', 'facts']);
const PLATFORMS = new Set(['debian-12', 'debian-11', 'ubuntu-20.04', 'ubuntu-22.04', 'ubuntu-24.04', 'rocky-9']);
const RESOURCE_ID = /^[a-z][a-z0-9_]*\[.+\]$/;
const NOTIFICATION = /^[a-z_]+:[a-z][a-z0-9_]*\[.+\]:(delayed|immediately|before)$/;
const GUARDS = new Set(['run', 'skip', 'unknown', 'shell']);

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const keysAre = (o: object, keys: string[]) => {
  const k = Object.keys(o).sort();
  return k.length === keys.length && [...keys].sort().every((x, i) => x === k[i]);
};

/** Why a fact is not one of the known forms, or undefined when it is. */
export function checkFact(fact: unknown): string | undefined {
  if (fact === null || typeof fact !== 'object' || Array.isArray(fact)) return 'a fact is an object';
  const f = fact as Record<string, unknown>;
  if ('runList' in f) return keysAre(f, ['runList']) && isStringArray(f.runList) ? undefined : 'runList: a list of cookbook::recipe';
  if ('order' in f) return keysAre(f, ['order']) && isStringArray(f.order) && f.order.length >= 2 && f.order.every((r) => RESOURCE_ID.test(r)) ? undefined : 'order: two or more type[name]';
  if ('attribute' in f) return keysAre(f, ['attribute', 'equals']) && typeof f.attribute === 'string' ? undefined : 'attribute: {attribute, equals}';
  if ('diagnostic' in f) {
    const extra = Object.keys(f).filter((k) => !['diagnostic', 'file', 'line'].includes(k));
    if (extra.length) return `diagnostic: unknown keys ${extra.join(', ')}`;
    if (typeof f.diagnostic !== 'string' || !/^DEC\d{4}$/.test(f.diagnostic)) return 'diagnostic: a DECnnnn code';
    if (f.file !== undefined && typeof f.file !== 'string') return 'diagnostic: file is a path';
    if (f.line !== undefined && (!Number.isInteger(f.line) || (f.line as number) < 1)) return 'diagnostic: line is 1-based';
    if (f.line !== undefined && f.file === undefined) return 'diagnostic: a line needs a file';
    return undefined;
  }
  if ('resource' in f) {
    if (typeof f.resource !== 'string' || !RESOURCE_ID.test(f.resource)) return 'resource: type[name]';
    if ('property' in f) {
      if (typeof f.property !== 'string' || f.property === '') return 'property: a dotted path';
      if (keysAre(f, ['resource', 'property', 'equals'])) return undefined;
      if (keysAre(f, ['resource', 'property', 'unknown']) && f.unknown === true) return undefined;
      return 'property: {resource, property, equals} or {resource, property, unknown: true}';
    }
    const rest = Object.keys(f).filter((k) => k !== 'resource');
    if (rest.length !== 1) return `resource: exactly one assertion, got ${rest.join(', ') || 'none'}`;
    const key = rest[0]!;
    const v = f[key];
    switch (key) {
      case 'actions':
        return isStringArray(v) && v.length > 0 ? undefined : 'actions: a non-empty list';
      case 'absent':
        return v === true ? undefined : 'absent: true';
      case 'guard':
        return typeof v === 'string' && GUARDS.has(v) ? undefined : 'guard: run|skip|unknown|shell';
      case 'notifies':
      case 'subscribes':
        return isStringArray(v) && v.every((n) => NOTIFICATION.test(n)) ? undefined : `${key}: action:type[name]:timing`;
      case 'contentIncludes':
        return typeof v === 'string' && v !== '' ? undefined : 'contentIncludes: a non-empty string';
      case 'via':
        return v === null || (typeof v === 'string' && RESOURCE_ID.test(v)) ? undefined : 'via: null or type[name]';
      default:
        return `resource: unknown assertion ${key}`;
    }
  }
  return `unknown fact form: ${Object.keys(f).join(', ')}`;
}

/** Every problem with a case.json, empty when it is well-formed. */
export function checkCaseSpec(raw: unknown, dir: string, isError: boolean): string[] {
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return ['case.json is not an object'];
  const c = raw as Record<string, unknown>;
  if ('__parseError' in c) return [String(c.__parseError)];
  for (const k of Object.keys(c)) if (!TOP_KEYS.has(k)) problems.push(`unknown key ${k}`);
  if (typeof c.description !== 'string' || c.description.length < 10) problems.push('description: say what the case covers');
  if (typeof c.input !== 'string' || !existsSync(join(dir, c.input))) problems.push('input: a folder inside the case');
  if (c.runList !== undefined && (!isStringArray(c.runList) || !c.runList.every((e) => /^(recipe|role)\[.+\]$/.test(e))))
    problems.push('runList: recipe[...] or role[...] entries');
  if (typeof c.platform !== 'string' || !PLATFORMS.has(c.platform)) problems.push(`platform: one of ${[...PLATFORMS].join(', ')}`);
  if (c.environment !== undefined && typeof c.environment !== 'string') problems.push('environment: a name');
  if (typeof c.engine !== 'boolean') problems.push('engine: true or false');
  if (c.packageFacts !== undefined && c.packageFacts !== 'recorded') problems.push('packageFacts: "recorded" or absent');
  if (c.plan !== undefined && (typeof c.plan !== 'string' || !existsSync(join(dir, c.plan)))) problems.push('plan: a plan.yaml inside the case');
  const formatNames = OUTPUT_FORMATS.map((f) => f.name);
  if (c.formats !== undefined && (!isStringArray(c.formats) || c.formats.length === 0 || !c.formats.every((f) => formatNames.includes(f))))
    problems.push(`formats: a non-empty list of ${formatNames.join(', ')}`);
  if (!Array.isArray(c.facts) || c.facts.length === 0) problems.push('facts: a non-empty list');
  else
    c.facts.forEach((f, i) => {
      const why = checkFact(f);
      if (why) problems.push(`facts[${i}]: ${why} (${JSON.stringify(f)})`);
    });
  if (isError && Array.isArray(c.facts) && !c.facts.some((f) => f && typeof f === 'object' && 'diagnostic' in f))
    problems.push('an _errors_ case states at least one diagnostic fact');
  return problems;
}
