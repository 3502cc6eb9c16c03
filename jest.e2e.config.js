// @ts-check
// End-to-end tests: the `npm start` preview driven in headless Chromium (playwright-core), as two
// suites counted apart: `app` (what a student does in the mini-program) and `preview` (the
// preview tool itself: its wx, frame, theme, offline fonts, audit). One server and one browser
// for the whole run (scripts/e2e/global-setup.js).
/** @param {'app' | 'preview'} name @returns {import('jest').Config} */
function suite(name) {
  return {
    displayName: `e2e ${name}`,
    testEnvironment: 'node',
    roots: [`<rootDir>/test/e2e/${name}`],
    testMatch: ['**/*.e2e.ts'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    },
    setupFilesAfterEnv: ['<rootDir>/test/e2e/helpers/lifecycle.ts'],
  };
}

/** @type {import('jest').Config} */
module.exports = {
  projects: [suite('app'), suite('preview')],
  globalSetup: '<rootDir>/scripts/e2e/global-setup.js',
  globalTeardown: '<rootDir>/scripts/e2e/global-teardown.js',
  testTimeout: 60000,
};
