// @ts-check
// Setup file of the baseline run of `npm run mutation:templates`: after each test file, appends
// the templates it rendered (see mutation-trace-compile.js) to MUTATION_TRACE_FILE.
'use strict';
const fs = require('node:fs');
const { afterAll, expect } = require('@jest/globals');

const globals = /** @type {{ __renderedTemplates?: Set<string> }} */ (globalThis);
globals.__renderedTemplates = new Set();

afterAll(() => {
  const file = process.env.MUTATION_TRACE_FILE;
  if (!file) return;
  const line = JSON.stringify({
    test: expect.getState().testPath,
    templates: [...(globals.__renderedTemplates ?? [])],
  });
  fs.appendFileSync(file, `${line}\n`);
});
