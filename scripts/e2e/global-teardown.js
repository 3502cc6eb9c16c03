// @ts-check
// Jest globalTeardown for the e2e suite: stops the browser and the preview server.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalTeardown() {
  const state =
    /** @type {{ servers: { close(): Promise<unknown> }[], browser: { close(): Promise<unknown> }, stateFile: string } | undefined} */ (
      /** @type {Record<string, unknown>} */ (globalThis).__PREVIEW_E2E__
    );
  if (!state) return;
  await Promise.all([state.browser.close(), ...state.servers.map((server) => server.close())]);
  fs.rmSync(path.dirname(state.stateFile), { recursive: true, force: true });
};
