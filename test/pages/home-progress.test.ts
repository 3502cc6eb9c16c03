// 我的进度 on home: collapsed to n/5; opened, only the circle ticks a step, the row opens the
// step's page, every step shows its note, and progress is kept on the phone.
import { PROGRESS_STEPS } from '../../miniprogram/content/progress';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { PROGRESS_KEY, progressStore } from '../../miniprogram/stores/progress-store';
import { all, find, openPage, simulate, textOf, waitFor, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
  progressStore.reload();
});

const total = PROGRESS_STEPS.length;

function summary(page: Rendered): string {
  return textOf(find(page, '.home-progress', '.progress-summary'));
}

async function expand(page: Rendered): Promise<void> {
  find(page, '.home-progress', '.progress-head').dispatchEvent('tap');
  await simulate.sleep(0);
}

async function tick(page: Rendered, index: number): Promise<void> {
  const circle = all(find(page, '.home-progress'), '.step-tick')[index];
  if (!circle) throw new Error(`no circle ${index}`);
  const before = summary(page);
  circle.dispatchEvent('tap');
  await waitFor(() => summary(page) !== before, `the count to change after circle ${index}`);
}

test('collapsed, it is one row: 我的进度 0/5, no steps', async () => {
  const page = await openPage('pages/home/index');
  expect(summary(page)).toBe(`0/${total}`);
  expect(all(find(page, '.home-progress'), '.progress-step')).toHaveLength(0);
});

test('opened, it shows every step with its note and the contact office', async () => {
  const page = await openPage('pages/home/index');
  await expand(page);
  const text = textOf(find(page, '.home-progress'));
  for (const step of PROGRESS_STEPS) {
    expect(text).toContain(step.title);
    expect(text).toContain(step.note);
  }
  // Each row reads 第 n 步, its title and note, and ends with the › that says it opens a page.
  expect(all(find(page, '.home-progress'), '.step-row').map((row) => textOf(row))).toEqual(
    PROGRESS_STEPS.map((step, index) => `第 ${String(index + 1)} 步：${step.title}${step.note}›`),
  );
  expect(text).toContain(`有不符的已联系${schoolConfig.contact.office}`);
});

test('tapping a step’s row opens its page and does not tick it', async () => {
  const page = await openPage('pages/home/index');
  await expand(page);
  for (const row of all(find(page, '.home-progress'), '.step-row')) {
    row.dispatchEvent('tap');
    await simulate.sleep(0);
  }
  expect(wxControl.record.navigations.map((navigation) => navigation.url)).toEqual([
    '/guide/pages/section/index?id=register',
    '/guide/pages/section/index?id=login&part=open-record',
    '/guide/pages/section/index?id=login&part=check',
    '/guide/pages/section/index?id=login&part=check',
    '/guide/pages/section/index?id=login&part=logout',
  ]);
  expect(progressStore.done).toEqual([]);
  expect(summary(page)).toBe(`0/${total}`);
});

test('the circle ticks and persists; tapping it again clears it', async () => {
  const page = await openPage('pages/home/index');
  await expand(page);
  await tick(page, 0);
  expect(summary(page)).toBe(`1/${total}`);
  expect(wxControl.record.navigations).toEqual([]);
  expect(wxControl.storage.get(PROGRESS_KEY)).toEqual({ v: 1, data: { done: ['registered'] } });
  await tick(page, 4);
  expect(summary(page)).toBe(`2/${total}`);

  // Reopening the app: the store reads what was stored.
  progressStore.reload();
  const again = await openPage('pages/home/index');
  expect(summary(again)).toBe(`2/${total}`);
  await expand(again);
  await tick(again, 0);
  expect(summary(again)).toBe(`1/${total}`);
  expect(wxControl.storage.get(PROGRESS_KEY)).toEqual({ v: 1, data: { done: ['loggedOut'] } });
});

test('corrupt stored progress is recovered with a notice', async () => {
  wxControl.storage.set(PROGRESS_KEY, '{broken');
  progressStore.reload();
  const page = await openPage('pages/home/index');
  expect(textOf(find(page, '.home-progress'))).toContain('之前的进度记录读不出来');
  expect(summary(page)).toBe(`0/${total}`);
});
