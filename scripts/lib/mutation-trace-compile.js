// @ts-check
// Stands in for miniprogram-simulate's template compiler during the baseline run of
// `npm run mutation:templates`: records every template a test file renders (in a set on the test
// environment's global, which outlives jest.resetModules) so each mutant runs only the test files
// that can see it.
'use strict';
/** @type {{ getWxml: (componentPath: string, config: unknown) => unknown }} */
// @ts-expect-error miniprogram-simulate ships no types for its internal modules.
const compile = require('miniprogram-simulate/src/compile');

const globals = /** @type {{ __renderedTemplates?: Set<string> }} */ (globalThis);

module.exports = {
  ...compile,
  /** @param {string} componentPath @param {unknown} config */
  getWxml(componentPath, config) {
    (globals.__renderedTemplates ??= new Set()).add(componentPath);
    return compile.getWxml(componentPath, config);
  },
};
