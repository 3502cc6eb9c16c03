// The class-helper page is reachable from problem 3's classmate path and from the home page.
import { APP_ROUTES } from '../helpers/app-routes';
import { all, find, openPage, tapVant, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

test('the home page opens the class-helper page', async () => {
  const page = await openPage('pages/home/index');
  await tapVant(find(page, '.class-helper-entry'), '.van-cell');
  expect(wxControl.record.navigations).toEqual([
    { method: 'navigateTo', url: '/helper/pages/class-helper/index' },
  ]);
  expect(APP_ROUTES).toContain('helper/pages/class-helper/index');
  expect(APP_ROUTES).toContain('helper/pages/assist/index');
});

test("problem 3's classmate path links to the class-helper page", async () => {
  const page = await openPage('guide/pages/problem/index', { id: '3', part: 'classmate' });
  const part = all(page, '.guide-part').find((node) =>
    textOf(node).startsWith('（2）使用大学同班同学协助'),
  );
  if (!part) throw new Error('no classmate part');
  const links = all(part, '.link-cell');
  expect(links).toHaveLength(1);
  const link = links[0];
  if (!link) throw new Error('no link');
  await tapVant(link, '.van-cell');
  expect(wxControl.record.navigations.map((navigation) => navigation.url)).toEqual([
    '/helper/pages/class-helper/index',
  ]);
});
