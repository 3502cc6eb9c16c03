// End-to-end: the `npm start` preview in headless Chromium. Home loads with its Chinese text
// actually drawn, taps navigate as in WeChat, a copy shows its toast, every screen renders
// without console errors or sideways scrolling at 320 px.
import { problems } from '../../miniprogram/content/problems';
import { PROGRESS_STEPS } from '../../miniprogram/content/progress';
import { sections } from '../../miniprogram/content/sections';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { problemHomeTitle } from '../../miniprogram/views/home';
import { closeSharedBrowser, PreviewApp, SMALL_PHONE } from './helpers/app';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

let app: PreviewApp;

afterEach(async () => {
  await app.close();
});

afterAll(async () => {
  await closeSharedBrowser();
});

test('home loads with its Chinese text drawn in a CJK font, not as boxes', async () => {
  app = await PreviewApp.create();
  await app.openApp();
  expect(await app.route()).toBe('pages/home/index');
  const text = await app.readText();
  expect(text).toContain('第 1 步');
  expect(text).toContain(schoolConfig.chsiUrl);
  for (const problem of problems) expect(text).toContain(problemHomeTitle(problem));

  // Draw two different characters and an unassigned code point in the page title's font: with
  // a CJK font they differ; without one all three are the same "tofu" box.
  const glyphs = await app.page.evaluate(() => {
    const title = document.querySelector('.preview-page [class*="next__title"]');
    if (!title) throw new Error('no next-step title');
    const font = getComputedStyle(title).font;
    const draw = (character: string): string => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.font = font.replace(/\d+(\.\d+)?px/, '32px');
      context.fillText(character, 4, 38);
      return canvas.toDataURL();
    };
    const blank = document.createElement('canvas');
    blank.width = 48;
    blank.height = 48;
    return { xue: draw('学'), ji: draw('籍'), tofu: draw('\u{0378}'), blank: blank.toDataURL() };
  });
  expect(glyphs.xue).not.toBe(glyphs.blank);
  expect(glyphs.xue).not.toBe(glyphs.ji);
  expect(glyphs.xue).not.toBe(glyphs.tofu);
  await app.screenshot('home');
  expect(app.errors).toEqual([]);
});

test('page-meta draws nothing, and rem text keeps the phone sizes at 17px per rem', async () => {
  app = await PreviewApp.create();
  await app.openApp();
  const found = await app.page.evaluate(() => {
    const page = document.querySelector('.preview-page:not([hidden])');
    const size = (selector: string): number => {
      const element = page?.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return parseFloat(getComputedStyle(element).fontSize);
    };
    const metas = page ? Array.from(page.querySelectorAll('wx-page-meta')) : [];
    return {
      metas: metas.length,
      shown: metas.filter((meta) => getComputedStyle(meta).display !== 'none').length,
      root: getComputedStyle(document.documentElement).fontSize,
      title: size('[class*="next__title"]'),
      meta: size('[class*="next__meta"]'),
    };
  });
  expect(found.metas).toBe(1);
  expect(found.shown).toBe(0);
  expect(found.root).toBe('17px');
  // 1.118rem and 0.765rem at 17 px per rem: 19 px and 13 px.
  expect(found.title).toBeCloseTo(19, 0);
  expect(found.meta).toBeCloseTo(13, 0);
  expect(app.errors).toEqual([]);
});

test('home → a problem → the copy chip copies the CHSI address and the paste sheet appears', async () => {
  app = await PreviewApp.create();
  await app.openApp();
  const problem = problems.find((candidate) => candidate.id === 4);
  if (!problem) throw new Error('problem 4 is missing');
  await app.tapText(problemHomeTitle(problem));
  await app.waitForRoute('guide/pages/problem/index');
  expect(await app.readText()).toContain(problem.title);
  expect(await app.stackDepth()).toBe(2);

  await app.tap('[class*="copy-chip__action"]');
  await app.waitForText('粘贴并访问');
  expect(await app.readText()).toContain('长按顶部的地址栏');
  expect(
    await app.page.evaluate(
      () => (window as unknown as { __PREVIEW_CLIPBOARD__?: string }).__PREVIEW_CLIPBOARD__,
    ),
  ).toBe(schoolConfig.chsiUrl);
  await app.screenshot('problem-4-copied', false);
  await app.tapText('知道了');
  await app.page
    .locator('.preview-page:not([hidden]) [class*="paste-sheet__title"]')
    .first()
    .waitFor({ state: 'hidden' });
  expect(app.errors).toEqual([]);
});

test('home → a section → back returns to home, where it was', async () => {
  app = await PreviewApp.create();
  await app.openApp();
  const section = sections[1];
  if (!section) throw new Error('no second section');
  await app.scrollTo(120);
  const scrolled = await app.scrollTop();
  expect(scrolled).toBeGreaterThan(0);
  await app.tap('[class*="progress-head"]');
  await app.tapText(PROGRESS_STEPS[1]?.title ?? '?');
  await app.waitForRoute('guide/pages/section/index');
  expect(await app.readText()).toContain(section.title);
  expect(await app.page.locator('#preview-back').isVisible()).toBe(true);

  await app.back();
  expect(await app.route()).toBe('pages/home/index');
  expect(await app.stackDepth()).toBe(1);
  expect(await app.page.locator('#preview-back').isVisible()).toBe(false);
  expect(await app.scrollTop()).toBe(scrolled);
  expect(app.errors).toEqual([]);
});

test('the launch query and scene reach the page and wx.getLaunchOptionsSync()', async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'guide/pages/problem/index', query: { id: '9' }, scene: 1011 });
  const problem = problems.find((candidate) => candidate.id === 9);
  if (!problem) throw new Error('problem 9 is missing');
  expect(await app.readText()).toContain(problem.title);
  const launch = await app.page.evaluate(() =>
    (window as unknown as { wx: { getLaunchOptionsSync(): unknown } }).wx.getLaunchOptionsSync(),
  );
  expect(launch).toMatchObject({
    path: 'guide/pages/problem/index',
    scene: 1011,
    query: { id: '9' },
  });
  expect(app.errors).toEqual([]);
});

test('the entry panel opens a chosen page with a chosen scene and a QR code URL as q=', async () => {
  app = await PreviewApp.create({ width: 1000, height: 800 });
  await app.page.goto(app.hostUrl);
  await app.page.selectOption('#path', 'guide/pages/problem/index');
  await app.page.selectOption('#scene', '1011');
  await app.page.fill('#qr', 'https://example.edu.cn/xueji?id=6');
  await app.page.click('#open');
  const frame = app.page.frameLocator('#frame');
  await frame.locator('body[data-ready="true"][data-route="guide/pages/problem/index"]').waitFor();
  const launch = await app.page
    .frames()
    .find((candidate) => candidate.url().includes('/app?'))
    ?.evaluate(() =>
      (window as unknown as { wx: { getEnterOptionsSync(): unknown } }).wx.getEnterOptionsSync(),
    );
  expect(launch).toMatchObject({
    path: 'guide/pages/problem/index',
    scene: 1011,
    query: { q: encodeURIComponent('https://example.edu.cn/xueji?id=6') },
  });
  await app.screenshot('host-entry-panel', false);
  expect(app.errors).toEqual([]);
});

test('every screen renders without console errors and without sideways scrolling at 320 px', async () => {
  app = await PreviewApp.create(SMALL_PHONE);
  const screens = previewScreens();
  expect(screens.length).toBeGreaterThanOrEqual(3 + sections.length + problems.length);
  const problemsFound: string[] = [];
  await app.openApp();
  for (const screen of screens) {
    await app.relaunch(screen.path, screen.query, screen.lands);
    expect({ screen: screen.name, route: await app.route() }).toEqual({
      screen: screen.name,
      route: screen.lands,
    });
    const text = await app.readText();
    expect({ screen: screen.name, empty: text.length === 0 }).toEqual({
      screen: screen.name,
      empty: false,
    });
    expect({ screen: screen.name, sideways: await app.scrollsSideways() }).toEqual({
      screen: screen.name,
      sideways: false,
    });
    expect({ screen: screen.name, errors: app.errors }).toEqual({
      screen: screen.name,
      errors: [],
    });
    const problem = problems.find((candidate) => screen.name === `problem-${candidate.id}`);
    if (problem && text.includes(problem.title)) problemsFound.push(screen.name);
  }
  expect(problemsFound).toHaveLength(problems.length);
});
