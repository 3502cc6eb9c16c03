// @ts-check
// The one place that launches Debian's Chromium (preview, screenshots, e2e, the QR sheet) through
// playwright-core, with the flags that work on this kind of machine (see the platform notes).
// Playwright gives every launch a fresh temporary profile.
'use strict';
const fs = require('node:fs');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (or set CHROMIUM_PATH).`,
    );
  }
}

/** A browser for this process (screenshots). */
function launchBrowser() {
  checkChromium();
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** A browser other processes connect to (the e2e workers), by its wsEndpoint. */
function launchBrowserServer() {
  checkChromium();
  const { chromium } = require('playwright-core');
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

module.exports = { launchBrowser, launchBrowserServer, CHROMIUM, CHROMIUM_ARGS: ARGS };
