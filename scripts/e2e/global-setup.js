// @ts-check
// Jest globalSetup for the e2e suite: one preview server and one Chromium for all test files.
// Workers find both through the file named by PREVIEW_E2E_STATE.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startServer } = require('../preview/server');
const { launchBrowserServer } = require('../lib/chromium');
const { DIST, runCompile } = require('../lib/build');

// A tiny mini-program that exercises the shims (share, canvas, input, dialog, navigator).
const FIXTURE = path.resolve(__dirname, '../../test/e2e/fixture-app');

module.exports = async function globalSetup() {
  // The e2e run drives what WeChat's compiler makes of the project, as `npm start` serves it;
  // PREVIEW_E2E_ROOT serves another mini-program root instead (e.g. a copy of another branch's).
  const root = process.env.PREVIEW_E2E_ROOT
    ? path.resolve(process.env.PREVIEW_E2E_ROOT)
    : runCompile({ outDir: path.join(DIST, 'e2e') }).root;
  const [server, fixture, browser] = await Promise.all([
    startServer({ port: 0, root }),
    startServer({ port: 0, root: FIXTURE }),
    launchBrowserServer(),
  ]);
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preview-e2e-')), 'state.json');
  fs.writeFileSync(
    stateFile,
    JSON.stringify({
      url: server.url,
      root,
      pages: server.pages,
      fixtureUrl: fixture.url,
      wsEndpoint: browser.wsEndpoint(),
    }),
  );
  process.env.PREVIEW_E2E_STATE = stateFile;
  /** @type {Record<string, unknown>} */ (globalThis).__PREVIEW_E2E__ = {
    servers: [server, fixture],
    browser,
    stateFile,
  };
};
