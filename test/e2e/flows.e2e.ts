// End-to-end flows that matter most, in headless Chromium: the class-helper path of problem 3,
// search by the message on screen, and arriving from the menu, a QR code or a mini-program code.
import { problems } from '../../miniprogram/content/problems';
import { staffConfig } from '../../miniprogram/content/staff-config';
import { qrLinkUrl } from '../../miniprogram/core/entry-links';
import { problemHomeTitle } from '../../miniprogram/views/home';
import { closeSharedBrowser, PreviewApp } from './helpers/app';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

function problem(id: number) {
  const found = problems.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`problem ${id} is missing`);
  return found;
}

let app: PreviewApp;

afterEach(async () => {
  await app.close();
});

afterAll(async () => {
  await closeSharedBrowser();
});

test("home → problem 3 → class helper → a day's requests → one more refused → a card → the classmate's page", async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'pages/home/index' });
  await app.tapText(problemHomeTitle(problem(3)));
  await app.waitForRoute('pages/problem/index');
  await app.tapText('打开“同学协助”助手');
  await app.waitForRoute('pages/class-helper/index');
  for (let sent = 1; sent <= DAILY_LIMIT; sent++) {
    await app.fill(`李同学${sent}`);
    await app.tapText(/我已在学信网向/);
    await app.waitForText(`今天已申请 ${sent}/${DAILY_LIMIT} 名同学`);
  }
  await app.fill('再一位同学');
  await app.tapText(/我已在学信网向/);
  await app.waitForText(
    `你今天在本页已记下 ${DAILY_LIMIT} 名。学信网每天最多可申请 ${DAILY_LIMIT} 名同学协助`,
  );
  expect(await app.readText()).toContain(`今天已申请 ${DAILY_LIMIT}/${DAILY_LIMIT} 名同学`);
  await app.screenshot('flow-class-helper-sixth-refused');

  const card = await app.shareCardOf('发卡片给同学');
  expect(card.from).toBe('button');
  expect(card.path).toMatch(/^\/pages\/assist\/index\?/);
  expect(card.imageUrl).toMatch(/^data:image\/png;base64,/);
  await app.screenshot('flow-class-helper-card', false);

  await app.openShareAsFriend();
  expect(await app.route()).toBe('pages/assist/index');
  const text = await app.readText();
  for (const step of ['登录学信网', '点击右上角“账号”', '点击右上角“邮箱”', '点击“是”']) {
    expect(text).toContain(step);
  }
  await app.screenshot('flow-assist');
  expect(app.errors).toEqual([]);
});

test('home → search 手机号已存在 → problem 9', async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'pages/home/index' });
  // The search bar at the top of home: type the message, tap 搜索.
  await app.fill('手机号已存在');
  await app.tapText('搜索');
  await app.waitForRoute('tools/pages/search/index');
  await app.tapText(problem(9).symptom);
  await app.waitForRoute('pages/problem/index');
  expect(await app.readText()).toContain(problem(9).title);
  expect(app.errors).toEqual([]);
});

test('orientation entries: a QR code, a menu pagepath and a wxacode scene open their pages', async () => {
  app = await PreviewApp.create();
  const scanned = qrLinkUrl(staffConfig.qrLinkPrefix, 'p2');
  await app.openApp({
    path: 'pages/entry/index',
    query: { q: encodeURIComponent(scanned), scancode_time: '1795000000' },
    scene: 1011,
  });
  await app.waitForRoute('pages/problem/index');
  expect(await app.readText()).toContain(problem(2).title);

  await app.openApp({ path: 'pages/entry/index', query: 'r=p9&from=menu', scene: 1035 });
  await app.waitForRoute('pages/problem/index');
  expect(await app.readText()).toContain(problem(9).title);

  await app.openApp({
    path: 'pages/entry/index',
    query: { scene: 'r=p3' },
    scene: 1047,
  });
  await app.waitForRoute('pages/problem/index');
  expect(await app.readText()).toContain(problem(3).title);
  expect(app.errors).toEqual([]);
});
