// End-to-end, the student's screens in the `npm start` preview: a copy chip copies and its paste
// sheet appears, Back returns to where home was, every screen renders without console errors or
// sideways scrolling at 320 px.
import { problems } from '../../../miniprogram/content/problems';
import { PROGRESS_STEPS } from '../../../miniprogram/content/progress';
import { sections } from '../../../miniprogram/content/sections';
import { schoolConfig } from '../../../miniprogram/content/school-config';
import { problemHomeTitle } from '../../../miniprogram/views/home';
import { PreviewApp, SMALL_PHONE } from '../helpers/app';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

let app: PreviewApp;

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
  expect(await app.scrollTop()).toBeGreaterThan(0);
  await app.tap('[class*="progress-head"]');
  // A tap first scrolls its target into view, as a finger would: "where it was" is the position
  // when the student leaves, with the step she taps on screen.
  const step = app
    .visible()
    .getByText(PROGRESS_STEPS[1]?.title ?? '?')
    .first();
  await step.scrollIntoViewIfNeeded();
  const scrolled = await app.scrollTop();
  expect(scrolled).toBeGreaterThan(0);
  await step.click();
  await app.settle();
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
