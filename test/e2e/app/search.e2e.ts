// Search as students use it, in headless Chromium: a question typed in their own words into the
// home search box, the first result tapped, and the page opened scrolled to the passage that answers
// it — on screen, not a screen further down.
import { closeSharedBrowser, PHONE, PreviewApp } from '../helpers/app';

let app: PreviewApp;

afterEach(async () => {
  await app.close();
});

afterAll(async () => {
  await closeSharedBrowser();
});

/** What the student types, the page it must open and the words of the passage she must see. */
const CASES: readonly (readonly [query: string, route: string, query: string, passage: string])[] =
  [
    ['忘记密码', 'guide/pages/problem/index', 'id=4', '先找回用户名'],
    ['查不到学籍', 'guide/pages/problem/index', 'id=10', '不用重新注册'],
    ['民族错了', 'guide/pages/section/index', 'id=login&part=report', '如有与实际信息不符的'],
    ['我改名了', 'guide/pages/section/index', 'id=login&part=renamed', '录取后改了名的'],
    ['收不到验证码', 'guide/pages/section/index', 'id=register&part=sms', '关于短信验证码'],
  ];

test.each(CASES)(
  'home search “%s” opens %s?%s with “%s” on screen',
  async (typed, route, query, passage) => {
    app = await PreviewApp.create(PHONE);
    await app.openApp({ path: 'pages/home/index' });
    await app.fill(typed);
    await app.tapText('搜索');
    await app.waitForRoute('tools/pages/search/index');
    await app.tap('[class*="result-title"]');
    await app.waitForRoute(route);
    const opened = await app.page.evaluate(() => {
      const pages = (
        globalThis as unknown as { getCurrentPages: () => { options: object }[] }
      ).getCurrentPages();
      return pages[pages.length - 1]?.options ?? {};
    });
    expect(opened).toEqual(Object.fromEntries(new URLSearchParams(query)));
    // The passage is inside the screen: below the navigation bar, its first line above the bottom.
    const frame = await app.page.locator('#preview-pages').boundingBox();
    const box = await app.page
      .locator('.preview-page:not([hidden])')
      .getByText(passage)
      .first()
      .boundingBox();
    if (!frame || !box) throw new Error(`“${passage}” is not rendered`);
    expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
    expect(box.y + Math.min(box.height, 24)).toBeLessThanOrEqual(frame.y + frame.height);
    await app.screenshot(`search-${typed}`, false);
    expect(app.errors).toEqual([]);
  },
);
