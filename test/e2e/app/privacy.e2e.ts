// Before the student has agreed to the privacy guide (preview privacy=needed), the first copy of
// the CHSI address opens the app's own consent dialog; agreeing copies the address, declining
// shows it to copy by hand and copies nothing.
import { problems } from '../../../miniprogram/content/problems';
import { schoolConfig } from '../../../miniprogram/content/school-config';
import { problemHomeTitle } from '../../../miniprogram/views/home';
import { PreviewApp } from '../helpers/app';

let app: PreviewApp;

const clipboard = (): Promise<string | undefined> =>
  app.page.evaluate(
    () => (window as unknown as { __PREVIEW_CLIPBOARD__?: string }).__PREVIEW_CLIPBOARD__,
  );

async function openProblemAndCopy(): Promise<void> {
  app = await PreviewApp.create();
  await app.openApp({ privacy: 'needed' });
  const problem = problems.find((candidate) => candidate.id === 4);
  if (!problem) throw new Error('problem 4 is missing');
  await app.tapText(problemHomeTitle(problem));
  await app.waitForRoute('guide/pages/problem/index');
  await app.tap('[class*="copy-chip__action"]');
  await app.waitForText('复制前请先同意隐私保护指引');
}

test('the first copy asks for consent in the app’s dialog; agreeing copies the address', async () => {
  await openProblemAndCopy();
  expect(await clipboard()).toBeUndefined();
  await app.screenshot('privacy-consent-dialog', false);
  await app.tapText('同意并复制');
  await app.waitForText('粘贴并访问');
  expect(await clipboard()).toBe(schoolConfig.chsiUrl);
  expect(app.errors).toEqual([]);
});

test('declining copies nothing and shows the address to copy by hand', async () => {
  await openProblemAndCopy();
  await app.tapText('不同意');
  expect(await app.modal()).toEqual({ title: '请手动复制', content: schoolConfig.chsiUrl });
  expect(await clipboard()).toBeUndefined();
  expect(app.errors).toEqual([]);
});
