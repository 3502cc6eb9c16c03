// End-to-end flows that matter most, in headless Chromium: the class-helper path of problem 3,
// search by the message on screen, and arriving from the menu, a QR code or a mini-program code.
import { problems } from '../../../miniprogram/content/problems';
import { staffConfig } from '../../../miniprogram/content/staff-config';
import { qrLinkUrl } from '../../../miniprogram/core/entry-links';
import { HELPER_TEXT } from '../../../miniprogram/helper/content/assist';
import { problemHomeTitle } from '../../../miniprogram/views/home';
import { PHONE, PreviewApp, SMALL_PHONE } from '../helpers/app';
import { DAILY_LIMIT } from '../../../miniprogram/core/daily-limit';

function problem(id: number) {
  const found = problems.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`problem ${id} is missing`);
  return found;
}

/** How the history tells repeated labels apart (李同学1…5 are all kept as 李同学). */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨';

let app: PreviewApp;

test("home → problem 3 → class helper → a day's requests → one more refused → a card → the classmate's page", async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'pages/home/index' });
  await app.tapText(problemHomeTitle(problem(3)));
  await app.waitForRoute('guide/pages/problem/index');
  await app.tapText('打开“同学协助”助手');
  await app.waitForRoute('helper/pages/class-helper/index');
  for (let sent = 1; sent <= DAILY_LIMIT; sent++) {
    await app.fill(`李同学${sent}`);
    await app.tapText(/我已在学信网向/);
    await app.waitForText(`今天已申请 ${sent}/${DAILY_LIMIT} 名同学`);
  }
  // Full: the record button is disabled and says when the student can record again.
  const full = app.page
    .locator(
      '.preview-page:not([hidden]) [class*="record-button"] button, .preview-page:not([hidden]) [class*="record-button"] wx-button',
    )
    .first();
  expect((await full.innerText()).trim()).toBe(HELPER_TEXT.fullButton);
  await app.tapText(HELPER_TEXT.fullButton);
  expect(await app.readText()).toContain(`今天已申请 ${DAILY_LIMIT}/${DAILY_LIMIT} 名同学`);
  expect(
    await app.page.locator('.preview-page:not([hidden]) [class*="request__name"]').count(),
  ).toBe(DAILY_LIMIT);
  expect(await app.readText()).toContain('明天提醒我');
  await app.screenshot('flow-class-helper-full');

  // The newest record sits right under the confirmation; its share button sends the card.
  const card = await app.shareCardOf(/^发卡片给同学$/);
  expect(card.from).toBe('button');
  expect(card.path).toMatch(/^\/helper\/pages\/assist\/index\?/);
  expect(card.imageUrl).toMatch(/^data:image\/png;base64,/);
  await app.screenshot('flow-class-helper-card', false);

  await app.openShareAsFriend();
  expect(await app.route()).toBe('helper/pages/assist/index');
  const text = await app.readText();
  for (const step of ['登录学信网', '点击右上角“账号”', '点击右上角“邮箱”', '点击“是”']) {
    expect(text).toContain(step);
  }
  await app.screenshot('flow-assist');

  // The classmate taps 我已点了“是”: the reply card carries its drawn ✓ picture and, opened by the
  // requester, marks the request 同学已完成.
  const reply = await app.shareCardOf(/^我已点了“是”$/);
  expect(reply.path).toMatch(/^\/helper\/pages\/class-helper\/index\?done=/);
  expect(reply.imageUrl).toMatch(/^data:image\/png;base64,/);
  await app.screenshot('flow-reply-card', false);

  // The class helper reopened (requests read back from storage): an older row's button sends
  // that request's own card, not the newest one's and not the generic card; the newest row's
  // button still sends the card sent first.
  await app.closeShareSheet();
  await app.relaunch('helper/pages/class-helper/index');
  const assistCard = /^\/helper\/pages\/assist\/index\?r=([a-z0-9]{8})&d=\d{4}-\d{2}-\d{2}$/;
  expect(card.path).toMatch(assistCard);
  const firstId = assistCard.exec(card.path)?.[1];
  const older = await app.shareCardOf(/^发卡片给同学$/, `李同学 ${CIRCLED.charAt(0)}`);
  expect(older.path).toMatch(assistCard);
  const olderId = assistCard.exec(older.path)?.[1];
  expect(olderId).not.toBe(firstId);
  await app.closeShareSheet();
  const newest = await app.shareCardOf(
    /^发卡片给同学$/,
    `李同学 ${CIRCLED.charAt(DAILY_LIMIT - 1)}`,
  );
  expect(assistCard.exec(newest.path)?.[1]).toBe(firstId);
  expect(app.errors).toEqual([]);
});

test('the class helper: the record button is on the first screen at 375×667 and 320×568', async () => {
  for (const viewport of [PHONE, SMALL_PHONE]) {
    app = await PreviewApp.create(viewport);
    await app.openApp({ path: 'helper/pages/class-helper/index' });
    const box = await app.page
      .locator('.preview-page:not([hidden]) [class*="record-button"]')
      .first()
      .boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    await app.screenshot(`class-helper-first-screen-${viewport.width}`, false);
    await app.close();
  }
  app = await PreviewApp.create();
});

test('home → search 手机号已存在 → problem 9', async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'pages/home/index' });
  // The search bar at the top of home: type the message, tap 搜索.
  await app.fill('手机号已存在');
  await app.tapText('搜索');
  await app.waitForRoute('tools/pages/search/index');
  await app.tapText(problem(9).symptom);
  await app.waitForRoute('guide/pages/problem/index');
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
  await app.waitForRoute('guide/pages/problem/index');
  expect(await app.readText()).toContain(problem(2).title);

  await app.openApp({ path: 'pages/entry/index', query: 'r=p9&from=menu', scene: 1035 });
  await app.waitForRoute('guide/pages/problem/index');
  expect(await app.readText()).toContain(problem(9).title);

  await app.openApp({
    path: 'pages/entry/index',
    query: { scene: 'r=p3' },
    scene: 1047,
  });
  await app.waitForRoute('guide/pages/problem/index');
  expect(await app.readText()).toContain(problem(3).title);
  expect(app.errors).toEqual([]);
});
