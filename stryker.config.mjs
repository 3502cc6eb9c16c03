// @ts-check
// Mutation testing (npm run mutation, not part of npm test): StrykerJS changes the code of the
// folders below one small edit at a time and runs the unit tests; a mutant that no test notices
// "survives". Incremental: results are kept in reports/mutation/stryker-incremental.json
// (git-ignored: large and rewritten by every run), so a rerun in the same checkout only tests
// mutants in code or tests changed since. Report: reports/mutation/index.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'miniprogram/core/**/*.ts',
    'miniprogram/tools/core/**/*.ts',
    'miniprogram/stores/**/*.ts',
    'miniprogram/services/**/*.ts',
    // The same layers of the subpackages (code that lived in core/, stores/ and services/ until
    // the guide/ and helper/ subpackages took the files only their pages use); a subpackage's
    // store sits beside its one page.
    'miniprogram/{guide,helper}/{core,services}/**/*.ts',
    'miniprogram/*/pages/*/store.ts',
    // Generated data (scripts/build-t2s-table.js), not logic.
    '!miniprogram/tools/core/validators/t2s-table.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // The machine is shared: two test processes at most (override with --concurrency).
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'artifacts', 'coverage', 'reports', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
