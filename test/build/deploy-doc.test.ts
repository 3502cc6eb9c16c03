/**
 * @jest-environment node
 */
// docs/deploy.md states the facts the build depends on from the same sources the build reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_BASE_LIBRARY } from '../../scripts/lib/build';
import { ENTRY_PAGE_PATH } from '../../miniprogram/core/entry-links';
import { ROOT } from '../helpers/project-copy';

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
