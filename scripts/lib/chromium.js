// @ts-check
// The one place that finds and launches Chromium (preview screenshots, e2e, the QR sheet) through
// playwright-core, with the flags that work on this kind of machine (see the platform notes).
// Where it comes from, in order: CHROMIUM_PATH; a system Chrome, Chromium or Edge (Linux, macOS
// and Windows locations; Edge ships with every Windows 10/11, so a laptop without Chrome works);
// else, on Linux x64 only, the build inside the npm package @sparticuz/chromium (a devDependency),
// unpacked into the temp dir with the libraries it needs. Playwright gives every launch a fresh
// temporary profile.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');

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

/**
 * System browsers to try, in order, for a platform.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
function systemCandidates(platform, env) {
  if (platform === 'linux') {
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
    ];
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const home = env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [];
    return ['/Applications', ...home].flatMap((dir) =>
      apps.map((app) => path.posix.join(dir, app)),
    );
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root) => typeof root === 'string' && root !== '',
    );
    const exes = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    // Chrome or Chromium anywhere first; Edge (always in Program Files (x86)) is the fallback.
    return exes.flatMap((exe) =>
      roots.map((root) => path.win32.join(/** @type {string} */ (root), exe)),
    );
  }
  return [];
}

/** A regular file (not a folder or a device) that may be run. @param {string} file */
function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {{ executablePath: string, source: 'CHROMIUM_PATH' | 'system' | 'npm',
 *   env: Record<string, string> }} FoundChromium
 */

/**
 * Unpacks @sparticuz/chromium's Linux build (browser, fonts config, and the NSS/expat libraries a
 * machine with only Node lacks) into the temp dir.
 * @returns {Promise<FoundChromium>}
 */
async function npmChromium() {
  const local = createRequire(__filename);
  /** @type {{ executablePath(): Promise<string>, setGraphicsMode: boolean }} */
  const sparticuz = local('@sparticuz/chromium');
  sparticuz.setGraphicsMode = false;
  const executablePath = await sparticuz.executablePath();
  // The package unpacks these libraries only on Amazon Linux; its own inflate does it anywhere.
  const build = path.dirname(local.resolve('@sparticuz/chromium'));
  /** @type {{ inflate(file: string): Promise<string> }} */
  const lambdafs = local(path.join(build, 'lambdafs.cjs'));
  const libs = path.join(
    await lambdafs.inflate(path.join(build, '../../bin/al2023.tar.br')),
    'lib',
  );
  const ldPath = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath,
    source: 'npm',
    env: { LD_LIBRARY_PATH: ldPath, FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') },
  };
}

/**
 * Finds a Chromium: CHROMIUM_PATH (which must exist), then the system's, then npm's (Linux x64).
 * @param {{ env?: Record<string, string | undefined>, platform?: NodeJS.Platform, arch?: string,
 *   exists?: (file: string) => boolean, fromNpm?: () => Promise<FoundChromium> }} [options]
 * @returns {Promise<FoundChromium>}
 */
async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const exists = options.exists ?? isExecutableFile;
  const explicit = env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    if (!exists(explicit)) throw new Error(`CHROMIUM_PATH is ${explicit}, which does not exist.`);
    return { executablePath: explicit, source: 'CHROMIUM_PATH', env: {} };
  }
  const candidates = systemCandidates(platform, env);
  const system = candidates.find((file) => exists(file));
  if (system) return { executablePath: system, source: 'system', env: {} };
  if (platform === 'linux' && arch === 'x64') return (options.fromNpm ?? npmChromium)();
  throw new Error(
    `No Chromium found: set CHROMIUM_PATH, or install Chrome or Chromium (looked in ${candidates.join(', ') || 'no known place'}); the npm build (@sparticuz/chromium) is Linux x64 only.`,
  );
}

/**
 * Whether findChromium will find one here (synchronous, for tests that need a browser): a system
 * browser, CHROMIUM_PATH, or the npm build on Linux x64.
 */
function chromiumAvailable() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return fs.existsSync(explicit);
  if (systemCandidates(process.platform, process.env).some((file) => fs.existsSync(file)))
    return true;
  try {
    createRequire(__filename).resolve('@sparticuz/chromium');
    return process.platform === 'linux' && process.arch === 'x64';
  } catch {
    return false;
  }
}

/** @param {FoundChromium} found */
function launchOptions(found) {
  return {
    executablePath: found.executablePath,
    args: ARGS,
    headless: true,
    env: { ...process.env, ...found.env },
  };
}

/** A browser for this process (screenshots). */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch(launchOptions(await findChromium()));
}

/** A browser other processes connect to (the e2e workers), by its wsEndpoint. */
async function launchBrowserServer() {
  const { chromium } = require('playwright-core');
  return chromium.launchServer(launchOptions(await findChromium()));
}

module.exports = {
  CHROMIUM_ARGS: ARGS,
  chromiumAvailable,
  findChromium,
  launchBrowser,
  launchBrowserServer,
  launchOptions,
  systemCandidates,
};
