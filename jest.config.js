// @ts-check
// Jest runs the TypeScript sources through ts-jest under jsdom, where miniprogram-simulate renders pages.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/helpers/setup-wx.ts'],
  // Vant's own sources are plain JS and need no transform; miniprogram_npm is loaded as is.
  transformIgnorePatterns: ['/node_modules/', '/miniprogram_npm/'],
  testTimeout: 30000,
};
