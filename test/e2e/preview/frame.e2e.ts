// The preview frame itself, on the real app: Chinese text drawn in a CJK font, page-meta and rem
// sizes as on a phone, the launch options a page receives, and the host's entry panel.
import { problems } from '../../../miniprogram/content/problems';
import { schoolConfig } from '../../../miniprogram/content/school-config';
import { problemHomeTitle } from '../../../miniprogram/views/home';
import { PreviewApp } from '../helpers/app';

let app: PreviewApp;

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
