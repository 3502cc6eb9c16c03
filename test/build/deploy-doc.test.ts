/**
 * @jest-environment node
 */
// docs/deploy.md states the facts the build depends on from the same sources the build reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_BASE_LIBRARY } from '../../scripts/lib/build';
import { ENTRY_PAGE_PATH } from '../../miniprogram/core/entry-links';
import { ROOT } from '../helpers/project-copy';
import { ownFiles } from '../helpers/official-compiler';
import { PRIVACY_ITEMS } from '../helpers/privacy-apis';

const deploy = fs.readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');

test('the README links the deployment guide', () => {
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/deploy.md)');
});

test('the guide names the minimum base library the shipped code needs', () => {
  expect(deploy).toContain(`## 2. The minimum base library: ${MIN_BASE_LIBRARY}`);
  expect(deploy).toContain(`基础库最低版本设置 to **${MIN_BASE_LIBRARY}**`);
});

test('the guide maps the QR prefix to the entry page the app parses', () => {
  expect(deploy).toContain(`**\`${ENTRY_PAGE_PATH}\`**`);
});

test('every privacy-gated wx API the app calls has its item in the guide’s privacy table', () => {
  const miniprogram = path.join(ROOT, 'miniprogram');
  const called = new Set<string>();
  for (const file of ownFiles(miniprogram, '.ts')) {
    const source = fs.readFileSync(path.join(miniprogram, file), 'utf8');
    for (const match of source.matchAll(/\bwx\.(\w+)/g)) called.add(match[1] ?? '');
  }
  expect(called).toContain('setClipboardData');
  const needed = Object.entries(PRIVACY_ITEMS)
    .filter(([, apis]) => apis.some((api) => called.has(api)))
    .map(([item]) => item);
  const listed = [...deploy.matchAll(/^\| \*\*(.+?)\*\* +\|/gm)].map((match) => match[1]);
  expect(needed.filter((item) => !listed.includes(item))).toEqual([]);
});
