// End-to-end: the preview's wx shims and built-in components, on the small fixture app in
// test/e2e/fixture-app — a share button whose card carries a Canvas-2D image, opening the card
// as a friend (scene 1007), input, dialog, storage, navigator, navigateBack and redirectTo.
import { PreviewApp } from '../helpers/app';

let app: PreviewApp;

test('a share button shows the card that would be sent; a friend opens its path', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp();
  // The image is drawn on a Canvas 2D node in onReady and exported with canvasToTempFilePath.
  await app.page.waitForFunction(() => {
    const canvas = document.querySelector('wx-canvas canvas');
    return canvas instanceof HTMLCanvasElement && canvas.width === 500;
  });
  const card = await app.shareCardOf('分享卡片');
  expect(card).toMatchObject({
    from: 'button',
    title: '请帮我核对：assist',
    path: '/pages/second/index?from=share&id=42',
  });
  expect(card.imageUrl).toMatch(/^data:image\/png;base64,/);
  expect(await app.page.locator('.preview-card__title').last().textContent()).toBe(
    '请帮我核对：assist',
  );
  await app.screenshot('fixture-share-card', false);

  await app.openShareAsFriend();
  expect(await app.route()).toBe('pages/second/index');
  const text = await app.readText();
  expect(text).toContain('query: {"from":"share","id":"42"}');
  expect(text).toContain('scene: 1007');
  expect(app.errors).toEqual([]);
});

test('typing, a dialog, storage and navigation behave as in WeChat', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp();
  await app.fill('小王');
  await app.waitForText('你好，小王');

  await app.tapText('询问');
  expect(await app.modal()).toEqual({ title: '确认', content: '继续吗？' });
  await app.tapText('确定');
  await app.waitForText('已确定');

  await app.tapText('保存');
  expect(await app.toast()).toBe('已保存');

  await app.tapText('下一页');
  await app.waitForRoute('pages/second/index');
  expect(await app.title()).toBe('第二页');
  const second = await app.readText();
  expect(second).toContain('query: {"id":"7"}');
  expect(second).toContain('saved: 小王');
  expect(second).toContain('stack: 2');

  await app.tapText('返回');
  await app.waitForRoute('pages/share/index');
  expect(await app.stackDepth()).toBe(1);

  await app.openApp({ path: 'pages/second/index', query: 'id=1', scene: 1047 });
  expect(await app.readText()).toContain('scene: 1047');
  await app.tapText('替换为分享页');
  await app.waitForRoute('pages/share/index');
  expect(await app.stackDepth()).toBe(1);
  expect(app.errors).toEqual([]);
});
