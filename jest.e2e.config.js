// @ts-check
// End-to-end tests: the `npm start` preview driven in headless Chromium (playwright-core).
// One server and one browser for the whole run (scripts/e2e/global-setup.js).
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  globalSetup: '<rootDir>/scripts/e2e/global-setup.js',
  globalTeardown: '<rootDir>/scripts/e2e/global-teardown.js',
  testTimeout: 60000,
};
