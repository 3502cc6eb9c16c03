// Home, status first: the search bar, the one next step from the progress store, the other two
// ways in, the problems grouped by when they happen and titled with the words on screen.
import { APP_ROUTES } from '../helpers/app-routes';
import { MOMENT_TOPICS, PROBLEM_MOMENTS } from '../../miniprogram/content/home';
import { linkUrl } from '../../miniprogram/content/links';
import { problemGroups, problemHomeTitle } from '../../miniprogram/views/home';
import { PAGES } from '../../miniprogram/core/page-paths';
import { problems } from '../../miniprogram/content/problems';
import { PROGRESS_STEPS } from '../../miniprogram/content/progress';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { progressStore } from '../../miniprogram/stores/progress-store';
import {
  all,
  find,
  openPage,
  simulate,
  tapVant,
  textOf,
  waitFor,
  type Rendered,
} from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
  progressStore.reload();
});

function routeOf(url: string): string {
  return url.replace(/^\//, '').split('?')[0] ?? '';
}

function nextCard(page: Rendered): string {
  return textOf(find(page, '.next'));
}

const stepAt = (index: number) => {
  const step = PROGRESS_STEPS[index];
  if (!step) throw new Error(`no step ${index}`);
  return step;
};

test('with nothing done, the next-step card starts step 1 and its button opens it', async () => {
  const page = await openPage('pages/home/index');
  const card = nextCard(page);
  expect(card).toContain(`第 1 步：${stepAt(0).title}`);
  expect(card).toContain(`预计约 ${stepAt(0).minutes} 分钟`);
  expect(card).toContain('开始');
  expect(card).toContain(schoolConfig.chsiUrl);
  await tapVant(find(page, '.next__go'), '.van-button');
  expect(wxControl.record.navigations.map((n) => n.url)).toEqual([
    '/guide/pages/section/index?id=register',
  ]);
});

test('with two steps done, the card continues at step 3', async () => {
  progressStore.setDone([stepAt(0).id, stepAt(1).id]);
  const page = await openPage('pages/home/index');
  const card = nextCard(page);
  expect(card).toContain(`继续第 3 步：${stepAt(2).title}`);
  expect(card).toContain('继续');
  expect(card).not.toContain('开始');
  expect(textOf(find(page, '.home-progress', '.progress-summary'))).toBe(
    `2/${PROGRESS_STEPS.length}`,
  );
});

test('a gap is continued first: the card points to the first step not done', async () => {
  progressStore.setDone([stepAt(0).id, stepAt(2).id]);
  const page = await openPage('pages/home/index');
  expect(nextCard(page)).toContain(`继续第 2 步：${stepAt(1).title}`);
});

test('with every step done, the card leads with done; 未查名单 is only a small link', async () => {
  progressStore.setDone(PROGRESS_STEPS.map((step) => step.id));
  const page = await openPage('pages/home/index');
  const card = nextCard(page);
  expect(card.startsWith('全部完成')).toBe(true);
  expect(card).toContain('学籍核对好了');
  expect(card).not.toContain('继续第');
  expect(page.querySelector('.next__go')).toBeUndefined();
  find(page, '.next__link').dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.navigations.map((n) => n.url)).toEqual([
    '/guide/pages/problem/index?id=5',
  ]);
});

test('这一步已经做完 ticks the card’s step and the card moves on', async () => {
  const page = await openPage('pages/home/index');
  find(page, '.next__done').dispatchEvent('tap');
  await waitFor(() => nextCard(page).includes('继续第 2 步'), 'the card to move on');
  expect(progressStore.done).toEqual([stepAt(0).id]);
  expect(nextCard(page)).toContain(`继续第 2 步：${stepAt(1).title}`);
});

test('the search bar opens search with what was typed; empty opens the empty search', async () => {
  const page = await openPage('pages/home/index');
  const input = find(page, '.home-search__input');
  input.dispatchEvent('confirm', { detail: { value: '  手机号已存在 ' } });
  await simulate.sleep(0);
  input.dispatchEvent('input', { detail: { value: '证件号码' } });
  await simulate.sleep(0);
  find(page, '.home-search__button').dispatchEvent('tap');
  await simulate.sleep(0);
  input.dispatchEvent('input', { detail: { value: '   ' } });
  await simulate.sleep(0);
  find(page, '.home-search__button').dispatchEvent('tap');
  await simulate.sleep(0);
  const urls = wxControl.record.navigations.map((n) => n.url);
  expect(urls).toEqual([
    `${PAGES.search}?q=${encodeURIComponent('手机号已存在')}`,
    `${PAGES.search}?q=${encodeURIComponent('证件号码')}`,
    PAGES.search,
  ]);
  for (const url of urls) expect(APP_ROUTES).toContain(routeOf(url));
});

test('the search bar is above the next-step card, and both come before the problems', async () => {
  const page = await openPage('pages/home/index');
  const text = textOf(page);
  const search = text.indexOf('搜索');
  const next = text.indexOf('第 1 步');
  const seen = text.indexOf('我看到了一条提示');
  const helper = text.indexOf('我要请同学协助');
  const firstProblem = text.indexOf(PROBLEM_MOMENTS[0]?.title ?? '?');
  expect(search).toBeGreaterThanOrEqual(0);
  expect([search, next, seen, helper, firstProblem]).toEqual(
    [search, next, seen, helper, firstProblem].slice().sort((a, b) => a - b),
  );
});

test('我看到了一条提示 and 我要请同学协助 open search and the class helper', async () => {
  const page = await openPage('pages/home/index');
  await tapVant(find(page, '.seen-message-entry'), '.van-cell');
  await tapVant(find(page, '.class-helper-entry'), '.van-cell');
  expect(wxControl.record.navigations.map((n) => n.url)).toEqual([PAGES.search, PAGES.classHelper]);
});

test('problems are grouped by when they happen, in the order a student meets them', async () => {
  const page = await openPage('pages/home/index');
  const entries = all(page, '.problem-entry');
  expect(entries).toHaveLength(problems.length);
  for (const entry of entries) await tapVant(entry, '.van-cell');
  const ids = wxControl.record.navigations.map((n) => Number(/id=(\d+)/.exec(n.url)?.[1]));
  // Registering: 9, 2, 8, 3; getting back in: 4, 6, 1, 7; after checking: 10 (no record yet), 5.
  expect(ids).toEqual([9, 2, 8, 3, 4, 6, 1, 7, 10, 5]);
  const text = textOf(page);
  for (const moment of PROBLEM_MOMENTS) expect(text).toContain(moment.title);
});

test('a problem is titled with the words the student sees on CHSI', async () => {
  const page = await openPage('pages/home/index');
  const text = textOf(page);
  for (const problem of problems) {
    const message = problem.messages.find((candidate) => candidate.verbatim);
    expect(problemHomeTitle(problem)).toBe(message ? `提示“${message.text}”` : problem.symptom);
    expect(text).toContain(problemHomeTitle(problem));
  }
  // The destructive answer of problem 1 is not what a skimmer meets on home.
  expect(text).not.toContain('重新注册。');
});

test('the two look-alike 证件号码…注册 entries say which is which', async () => {
  const page = await openPage('pages/home/index');
  const texts = all(page, '.problem-entry').map((entry) => textOf(entry));
  const taken = texts.find((text) => text.includes('证件号码已被注册，查看【解决方法】')) ?? '';
  const military = texts.find((text) => text.includes('“证件号码已注册”')) ?? '';
  expect(taken).toContain('多数人');
  expect(military).toContain('我要重新注册');
  expect(military).toContain('兵役登记');
  // Beyond the quoted message, the second lines share nothing but the 兵役登记 hint.
  expect(taken.replace(/“.*?”/g, '')).not.toEqual(military.replace(/“.*?”/g, ''));
});

test("topics in the students' words (改名, 信息不对, 收不到验证码) open their part of the guide", async () => {
  const page = await openPage('pages/home/index');
  const topics = Object.values(MOMENT_TOPICS).flat();
  const entries = all(page, '.topic-entry');
  expect(entries).toHaveLength(topics.length);
  const text = textOf(page);
  for (const word of ['改了名字', '民族', '收不到短信验证码']) expect(text).toContain(word);
  for (const entry of entries) await tapVant(entry, '.van-cell');
  const urls = wxControl.record.navigations.map((n) => n.url);
  expect(new Set(urls)).toEqual(new Set(topics.map((topic) => linkUrl(topic.to))));
  expect(urls).toContain('/guide/pages/section/index?id=register&part=sms');
  expect(urls).toContain('/guide/pages/section/index?id=login&part=report');
  expect(urls).toContain('/guide/pages/section/index?id=login&part=renamed');
});

test('a problem missing from every moment still appears, in a last group', () => {
  const first = problems[0];
  if (!first) throw new Error('no problems');
  expect(problemGroups([first]).map((group) => group.key)).toEqual(['recovering']);
  // A new problem nobody placed yet (an id after every real one): still listed, never lost.
  const newId = Math.max(...problems.map((problem) => problem.id)) + 1;
  const unplaced = { ...first, id: newId } as unknown as typeof first;
  const groups = problemGroups([first, unplaced]);
  expect(groups.map((group) => group.key)).toEqual(['recovering', 'other']);
  expect(groups[1]?.entries.map((entry) => entry.key)).toEqual([String(newId)]);
});

test('the contact is shown', async () => {
  const text = textOf(await openPage('pages/home/index'));
  expect(text).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
});
