// @ts-check
// The jest run Stryker uses for each mutant (npm run mutation): the unit tests of the mutated
// folders (core, tools/core, stores, services) and the route/content tests that exercise them.
// Page renders are left out: they are slow, and every rule they touch has a unit test here.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // The sources must be in jest's module map too: Stryker asks jest for the tests related to a
  // mutated file, and jest follows imports only through files it has mapped.
  roots: ['<rootDir>/test', '<rootDir>/miniprogram'],
  modulePathIgnorePatterns: ['<rootDir>/miniprogram/(.*/)?miniprogram_npm/'],
  testMatch: [
    '<rootDir>/test/core/**/*.test.ts',
    '<rootDir>/test/stores/**/*.test.ts',
    '<rootDir>/test/services/**/*.test.ts',
    '<rootDir>/test/content/routes.test.ts',
    '<rootDir>/test/content/finder.test.ts',
    '<rootDir>/test/components/privacy-consent.test.ts',
  ],
  // Compares generated data with its generator (t2s-table.ts is not mutated).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/core/t2s-table.test.ts'],
};
