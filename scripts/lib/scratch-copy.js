// @ts-check
// Throw-away copies of the whole repository for the checks that must run `npm test` somewhere
// else: another college's configuration (scripts/other-college.js) and a Windows-style CRLF
// clone (scripts/crlf-clone.js). node_modules is hard-linked, not installed (a minute and the
// network saved); the two generated miniprogram_npm folders are hard-linked with it.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/** What `npm install` leaves in the working tree that git does not hold. */
const INSTALLED = Object.freeze([
  'node_modules',
  'miniprogram/miniprogram_npm',
  'miniprogram/tools/miniprogram_npm',
]);

/**
 * Hard-links a tree (symlinks recreated as they are); copies where a link is refused (another
 * disk, or a file system without hard links).
 * @param {string} from
 * @param {string} to
 */
function linkTree(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

/** Links the installed folders of this checkout into `dir`. @param {string} dir */
function linkInstalled(dir) {
  for (const folder of INSTALLED) {
    const source = path.join(ROOT, folder);
    if (!fs.existsSync(source)) throw new Error(`${folder} is missing here: run npm install first`);
    linkTree(source, path.join(dir, folder));
  }
}

/**
 * Runs a command in `dir`, its output streamed; returns the exit code and the time taken.
 * @param {string} dir
 * @param {string} command
 * @param {readonly string[]} args
 * @param {Record<string, string>} [env]
 */
function run(dir, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n$ ${[command, ...args].join(' ')}   (in ${dir})`);
  const result = spawnSync(command, args, {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    // npm is npm.cmd on Windows, which only a shell runs.
    shell: process.platform === 'win32',
  });
  return { status: result.status ?? 1, seconds: Math.round((Date.now() - started) / 1000) };
}

/** A new empty folder in the system temp dir. @param {string} name */
function scratchDir(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
}

/**
 * Steps run one after the other; stops at the first failure unless `keepGoing`. Prints a table.
 * @param {string} dir
 * @param {readonly { name: string, command: string, args: readonly string[] }[]} steps
 * @param {{ keepGoing?: boolean }} [options]
 * @returns {boolean} true when every step passed
 */
function runSteps(dir, steps, options = {}) {
  /** @type {string[]} */
  const lines = [];
  let ok = true;
  for (const step of steps) {
    if (!ok && !options.keepGoing) {
      lines.push(`  skipped  ${step.name}`);
      continue;
    }
    const { status, seconds } = run(dir, step.command, step.args);
    if (status !== 0) ok = false;
    lines.push(`  ${status === 0 ? 'passed ' : 'FAILED '}  ${step.name} (${seconds} s)`);
  }
  console.log(`\n${lines.join('\n')}`);
  return ok;
}

module.exports = { INSTALLED, ROOT, linkInstalled, linkTree, run, runSteps, scratchDir };
