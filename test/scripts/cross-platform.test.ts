/**
 * @jest-environment node
 */
// A checkout on Windows or macOS: Git for Windows defaults to core.autocrlf=true, and CRLF text
// fails `prettier --check` and the byte-exact tests. .gitattributes pins LF for text and keeps
// pictures and fonts binary; upload keys and local upload settings never reach the repository.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function attributes(file: string): Record<string, string> {
  const output = execFileSync('git', ['check-attr', 'text', 'eol', 'diff', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return Object.fromEntries(
    output
      .trim()
      .split('\n')
      .map((line) => {
        const [, name = '', value = ''] = line.split(': ');
        return [name, value];
      }),
  );
}

test('every kind of text file is checked out with LF, whatever core.autocrlf says', () => {
  for (const file of [
    'miniprogram/content/staff-config.ts',
    'miniprogram/pages/home/index.wxml',
    'miniprogram/app.wxss',
    'miniprogram/app.json',
    'scripts/qrcodes.js',
    'README.md',
    '.ci/run',
    'a-new-file.mjs',
  ]) {
    expect({ file, ...attributes(file) }).toMatchObject({ file, text: 'auto', eol: 'lf' });
  }
});

test('pictures and fonts are binary: never converted, never diffed as text', () => {
  for (const file of ['miniprogram/assets/guide-card.png', 'x.woff2', 'x.ttf', 'x.pdf']) {
    expect({ file, ...attributes(file) }).toMatchObject({ file, text: 'unset', diff: 'unset' });
  }
});

test('the upload key and the local upload settings are git-ignored', () => {
  const ignored = execFileSync(
    'git',
    ['check-ignore', '--no-index', 'wx.local.json', 'private.wx0123456789abcdef.key'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(ignored.trim().split('\n')).toEqual(['wx.local.json', 'private.wx0123456789abcdef.key']);
});
