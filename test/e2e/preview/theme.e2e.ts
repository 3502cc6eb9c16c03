// End-to-end: the preview shows WeChat's theme and text size. The navigation bar and the window
// background come from app.json's window through theme.json in each theme; the theme follows
// prefers-color-scheme or the /app URL's theme=; the root font size comes from font= (16, 17,
// 22, 27 px) and from the entry panel; wx reports both and tells onThemeChange listeners.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PreviewApp } from '../helpers/app';

const FIXTURE_THEME = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixture-app/theme.json'), 'utf8'),
) as Record<'light' | 'dark', { navBackground: string; pageBackground: string }>;

/** '#202020' as the browser reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

let app: PreviewApp;

async function windowColours(target: PreviewApp) {
  return target.page.evaluate(() => {
    const nav = document.getElementById('preview-nav');
    const pages = document.getElementById('preview-pages');
    if (!nav || !pages) throw new Error('no navigation bar or page area');
    const wx = (
      window as unknown as {
        wx: { getSystemInfoSync(): { theme: string; fontSizeSetting: number } };
      }
    ).wx;
    return {
      nav: getComputedStyle(nav).backgroundColor,
      navText: getComputedStyle(nav).color,
      page: getComputedStyle(pages).backgroundColor,
      theme: wx.getSystemInfoSync().theme,
      font: wx.getSystemInfoSync().fontSizeSetting,
      root: getComputedStyle(document.documentElement).fontSize,
    };
  });
}

test.each(['light', 'dark'] as const)(
  'with the phone in %s mode, the nav bar and window follow theme.json',
  async (scheme) => {
    app = await PreviewApp.create(undefined, 'fixture', { colorScheme: scheme });
    await app.openApp();
    expect(await windowColours(app)).toMatchObject({
      nav: rgb(FIXTURE_THEME[scheme].navBackground),
      navText: scheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)',
      page: rgb(FIXTURE_THEME[scheme].pageBackground),
      theme: scheme,
    });
    expect(app.errors).toEqual([]);
  },
);

test('switching the phone to dark mode re-themes the open page and tells onThemeChange', async () => {
  app = await PreviewApp.create(undefined, 'fixture', { colorScheme: 'light' });
  await app.openApp();
  await app.page.evaluate(() => {
    const target = window as unknown as {
      wx: { onThemeChange(listener: (result: { theme: string }) => void): void };
      themesSeen: string[];
    };
    target.themesSeen = [];
    target.wx.onThemeChange(({ theme }) => target.themesSeen.push(theme));
  });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  expect((await windowColours(app)).nav).toBe(rgb(FIXTURE_THEME.dark.navBackground));
  expect(
    await app.page.evaluate(() => (window as unknown as { themesSeen: string[] }).themesSeen),
  ).toEqual(['dark']);
});

test("theme=dark in the /app URL gives the app's dark stylesheet on a light phone", async () => {
  app = await PreviewApp.create(undefined, 'main', { colorScheme: 'light' });
  await app.openApp({ theme: 'dark' });
  const colours = await app.page.evaluate(() => {
    const title = document.querySelector('.preview-page [class*="next__title"]');
    if (!title) throw new Error('no next-step title');
    return { title: getComputedStyle(title).color, theme: document.documentElement.dataset.theme };
  });
  expect(colours.theme).toBe('dark');
  // A light text colour: the app.wxss dark rules apply although the browser is in light mode.
  const [r = 0, g = 0, b = 0] = (colours.title.match(/\d+/g) ?? []).map(Number);
  expect((r + g + b) / 3).toBeGreaterThan(200);

  await app.openApp({ theme: 'light' });
  const light = await app.page.evaluate(() => {
    const title = document.querySelector('.preview-page [class*="next__title"]');
    return title ? getComputedStyle(title).color : '';
  });
  const [lr = 255, lg = 255, lb = 255] = (light.match(/\d+/g) ?? []).map(Number);
  expect((lr + lg + lb) / 3).toBeLessThan(60);
  expect(app.errors).toEqual([]);
});

test.each([16, 17, 22, 27])(
  'font=%i sets the root font size WeChat gives page-meta',
  async (font) => {
    app = await PreviewApp.create();
    await app.openApp({ font });
    const found = await windowColours(app);
    expect(found.root).toBe(`${font}px`);
    expect(found.font).toBe(font);
    const title = await app.page.evaluate(() => {
      const element = document.querySelector('.preview-page [class*="next__title"]');
      return element ? parseFloat(getComputedStyle(element).fontSize) : 0;
    });
    // Home's next-step title is 1.118rem: 19 px at the standard 17 px.
    expect(title).toBeCloseTo(1.118 * font, 0);
  },
);

test('a font= that is no size falls back to 17 px', async () => {
  app = await PreviewApp.create();
  await app.page.goto(`${app.hostUrl}app?font=huge`);
  await app.page.waitForFunction(() => document.body.dataset.ready === 'true');
  expect((await windowColours(app)).root).toBe('17px');
});

test('the entry panel sets the theme and the text size of the phone frame', async () => {
  app = await PreviewApp.create({ width: 1000, height: 800 });
  await app.page.goto(app.hostUrl);
  await app.page.frameLocator('#frame').locator('body[data-ready="true"]').waitFor();
  await app.page.selectOption('#theme', 'dark');
  await app.page
    .frameLocator('#frame')
    .locator('html[data-theme="dark"] body[data-ready="true"]')
    .waitFor();
  await app.page.selectOption('#font', '27');
  const frame = app.page.frameLocator('#frame');
  await frame.locator('html[data-font="27"][data-theme="dark"] body[data-ready="true"]').waitFor();
  expect(await frame.locator('html').evaluate((html) => getComputedStyle(html).fontSize)).toBe(
    '27px',
  );
  await app.screenshot('host-dark-27', false);
  expect(app.errors).toEqual([]);
});
