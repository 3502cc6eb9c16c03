// Every page a student opens says where they are first: a page with a heading (.page-head) reads
// it before anything else, whatever comes under it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APP_ROUTES } from '../helpers/app-routes';
import { MINIPROGRAM_ROOT, find, openPage, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

/** A query that opens a real page where the route needs one (others open as they are). */
const QUERIES: Record<string, Record<string, string>> = {
  'guide/pages/section/index': { id: 'register' },
  'guide/pages/problem/index': { id: '1' },
};

/** The pages whose template draws a heading. */
const HEADED = APP_ROUTES.filter((route) =>
  fs.readFileSync(path.join(MINIPROGRAM_ROOT, `${route}.wxml`), 'utf8').includes('"page-head"'),
);

test('the guide, helper and tool pages have headings', () => {
  expect(HEADED).toEqual(expect.arrayContaining(Object.keys(QUERIES)));
  expect(HEADED.length).toBeGreaterThanOrEqual(5);
});

beforeEach(() => {
  wxControl.reset();
});

test.each(APP_ROUTES.map((route) => [route] as const))(
  '%s reads its heading first',
  async (route) => {
    const page = await openPage(route, QUERIES[route] ?? {});
    if (!page.querySelector('.page-head')) return;
    const head = textOf(find(page, '.page-head'));
    expect(head.length).toBeGreaterThan(1);
    expect(textOf(page).slice(0, head.length)).toBe(head);
  },
);
