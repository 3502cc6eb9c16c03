// Action first: arriving from the orientation-day QR code for problem 3 and from the
// official-account menu, the first thing to tap is on the first screen — measured by its bounding
// box inside the first 667 px of a 375-wide phone and the first 568 px of a 320-wide one — and a
// copy chip opens the paste sheet.
import { staffConfig } from '../../../miniprogram/content/staff-config';
import { qrLinkUrl } from '../../../miniprogram/core/entry-links';
import { PHONE, PreviewApp, SMALL_PHONE, type Viewport } from '../helpers/app';

let app: PreviewApp | undefined;

/** The bottom edge (px from the top of the viewport) of the first visible match. */
async function bottomOf(preview: PreviewApp, selector: string): Promise<number> {
  const target = preview.page.locator(`.preview-page:not([hidden]) ${selector}`).first();
  await target.waitFor();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box.y + box.height;
}

/** The page is where the student lands: not scrolled. */
async function expectUnscrolled(preview: PreviewApp): Promise<void> {
  expect(await preview.scrollTop()).toBe(0);
}

describe.each([
  ['375×667', PHONE],
  ['320×568', SMALL_PHONE],
] as const)('on a %s phone', (_label, viewport: Viewport) => {
  test('from the problem-3 QR code, the first action is a copy chip on the first screen', async () => {
    app = await PreviewApp.create(viewport);
    await app.openApp({
      path: 'pages/entry/index',
      query: { q: encodeURIComponent(qrLinkUrl(staffConfig.qrLinkPrefix, 'p3')) },
      scene: 1011,
    });
    await app.waitForRoute('guide/pages/problem/index');
    await expectUnscrolled(app);
    const chip = '[class*="now-part"] [class*="copy-chip__action"]';
    expect(await bottomOf(app, chip)).toBeLessThanOrEqual(viewport.height);
    await app.screenshot(`first-action-p3-${viewport.width}`, false);

    // The first chip is 学校全称: the sheet says where to paste it.
    await app.tap(chip);
    await app.waitForText('学校全称已复制，接下来：');
    await app.screenshot(`first-action-p3-paste-sheet-${viewport.width}`, false);
    expect(app.errors).toEqual([]);
  });

  test('from the menu, home’s next-step button and the copy chip are on the first screen', async () => {
    app = await PreviewApp.create(viewport);
    await app.openApp({ path: 'pages/entry/index', query: 'r=home&from=menu', scene: 1035 });
    await app.waitForRoute('pages/home/index');
    await expectUnscrolled(app);
    expect(await bottomOf(app, '[class*="next__go"]')).toBeLessThanOrEqual(viewport.height);
    expect(
      await bottomOf(app, '[class*="next__copy"] [class*="copy-chip__action"]'),
    ).toBeLessThanOrEqual(viewport.height);
    expect(await app.readText()).toContain('第 1 步');
    await app.screenshot(`first-action-menu-${viewport.width}`, false);
    expect(app.errors).toEqual([]);
  });
});
