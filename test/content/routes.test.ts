// The route table: checked against app.json, and every code round-trips through the entry parser.
import { APP_ROUTES } from '../helpers/app-routes';
import {
  ROUTE_CODES,
  knownPages,
  routeUrl,
  routes,
  type RouteCode,
} from '../../miniprogram/content/routes';
import { problems } from '../../miniprogram/content/problems';
import { staffConfig } from '../../miniprogram/content/staff-config';
import { parseEntry, planEntry } from '../../miniprogram/core/entry';
import { ENTRY_OPTIONS, ENTRY_URLS } from '../../miniprogram/views/entry';
import {
  menuPagePath,
  qrLinkUrl,
  sharePath,
  wxacodeScene,
} from '../../miniprogram/core/entry-links';

const APP_PAGES = APP_ROUTES.map((page) => `/${page}`);

/** `/pages/x/index?a=1&b=2` → page and decoded query. */
function split(url: string): { page: string; query: Record<string, string> } {
  const [page = '', search = ''] = url.split('?');
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    query[key] = decodeURIComponent(value);
  }
  return { page, query };
}

/**
 * Where each code must go, written out by hand: this table, not the route table under test, is
 * the oracle. The fixed codes are pinned one by one; a problem's code p<n> opens problem n.
 */
const PINNED: Readonly<Record<string, string>> = {
  home: '/pages/home/index',
  reg: '/guide/pages/section/index?id=register',
  login: '/guide/pages/section/index?id=login',
  check: '/guide/pages/section/index?id=login&part=check',
  assist: '/helper/pages/class-helper/index',
  precheck: '/tools/pages/precheck/index',
  finder: '/tools/pages/finder/index',
  search: '/tools/pages/search/index',
  privacy: '/pages/privacy/index',
};

function pinnedUrl(code: string): string {
  const problem = /^p(\d+)$/.exec(code);
  return problem
    ? `/guide/pages/problem/index?id=${problem[1] ?? ''}`
    : (PINNED[code] ?? 'unpinned');
}

test('codes are unique, short, lower-case, and each has a topic', () => {
  expect(new Set(ROUTE_CODES).size).toBe(ROUTE_CODES.length);
  expect(routes.map((route) => route.code)).toEqual([...ROUTE_CODES]);
  for (const route of routes) {
    expect(route.code).toMatch(/^[a-z][a-z0-9]{1,7}$/);
    expect(route.topic.length).toBeGreaterThan(2);
  }
  expect(ROUTE_CODES).toEqual(expect.arrayContaining(['home', 'reg', 'check', 'p3', 'assist']));
});

test('every page in PAGES is in app.json, and every route opens a page in app.json', () => {
  for (const page of knownPages()) expect(APP_PAGES).toContain(page);
  for (const code of ROUTE_CODES) expect(APP_PAGES).toContain(split(routeUrl(code)).page);
});

test('every code opens the page the pinned table names; every problem has its code', () => {
  for (const code of ROUTE_CODES) expect(routeUrl(code)).toBe(pinnedUrl(code));
  const problemCodes = ROUTE_CODES.filter((code) => /^p\d+$/.test(code));
  expect(problemCodes).toEqual(problems.map((problem) => `p${problem.id}`));
  expect(ROUTE_CODES.filter((code) => !problemCodes.includes(code))).toEqual(Object.keys(PINNED));
});

test('the pinned table can fail: a code sent to the wrong problem is caught', () => {
  expect(pinnedUrl('p7')).not.toBe('/guide/pages/problem/index?id=6');
  expect(pinnedUrl('nosuch')).toBe('unpinned');
});

describe.each(ROUTE_CODES.map((code) => [code]))('route %s round-trips', (code: RouteCode) => {
  const want = split(pinnedUrl(code));

  function landsOn(result: ReturnType<typeof parseEntry>): void {
    expect(result).toMatchObject({ ok: true, route: code });
    // Menu and orientation codes open home with step 1 marked; the topic page, if any, on top.
    const got = split(planEntry(result, ENTRY_URLS).target);
    expect(got).toEqual(
      code === 'home' ? { page: '/pages/home/index', query: { start: '1' } } : want,
    );
  }

  test('ordinary-link QR code', () => {
    const url = qrLinkUrl(staffConfig.qrLinkPrefix, code);
    landsOn(
      parseEntry(
        { query: { q: encodeURIComponent(url), scancode_time: '1' }, scene: 1011 },
        ENTRY_OPTIONS,
      ),
    );
  });

  test('menu pagepath', () => {
    const [, search = ''] = menuPagePath(code).split('?');
    landsOn(parseEntry({ query: split(`x?${search}`).query, scene: 1035 }, ENTRY_OPTIONS));
  });

  test('wxacode scene', () => {
    landsOn(
      parseEntry(
        { query: { scene: encodeURIComponent(wxacodeScene(code)) }, scene: 1047 },
        ENTRY_OPTIONS,
      ),
    );
  });

  test('share card path', () => {
    const result = parseEntry({ query: split(sharePath(code)).query, scene: 1007 }, ENTRY_OPTIONS);
    expect(result).toMatchObject({ ok: true, source: 'share', route: code });
    expect(split(planEntry(result, ENTRY_URLS).target)).toEqual(want);
  });
});
