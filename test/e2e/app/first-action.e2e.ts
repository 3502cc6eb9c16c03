// Action first: arriving from the orientation-day QR code for problem 3 and from the
// official-account menu, the first thing to tap is on the first screen — measured by its bounding
// box inside the first 667 px of a 375-wide phone and the first 568 px of a 320-wide one — and a
// copy chip opens the paste sheet. Every page, too, has its first action on the first screen, at
// 375×667 with 17 px text and at 320×568 with the largest text (27 px).
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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

/** What a student can act on: a copy chip, an answer, a button, a field, a tappable row or link. */
const ACTION = [
  '[class*="copy-chip__action"]',
  '[class*="decision__option"]',
  'wx-button',
  'input',
  'textarea',
  '[class*="van-cell--clickable"]',
  '[role="button"]',
  '[role="link"]',
].join(', ');

/** The bottom edge of the first action on the visible page that has a box, or Infinity. */
async function firstActionBottom(preview: PreviewApp): Promise<{ bottom: number; text: string }> {
  return preview.page.evaluate((selector) => {
    const root = document.querySelector('.preview-page:not([hidden])');
    const elements = root ? Array.from(root.querySelectorAll<HTMLElement>(selector)) : [];
    for (const element of elements) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        return { bottom: box.bottom, text: element.textContent.trim().slice(0, 30) };
      }
    }
    return { bottom: Number.POSITIVE_INFINITY, text: '' };
  }, ACTION);
}

// The page-level screens (a part a decision keeps closed is reached from its page's first action).
const PAGE_SCREENS = previewScreens().filter((screen) => !/^problem-\d+-/.test(screen.name));
/** Pages with nothing to do, only to read: checked to stay that way rather than skipped. */
const READ_ONLY = ['pages_privacy_index'];

describe.each([
  ['375×667 at 17 px', PHONE, 17],
  ['320×568 at 27 px (the largest text)', SMALL_PHONE, 27],
] as const)('every page on a %s phone', (_label, viewport: Viewport, font: number) => {
  test('has its first action on the first screen', async () => {
    app = await PreviewApp.create(viewport);
    const late: string[] = [];
    let launched = false;
    for (const screen of PAGE_SCREENS) {
      if (!launched) {
        await app.openApp({ path: screen.path, query: screen.query, font });
        await app.waitForRoute(screen.lands);
        launched = true;
      } else {
        await app.relaunch(screen.path, screen.query, screen.lands);
      }
      const first = await firstActionBottom(app);
      if (READ_ONLY.includes(screen.name)) {
        if (first.text) late.push(`${screen.name}: read-only page now has “${first.text}”`);
      } else if (first.bottom > viewport.height) {
        late.push(`${screen.name}: “${first.text}” ends at ${String(Math.round(first.bottom))} px`);
        await app.screenshot(`first-action-late-${screen.name}-${viewport.width}-${font}`, false);
      }
    }
    expect(late).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
