// Every screen of the preview loads nothing from outside the preview server: no font or icon CDN
// (Vant's icons come from the subset font inlined by `npm install`), and the icon font is really
// used to draw the arrows.
import { PreviewApp } from '../helpers/app';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

let app: PreviewApp;

test('no screen requests anything but the preview server (no font or icon CDN)', async () => {
  app = await PreviewApp.create();
  const requested: string[] = [];
  app.page.on('request', (request) => requested.push(request.url()));
  await app.openApp();
  const origin = new URL(app.hostUrl).origin;
  for (const screen of previewScreens()) {
    await app.relaunch(screen.path, screen.query, screen.lands);
    await app.settle();
  }
  expect(requested.length).toBeGreaterThan(0);
  const outside = requested.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(outside).toEqual([]);
  // Named for a clear message: the CDNs that icon and web fonts usually come from.
  const cdn = /alicdn\.com|fonts\.googleapis\.com|fonts\.gstatic\.com|jsdelivr|unpkg|cdnjs/;
  expect(requested.filter((url) => cdn.test(url))).toEqual([]);
}, 120_000);

test('the bundled vant-icon font loads and draws the cell arrow', async () => {
  app = await PreviewApp.create();
  await app.openApp();
  const result = await app.page.evaluate(async () => {
    const icon = document.querySelector('[class*="van-icon-arrow"]');
    if (!icon) throw new Error('no van-icon arrow on the home page');
    await document.fonts.ready;
    const statuses: string[] = [];
    document.fonts.forEach((face) => {
      if (face.family.replace(/['"]/g, '') === 'vant-icon') statuses.push(face.status);
    });
    const before = getComputedStyle(icon, '::before');
    return {
      statuses,
      family: before.fontFamily,
      content: before.content,
      width: icon.getBoundingClientRect().width,
    };
  });
  expect(result.statuses).toContain('loaded');
  expect(result.family).toContain('vant-icon');
  expect(result.content).toBe('"\ue660"');
  expect(result.width).toBeGreaterThan(0);
});
