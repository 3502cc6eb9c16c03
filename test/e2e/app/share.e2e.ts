// End-to-end: forwarded cards in the `npm start` preview. A card forwarded from the ··· menu opens
// the page it names for the friend who taps it; a card naming a page that does not exist lands on
// home with a notice through App.onPageNotFound; an app without onPageNotFound shows WeChat's own
// "页面不存在" (test/e2e/preview/page-not-found.e2e.ts).
import { HOME_NOTICES } from '../../../miniprogram/content/home-arrival';
import { problems } from '../../../miniprogram/content/problems';
import { sharePath } from '../../../miniprogram/core/entry-links';
import { PreviewApp, type ShareCard } from '../helpers/app';

let app: PreviewApp;

test('problem 9 forwarded from the ··· menu opens problem 9 for the friend who taps it', async () => {
  app = await PreviewApp.create();
  await app.openApp({ path: 'guide/pages/problem/index', query: 'id=9' });
  await app.waitForRoute('guide/pages/problem/index');
  await app.page.locator('#preview-more').click();
  await app.tapText('转发给朋友');
  await app.page.locator('.preview-card').last().waitFor();
  const card = await app.page.evaluate(() => {
    const shares = (window as unknown as { __PREVIEW_SHARES__: ShareCard[] }).__PREVIEW_SHARES__;
    return shares[shares.length - 1];
  });
  const nine = problems.find((problem) => problem.id === 9);
  expect(card).toMatchObject({
    from: 'menu',
    title: `${nine?.symptom ?? ''}怎么办`,
    path: sharePath('p9'),
    imageUrl: '/assets/guide-card.png',
  });
  await app.screenshot('share-problem-9-card', false);

  await app.openShareAsFriend();
  await app.waitForRoute('guide/pages/problem/index');
  const text = await app.readText();
  expect(text).toContain(nine?.title ?? '—');
  expect(await app.page.evaluate(() => new URL(location.href).searchParams.get('current'))).toBe(
    'guide/pages/problem/index?id=9',
  );
  expect(app.errors).toEqual([]);
});

test('a card whose path names no page lands on home with the notice (App.onPageNotFound)', async () => {
  app = await PreviewApp.create();
  // The path the 问题诊断 card carried before this fix: the page moved into the tools subpackage.
  await app.openApp({ path: 'pages/finder/index', scene: 1007 });
  await app.waitForRoute('pages/home/index');
  expect(await app.readText()).toContain(HOME_NOTICES['missing-page']);
  expect(await app.page.locator('.preview-not-found').count()).toBe(0);
  expect(app.errors).toEqual([]);
});
