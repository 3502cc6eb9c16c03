// WeChat's own "页面不存在" in the preview: an app without App.onPageNotFound (the fixture app)
// opened at a path that names no page shows it, so a broken card path is visible in the preview.
import { PreviewApp } from '../helpers/app';

let app: PreviewApp;

test('an app without App.onPageNotFound shows WeChat\'s "页面不存在" for such a card', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp({ path: 'pages/moved/index', query: 'id=9', scene: 1007 });
  const notFound = app.page.locator('.preview-not-found');
  await notFound.waitFor();
  expect(await notFound.innerText()).toContain('页面不存在');
  expect(await app.route()).toBe('');
  expect(await app.page.locator('.preview-page:not(.preview-not-found)').count()).toBe(0);
});
