/**
 * @jest-environment node
 */
// docs/deploy.md, the staff guide in Chinese, states the facts the build depends on from the same
// sources the build reads, covers every step from clone to 发布 in order, and declares every
// privacy item the code needs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_BASE_LIBRARY } from '../../scripts/lib/build';
import { HOW_TO_GET_A_KEY } from '../../scripts/ci';
import { ENTRY_PAGE_PATH } from '../../miniprogram/core/entry-links';
import { COPIED_TEXTS, SELF_CHECK_ASKS } from '../../miniprogram/content/privacy';
import { ROOT } from '../helpers/project-copy';
import { ownFiles } from '../helpers/official-compiler';
import { PRIVACY_ITEMS } from '../helpers/privacy-apis';

const deploy = fs.readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The `| **item** |` rows of the guide's privacy table. */
function declaredItems(guide: string): string[] {
  return [...guide.matchAll(/^\| \*\*(.+?)\*\* +\|/gm)].map((match) => match[1] ?? '');
}

/** Every privacy item the app's code needs, from the wx APIs it calls. */
function neededItems(miniprogram: string): string[] {
  const called = new Set<string>();
  for (const file of ownFiles(miniprogram, '.ts')) {
    const source = fs.readFileSync(path.join(miniprogram, file), 'utf8');
    for (const match of source.matchAll(/\bwx\.(\w+)/g)) called.add(match[1] ?? '');
  }
  expect(called).toContain('setClipboardData');
  return Object.entries(PRIVACY_ITEMS)
    .filter(([, apis]) => apis.some((api) => called.has(api)))
    .map(([item]) => item);
}

test('the README links the staff guide first, before anything else', () => {
  const firstSection = readme.indexOf('\n## ');
  const link = readme.indexOf('(docs/deploy.md)');
  expect(link).toBeGreaterThan(0);
  expect(link).toBeLessThan(firstSection);
});

test('the guide covers every step from clone to 发布, in order', () => {
  const steps = [
    /^## 1\. .*备案/m,
    /^## 2\. .*名称/m,
    /^## 3\. .*教育 → 教育信息服务/m,
    /^## 4\. .*college\.ts/m,
    /^## 5\. AppID、上传密钥和 IP 白名单/m,
    /^## 6\. 基础库最低版本/m,
    /^## 7\. 用户隐私保护指引/m,
    /^## 8\. .*npm run check.*npm run build.*npm run upload/m,
    /^## 9\. 体验成员和体验版/m,
    /^## 10\. .*iPhone.*安卓/m,
    /^## 11\. 提交审核/m,
    /^## 12\. 发布/m,
    /^## 13\. .*扫普通链接二维码/m,
    /^## 14\. 公众号菜单/m,
    /^## 15\. 每年更新/m,
  ];
  const at = steps.map((step) => deploy.search(step));
  expect(at.filter((index) => index < 0)).toEqual([]);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  // The name rule, the ready 版本描述 and the menu warning are spelled out.
  expect(deploy).toContain('不能直接用功能性描述');
  expect(deploy).toMatch(/没有服务器，不需要登录，不上传任何信息/);
  expect(deploy).toContain('现有的菜单会被整个替换掉');
});

/** The field names of an exported interface, read from its source (types vanish at runtime). */
function interfaceFields(file: string, name: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const body = new RegExp(
    `^export interface ${name} (?:extends [^{]+)?\\{\\n([\\s\\S]*?)^\\}`,
    'm',
  ).exec(source)?.[1];
  expect(body).toBeDefined();
  return [...(body ?? '').matchAll(/^ {2}readonly (\w+)\??:/gm)].map((match) => match[1] ?? '');
}

test('step 4 tells the teacher what to put in every value of the configuration', () => {
  const step4 = deploy.slice(deploy.search(/^## 4\. /m), deploy.search(/^## 5\. /m));
  const fields = [
    ...interfaceFields('miniprogram/content/school-config.ts', 'SchoolSettings'),
    ...interfaceFields('miniprogram/content/staff-config.ts', 'StaffConfig'),
  ];
  expect(fields).toEqual(expect.arrayContaining(['fullName', 'contact', 'appId', 'qrLinkPrefix']));
  const missing = fields.filter(
    (field) => !step4.includes(`\`${field}\``) && !new RegExp(`Settings\\.${field}\``).test(step4),
  );
  expect(missing).toEqual([]);
});

test('one IP allow-list rule, the same in the guide and in the upload script', () => {
  expect(deploy).toContain('填入运行 `npm run upload` 的这台电脑的 **公网 IP**');
  expect(HOW_TO_GET_A_KEY).toContain('填入运行 npm run upload 这台电脑的公网 IP');
  for (const text of [deploy, HOW_TO_GET_A_KEY])
    expect(text).not.toMatch(/关闭.*白名单|turn it off/);
});

test('the guide names the minimum base library the shipped code needs', () => {
  expect(deploy).toContain(`## 6. 基础库最低版本：${MIN_BASE_LIBRARY}`);
  expect(deploy).toContain(`选 **${MIN_BASE_LIBRARY}**`);
});

test('the guide maps the QR prefix to the entry page the app parses, and ships its landing page', () => {
  expect(deploy).toContain(`**\`${ENTRY_PAGE_PATH}\`**`);
  expect(deploy).toContain('(qr-landing/index.html)');
  const landing = fs.readFileSync(path.join(ROOT, 'docs/qr-landing/index.html'), 'utf8');
  expect(landing).toContain('扫一扫');
  expect(landing).toContain('不是学信网官方');
  // Nothing loaded from elsewhere: it must work on any college web server.
  expect(landing).not.toMatch(/\b(src|href)=/);
});

test('every privacy-gated wx API the app calls has its item in the guide’s privacy table', () => {
  const listed = declaredItems(deploy);
  expect(
    neededItems(path.join(ROOT, 'miniprogram')).filter((item) => !listed.includes(item)),
  ).toEqual([]);
});

test('the guide declares what 填写前自查 asks for and everything a copy button copies', () => {
  for (const asked of SELF_CHECK_ASKS) {
    expect(deploy).toMatch(new RegExp(`^\\| ${asked.replace(/^安全/, '')} +\\|`, 'm'));
  }
  expect(deploy).toContain(COPIED_TEXTS.join('、'));
});
