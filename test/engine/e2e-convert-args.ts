/**
 * How the engine tests convert an end-to-end fixture through the CLI: the
 * flags its case.json asks for (run list, environment, platform, plan). One
 * place, so the e2e test and the compose test convert the same app and their
 * `decant build`s share the engine's layer cache.
 */
import { join } from 'node:path';
import { caseField, discoverCases, FIXTURES, type FixtureCase } from '../support/fixtures.js';

export interface EngineCase {
  readonly engine?: boolean;
  readonly runList?: string[];
  readonly environment?: string;
  readonly platform?: string;
  readonly plan?: string;
}

/** The end-to-end fixtures: marked `"engine": true` in their case.json. */
export const engineCases = (): FixtureCase[] => discoverCases().filter((c) => !c.isError && caseField(c, 'engine') === true);

/** `decant convert` arguments for a fixture's input into dir. */
export function convertArgs(name: string, input: string, dir: string, c: EngineCase): string[] {
  return [
    'convert', input, '-o', dir, '--platform', c.platform ?? 'debian-12',
    ...(c.runList ? ['--run-list', c.runList.join(',')] : []),
    ...(c.environment ? ['--environment', c.environment] : []),
    ...(c.plan ? ['--plan', join(FIXTURES, name, c.plan)] : []),
  ];
}
