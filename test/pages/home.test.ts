import { APP_ROUTES } from '../helpers/app-routes';
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { all, openPage, tapVant, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

function routeOf(url: string): string {
  return url.replace(/^\//, '').split('?')[0] ?? '';
}

test('shows both guide sections, every problem by symptom, and the contact', async () => {
  const page = await openPage('pages/home/index');
  const text = textOf(page);
  for (const section of sections) expect(text).toContain(section.title);
  for (const problem of problems) expect(text).toContain(problem.symptom);
  expect(text).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
  expect(all(page, '.section-entry')).toHaveLength(2);
  expect(all(page, '.problem-entry')).toHaveLength(problems.length);
});

test('tapping each entry opens a page that exists in app.json, with the right query', async () => {
  const page = await openPage('pages/home/index');
  const entries = [...all(page, '.section-entry'), ...all(page, '.problem-entry')];
  for (const entry of entries) await tapVant(entry, '.van-cell');
  const urls = wxControl.record.navigations.map((navigation) => navigation.url);
  expect(urls).toEqual([
    ...sections.map((section) => `/pages/section/index?id=${section.id}`),
    ...problems.map((problem) => `/pages/problem/index?id=${problem.id}`),
  ]);
  for (const url of urls) expect(APP_ROUTES).toContain(routeOf(url));
});
