/**
 * The integration-test runner's public surface. `decant verify OUT --tests`
 * starts every unit of an app (as verify already does), keeps the containers
 * up while it calls
 *   runIntegrationTests(cookbookRoot, suite, targetsForApp(reportApp, idsByUnit), { recipe: reportApp.runList[0] })
 * and only then removes them; the returned counts are the JSON's `tests`.
 */
export { runIntegrationTests, runExpectations, readSuite } from './run.js';
export { findSuites, chooseSuite, recipeOf, type Suite } from './find-suites.js';
export { parseTestFile } from './parse-suite.js';
export { targetsForApp } from './report-targets.js';
export { osFromRelease } from './value-methods.js';
export type { Expectation, Target, TestResult, TestRun, Status } from './model.js';
