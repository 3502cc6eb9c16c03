// @ts-check
// Jest setup file of `npm run mutation:templates`' first (unmutated) run: records which WXML files
// each test file renders (miniprogram-simulate reads them with fs.readFileSync), so each template
// mutant runs only the tests that draw that template.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { afterAll, expect } = require('@jest/globals');

const read = fs.readFileSync;
/** @type {Set<string>} */
const templates = new Set();

/** @type {any} */ (fs).readFileSync = function readFileSync(/** @type {any[]} */ ...args) {
  const [file] = args;
  if (typeof file === 'string' && file.endsWith('.wxml')) templates.add(path.resolve(file));
  return /** @type {Function} */ (read).apply(fs, args);
};

afterAll(() => {
  const out = process.env.MUTATION_RECORD_DIR;
  const testPath = expect.getState().testPath;
  if (!out || !testPath) return;
  const name = `${path.basename(testPath)}-${process.pid}-${Date.now()}.json`;
  fs.writeFileSync(
    path.join(out, name),
    JSON.stringify({ test: testPath, templates: [...templates] }),
  );
});
