// The preview's WeChat, on the fixture app: what a phone does is drawn and said, never pretended.
// A first page that is not home gets WeChat's 返回首页; a calendar reminder and a phone call open
// drawn sheets, and the app hears what the student chose there (a cancelled calendar fails on iOS
// and reports success on Android, as WeChat does); with consent not yet given and no consent
// dialog of the app's own, WeChat's popup asks first.
import { PreviewApp } from '../helpers/app';

let app: PreviewApp;

const outcome = async (): Promise<string> =>
  (await app.page.locator('.preview-page:not([hidden]) [class*="outcome"]').innerText()).trim();

/** Taps a button of the drawn sheet by its exact label (the sheet's text names its buttons too). */
async function tapButton(label: string): Promise<void> {
  await app.page.getByRole('button', { name: label, exact: true }).click();
}

test('a first page that is not home shows 返回首页 instead of Back, and it goes home', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp({ path: 'pages/second/index', scene: 1007 });
  const home = app.page.locator('#preview-home');
  await home.waitFor();
  expect(await home.getAttribute('aria-label')).toBe('返回首页');
  expect(await app.page.locator('#preview-back').isHidden()).toBe(true);
  await app.screenshot('fixture-home-button', false);
  await home.click();
  await app.waitForRoute('pages/share/index');
  expect(await home.isHidden()).toBe(true);
  expect(await app.stackDepth()).toBe(1);
  expect(app.errors).toEqual([]);
});

test('a calendar reminder opens a drawn sheet; cancelling fails on iOS, succeeds on Android', async () => {
  for (const platform of [undefined, 'android'] as const) {
    app = await PreviewApp.create(undefined, 'fixture');
    await app.openApp({ path: 'pages/second/index', ...(platform ? { platform } : {}) });
    await app.tapText('加日历');
    const sheet = app.page.locator('.preview-calendar');
    await sheet.waitFor();
    const text = await sheet.innerText();
    expect(text).toContain('再申请同学协助');
    expect(text).toContain('预览不会写入任何日历');
    if (!platform) await app.screenshot('fixture-calendar-sheet', false);
    await tapButton('取消');
    await app.waitForText(
      platform === 'android' ? 'outcome: calendar ok' : 'outcome: addPhoneCalendar:fail cancel',
    );
    expect(await outcome()).toBe(
      platform === 'android' ? 'outcome: calendar ok' : 'outcome: addPhoneCalendar:fail cancel',
    );
    expect(app.errors).toEqual([]);
    await app.close();
  }
});

test('a phone call opens the drawn dialler; nothing is called until 呼叫', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp({ path: 'pages/second/index' });
  await app.tapText('打电话');
  const dialler = app.page.locator('.preview-dialler');
  await dialler.waitFor();
  expect(await dialler.innerText()).toContain('预览不会拨出电话');
  expect(await outcome()).toBe('outcome:');
  await tapButton('呼叫');
  await app.waitForText('outcome: called');
  await app.tapText('打电话');
  await tapButton('取消');
  await app.waitForText('outcome: makePhoneCall:fail cancel');
  expect(app.errors).toEqual([]);
});

test('consent not yet given and no dialog of the app’s own: WeChat’s popup asks first', async () => {
  app = await PreviewApp.create(undefined, 'fixture');
  await app.openApp({ path: 'pages/second/index', privacy: 'needed' });
  await app.tapText('加日历');
  const popup = app.page.locator('.preview-consent');
  await popup.waitFor();
  expect(await popup.innerText()).toContain('隐私保护');
  await tapButton('拒绝');
  await app.waitForText('outcome: addPhoneCalendar:fail privacy permission is not authorized');
  expect(await app.page.locator('.preview-calendar').count()).toBe(0);
  await app.tapText('加日历');
  await popup.waitFor();
  await tapButton('同意');
  await app.page.locator('.preview-calendar').waitFor();
  await tapButton('保存');
  await app.waitForText('outcome: calendar ok');
  expect(app.errors).toEqual([]);
});
