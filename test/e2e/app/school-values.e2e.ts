// What a student meets from home, in the shipped configuration and in a copy configured with a
// check window, a 学号 source and the teacher's WeChat: the no-record page, a correction message
// naming her 不对 fields and the channel, the 学号 source on problem 3, the cutoff on home.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beijingDayKey, DAY_MS } from '../../../miniprogram/core/beijing-day';
import { CHECK_FIELDS } from '../../../miniprogram/content/summaries';
import { closeSharedBrowser, PreviewApp } from '../helpers/app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runCompile } = require('../../../scripts/lib/build') as {
  runCompile: (options: { projectPath: string; outDir: string }) => { root: string };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../../scripts/preview/server') as {
  startServer: (options: { port: number; root: string }) => Promise<{
    url: string;
    close: () => Promise<void>;
  }>;
};

const ROOT = path.resolve(__dirname, '../../..');
const CONFIGURED = path.join(ROOT, 'artifacts', 'e2e-configured');
const END = beijingDayKey(Date.now() + 10 * DAY_MS);
const START = beijingDayKey(Date.now() - 5 * DAY_MS);
const OVERRIDES = {
  checkWindow: { start: START, end: END, cutoffTime: '17:00' },
  studentIdSource: '录取通知书右上角',
  contact: { office: '教务处', person: '王老师', wechat: 'wang-xueji-e2e' },
};

let server: { url: string; close: () => Promise<void> } | undefined;
let app: PreviewApp | undefined;

beforeAll(async () => {
  // A copy of the project with the values overridden where the configuration is resolved.
  fs.rmSync(CONFIGURED, { recursive: true, force: true });
  fs.mkdirSync(CONFIGURED, { recursive: true });
  fs.copyFileSync(
    path.join(ROOT, 'project.config.json'),
    path.join(CONFIGURED, 'project.config.json'),
  );
  fs.cpSync(path.join(ROOT, 'miniprogram'), path.join(CONFIGURED, 'miniprogram'), {
    recursive: true,
  });
  const config = path.join(CONFIGURED, 'miniprogram/content/school-config.ts');
  const text = fs.readFileSync(config, 'utf8');
  const resolved = 'resolveSchoolConfig(schoolSettings, new Date())';
  if (!text.includes(resolved))
    throw new Error('school-config.ts no longer resolves schoolSettings');
  fs.writeFileSync(
    config,
    text.replace(
      resolved,
      `resolveSchoolConfig({ ...schoolSettings, ...${JSON.stringify(OVERRIDES)} }, new Date())`,
    ),
  );
  const { root } = runCompile({ projectPath: CONFIGURED, outDir: path.join(CONFIGURED, 'dist') });
  server = await startServer({ port: 0, root });
}, 240_000);

afterEach(async () => {
  await app?.close();
  app = undefined;
});

afterAll(async () => {
  await server?.close();
  await closeSharedBrowser();
});

test('shipped values: home → 登录了，学信档案里没有学籍 → 不用重新注册, and 按学校通知', async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'pages/home/index' });
  expect(await app.readText()).toContain('核对时间按学校通知');
  await app.tapText('登录了，学信档案里没有学籍');
  await app.waitForRoute('guide/pages/problem/index');
  const text = await app.readText();
  expect(text).toContain('不用重新注册');
  expect(text).toContain('学校通知的核对时间到了吗？');
  expect(app.errors).toEqual([]);
});

test('configured: home shows the cutoff with the days left', async () => {
  app = await PreviewApp.create(undefined, { url: server?.url ?? '' });
  await app.openApp({ path: 'pages/home/index' });
  const [, month, day] = END.split('-').map(Number);
  expect(await app.readText()).toContain(
    `学校要求：${String(month)} 月 ${String(day)} 日 17:00 前核对完（还有 10 天）`,
  );
  expect(await app.readText()).toContain('截止前一天提醒我');
  expect(app.errors).toEqual([]);
});

test('configured: home → problem 3 says where the 学号 is', async () => {
  app = await PreviewApp.create(undefined, { url: server?.url ?? '' });
  await app.openApp({ path: 'pages/home/index' });
  await app.tapText('提示“证件号码重复”');
  await app.waitForRoute('guide/pages/problem/index');
  expect(await app.readText()).toContain('学号在哪里看：录取通知书右上角');
  expect(app.errors).toEqual([]);
});

test('configured: home → step 2 → 不对 on 民族 → a message naming 民族, with the teacher’s WeChat', async () => {
  app = await PreviewApp.create(undefined, { url: server?.url ?? '' });
  await app.openApp({ path: 'pages/home/index' });
  await app.tapText('这一步已经做完（记进“我的进度”）');
  await app.tap('[class*="next__go"]');
  await app.waitForRoute('guide/pages/section/index');
  // Each field's row holds 对 then 不对, in the checklist's order.
  await app.page
    .locator('.preview-page:not([hidden]) [class*="checklist__answer"]')
    .nth(CHECK_FIELDS.indexOf('民族') * 2 + 1)
    .click();
  await app.settle();
  const text = await app.readText();
  expect(text).toContain('标了不对的：民族');
  expect(text).toContain('发现这几项和实际不符：民族。');
  expect(text).toContain('微信：wang-xueji-e2e');
  expect(text).toContain('复制微信号');
  expect(app.errors).toEqual([]);
});

test('configured: home search “几号之前要查完” → the login section’s deadline part with the cutoff', async () => {
  app = await PreviewApp.create(undefined, { url: server?.url ?? '' });
  await app.openApp({ path: 'pages/home/index' });
  await app.fill('几号之前要查完');
  await app.tapText('搜索');
  await app.waitForRoute('tools/pages/search/index');
  await app.tap('[class*="result-title"]');
  await app.waitForRoute('guide/pages/section/index');
  const [, month, day] = END.split('-').map(Number);
  const text = await app.readText();
  expect(text).toContain('什么时候之前核对完');
  expect(text).toContain(
    `学校要求：${String(month)} 月 ${String(day)} 日 17:00 前核对完（还有 10 天）。`,
  );
  expect(text).toContain('截止前一天提醒我');
  expect(app.errors).toEqual([]);
});
