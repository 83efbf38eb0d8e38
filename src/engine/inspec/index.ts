/** The integration-test runner's public surface (used by `decant verify --tests`). */
export { runIntegrationTests, runExpectations, readSuite } from './run.js';
export { findSuites, chooseSuite, recipeOf, type Suite } from './find-suites.js';
export { parseTestFile } from './parse-suite.js';
export type { Expectation, Target, TestResult, TestRun, Status } from './model.js';
export { targetsForApp } from './report-targets.js';
