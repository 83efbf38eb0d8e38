// Import rules for src/ (issue 12). `npm run lint:imports` runs them; the test command runs that.
// Why each rule: the pipeline's data flows one way (load → ruby → chef → plan → emit → engine), and a stage
// that reaches back or sideways makes the next change touch more files than it should.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle between source files: each shared helper lives below its users.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'model-is-a-leaf',
      severity: 'error',
      comment: 'src/model holds the data every stage shares; it imports nothing outside itself.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'ruby-only-model-and-diagnostics',
      severity: 'error',
      comment: 'The parse stage knows syntax, the model and diagnostics, nothing of Chef or later stages.',
      from: { path: '^src/ruby/' },
      to: { path: '^src/', pathNot: '^src/(ruby|model|diagnostics|text)/' },
    },
    {
      name: 'no-stage-imports-cli',
      severity: 'error',
      comment: 'The CLI is yargs and printing; no stage or the pipeline depends on it.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'chef-not-later-stages',
      severity: 'error',
      comment: 'The evaluator reaches package facts and the host through interfaces in src/model, never a later stage.',
      from: { path: '^src/chef/' },
      to: { path: '^src/(plan|emit|engine|pipeline)/' },
    },
    {
      name: 'diff-reads-outputs-only',
      severity: 'error',
      comment: 'decant diff compares two written conversions: it reads their files (and the emit formats), never converts or runs anything.',
      from: { path: '^src/diff/' },
      to: { path: '^src/(ruby|chef|plan|engine|facts|pipeline)/' },
    },
    {
      name: 'ci-reads-outputs-only',
      severity: 'error',
      comment: 'decant ci writes pipelines from a written conversion (report.json, the units build reads): it never converts, evaluates or runs an engine itself.',
      from: { path: '^src/ci/' },
      to: { path: '^src/(ruby|chef|plan|emit|facts|pipeline|diff)/|^src/engine/(?!report-units)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
