// The home page's 进度 checklist and tool entries (issue 5).
import { APP_ROUTES } from '../helpers/app-routes';
import { PROGRESS_STEPS } from '../../miniprogram/content/progress';
import { PROGRESS_KEY, progressStore } from '../../miniprogram/stores/progress-store';
import { all, find, openPage, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
  progressStore.reload();
});

function summary(page: Rendered): string {
  return textOf(find(page, '.home-progress', '.progress-summary'));
}

async function tick(page: Rendered, index: number): Promise<void> {
  const box = all(find(page, '.home-progress'), '.step-check')[index];
  if (!box) throw new Error(`no checkbox ${index}`);
  await tapVant(box, '.van-checkbox__icon-wrap');
  await simulate.sleep(10);
}

test('shows the five steps with the contact office and an empty summary', async () => {
  const page = await openPage('pages/home/index');
  const text = textOf(find(page, '.home-progress'));
  for (const step of PROGRESS_STEPS) expect(text).toContain(step.title);
  expect(text).toContain('有不符的已联系教务处');
  expect(summary(page)).toBe('已完成 0/5 步');
});

test('ticking a step updates the summary and persists; ticking again clears it', async () => {
  const page = await openPage('pages/home/index');
  await tick(page, 0);
  expect(summary(page)).toBe('已完成 1/5 步');
  expect(wxControl.storage.get(PROGRESS_KEY)).toEqual({ v: 1, data: { done: ['registered'] } });
  await tick(page, 4);
  expect(summary(page)).toBe('已完成 2/5 步');

  // Reopening the app: the store reads what was stored.
  progressStore.reload();
  const again = await openPage('pages/home/index');
  expect(summary(again)).toBe('已完成 2/5 步');
  await tick(again, 0);
  expect(summary(again)).toBe('已完成 1/5 步');
  expect(wxControl.storage.get(PROGRESS_KEY)).toEqual({ v: 1, data: { done: ['loggedOut'] } });
});

test('each step links to its guide page', async () => {
  const page = await openPage('pages/home/index');
  for (const link of all(find(page, '.home-progress'), '.step-link')) {
    link.dispatchEvent('tap');
    await simulate.sleep(0);
  }
  expect(wxControl.record.navigations.map((navigation) => navigation.url)).toEqual([
    '/pages/section/index?id=register',
    '/pages/section/index?id=login&part=open-record',
    '/pages/section/index?id=login&part=check',
    '/pages/section/index?id=login&part=check',
    '/pages/section/index?id=login&part=logout',
  ]);
});

test('corrupt stored progress is recovered with a notice', async () => {
  wxControl.storage.set(PROGRESS_KEY, '{broken');
  progressStore.reload();
  const page = await openPage('pages/home/index');
  expect(textOf(find(page, '.home-progress'))).toContain('之前的进度记录读不出来');
  expect(summary(page)).toBe('已完成 0/5 步');
});

test('the tool entries open 填写前自查, 问题诊断 and 搜索, pages that exist in app.json', async () => {
  const page = await openPage('pages/home/index');
  const entries = all(page, '.tool-entry');
  expect(entries.map((entry) => textOf(entry).slice(0, 5))).toEqual([
    '填写前自查',
    '问题诊断回',
    '搜索输入关',
  ]);
  for (const entry of entries) await tapVant(entry, '.van-cell');
  const routes = wxControl.record.navigations.map((navigation) => navigation.url.slice(1));
  expect(routes).toEqual([
    'tools/pages/precheck/index',
    'tools/pages/finder/index',
    'tools/pages/search/index',
  ]);
  for (const route of routes) expect(APP_ROUTES).toContain(route);
});
