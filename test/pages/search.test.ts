// 搜索: typing into the search bar shows ranked results with the matched words highlighted.
import finderJson from '../../miniprogram/tools/pages/finder/index.json';
import { FINDER_NAME } from '../../miniprogram/content/tools';
import { PAGES } from '../../miniprogram/core/page-paths';
import { SUGGESTIONS } from '../../miniprogram/tools/content/search-words';
import { all, find, openPage, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

async function typeQuery(page: Rendered, value: string): Promise<void> {
  find(page, '.search-bar__input').dispatchEvent('input', { detail: { value } });
  await simulate.sleep(0);
}

test('pasting the message on screen finds its problem first, highlighted', async () => {
  const page = await openPage('tools/pages/search/index');
  await typeQuery(page, '手机号码已存在');
  const results = all(page, '.result');
  expect(results.length).toBeGreaterThan(0);
  // The result reads its page's title first, then the snippet that matched.
  expect(textOf(results[0] as never).startsWith('9. 注册时提示“手机号已存在”')).toBe(true);
  const hits = all(page, '.hit').map((node) => textOf(node));
  expect(hits).toContain('手机号已存在');
});

test('tapping a result opens its page', async () => {
  const page = await openPage('tools/pages/search/index');
  await typeQuery(page, '请求被取消');
  const first = all(page, '.result')[0];
  first?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.navigations[0]?.url).toBe('/guide/pages/problem/index?id=6');
});

test('examples are offered before searching, and a query with no match says so', async () => {
  const page = await openPage('tools/pages/search/index');
  expect(textOf(page)).toContain('未查名单');
  const example = all(page, '.example').find((node) => textOf(node) === '未查名单');
  example?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(textOf(all(page, '.result')[0] as never)).toContain('未查名单');
  await typeQuery(page, '天气预报');
  expect(all(page, '.result')).toHaveLength(0);
  expect(textOf(page)).toContain('没有找到相关内容');
});

test('a q query opens the page with results, and nothing is stored', async () => {
  const page = await openPage('tools/pages/search/index', { q: encodeURIComponent('邮箱') });
  expect(textOf(all(page, '.result')[0] as never)).toContain('邮箱');
  expect([...wxControl.storage.keys()]).toEqual([]);
});

test('every highlighted segment the page lists has a key of its own (WXML wx:key="key")', async () => {
  const page = await openPage('tools/pages/search/index');
  await typeQuery(page, '手机号已存在');
  const { results } = page.data as {
    results: { title: { key?: string }[]; snippet: { key?: string }[] }[];
  };
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    for (const segments of [result.title, result.snippet]) {
      const keys = segments.map((segment) => segment.key);
      expect(keys.every((key) => typeof key === 'string')).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
    }
  }
});

test('nothing found: the empty state offers suggestions to tap and the finder, by its one name', async () => {
  const page = await openPage('tools/pages/search/index');
  await typeQuery(page, '奖学金怎么申请');
  expect(all(page, '.result')).toHaveLength(0);
  const empty = find(page, '.empty');
  expect(textOf(empty)).toContain(`“${FINDER_NAME}”`);
  // Only the empty state's chips are on the page once something was searched.
  const chips = all(page, '.example').map((node) => textOf(node));
  expect(chips).toEqual([...SUGGESTIONS]);
  // A suggestion runs at once and finds its page.
  all(page, '.example')[0]?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(all(page, '.result').length).toBeGreaterThan(0);
  expect(textOf(all(page, '.result')[0] as never)).toContain('忘了用户名或密码');
  // The finder button, after searching for nothing again.
  await typeQuery(page, '食堂在哪');
  await tapVant(find(page, '.empty-finder'), '.van-button');
  expect(wxControl.record.navigations.map((n) => n.url)).toEqual([PAGES.finder]);
});

test('the finder has one name: on home, in the empty state, on its page and its title bar', async () => {
  const home = textOf(await openPage('pages/home/index'));
  expect(home).toContain(FINDER_NAME);
  const finder = await openPage('tools/pages/finder/index');
  expect(textOf(finder)).toContain(FINDER_NAME);
  expect(finderJson.navigationBarTitleText).toBe(FINDER_NAME);
  for (const text of [home, textOf(finder)]) {
    expect(text).not.toMatch(/问题诊断/);
  }
});
