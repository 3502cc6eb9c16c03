// @ts-check
// Proves that a clone made the way Git for Windows makes it (core.autocrlf=true, its default)
// passes `npm test`: clones this checkout's branch to a temp dir with autocrlf on, links
// node_modules, counts the text files checked out with CRLF (0 while .gitattributes holds), then
// runs `npm test` there. `--without-gitattributes` removes .gitattributes in the clone first and
// checks everything out again, to show what the file prevents (Prettier's check fails).
// Usage: node scripts/crlf-clone.js [--without-gitattributes] [--keep] [--only format:check]
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, linkInstalled, runSteps, scratchDir } = require('./lib/scratch-copy');

/** @param {string} cwd @param {string[]} args */
const git = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'utf8' });

/** Tracked files with a CR LF in them (binary files left out). @param {string} dir */
function crlfFiles(dir) {
  return git(dir, ['ls-files', '--eol'])
    .split('\n')
    .filter((line) => /\bw\/crlf\b|\bw\/mixed\b/.test(line))
    .map((line) => line.split('\t').pop() ?? '');
}

function main() {
  const argv = process.argv.slice(2);
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const branch = git(ROOT, ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  const dir = scratchDir('crlf-clone');
  git(dir, ['-c', 'core.autocrlf=true', 'clone', '-q', '-b', branch, ROOT, 'repo']);
  const repo = path.join(dir, 'repo');
  git(repo, ['config', 'core.autocrlf', 'true']);
  if (argv.includes('--without-gitattributes')) {
    git(repo, ['rm', '-q', '.gitattributes']);
    git(repo, [
      '-c',
      'user.name=crlf',
      '-c',
      'user.email=crlf@localhost',
      'commit',
      '-qm',
      'no attrs',
    ]);
    // Everything checked out again under autocrlf alone.
    git(repo, ['rm', '-q', '-r', '--cached', '.']);
    git(repo, ['reset', '-q', '--hard']);
  }
  const withCrlf = crlfFiles(repo);
  const total = git(repo, ['ls-files']).split('\n').filter(Boolean).length;
  console.log(
    `Cloned ${branch} with core.autocrlf=true: ${withCrlf.length} of ${total} files have CRLF.`,
  );
  if (withCrlf.length > 0) console.log(`  e.g. ${withCrlf.slice(0, 5).join(', ')}`);
  linkInstalled(repo);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const script = only ?? 'test';
  const ok = runSteps(repo, [{ name: `npm run ${script}`, command: npm, args: ['run', script] }]);
  if (argv.includes('--keep') || !ok) console.log(`The clone is kept in ${repo}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  console.log(ok ? 'The CRLF clone passes.' : 'The CRLF clone FAILS.');
  return ok ? 0 : 1;
}

process.exit(main());
