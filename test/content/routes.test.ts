// The route table: checked against app.json, and every code round-trips through the entry parser.
import { APP_ROUTES } from '../helpers/app-routes';
import {
  ROUTE_CODES,
  findRoute,
  knownPages,
  routeUrl,
  routes,
  type RouteCode,
} from '../../miniprogram/content/routes';
import { staffConfig } from '../../miniprogram/content/staff-config';
import { parseEntry, planEntry } from '../../miniprogram/core/entry';
import {
  menuPagePath,
  qrLinkUrl,
  sharePath,
  wxacodeScene,
} from '../../miniprogram/core/entry-links';
import type { LinkTarget } from '../../miniprogram/content/types';

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

/** The page and query a content link target means, written out by hand (not through linkUrl). */
function expected(target: LinkTarget): { page: string; query: Record<string, string> } {
  if (target.kind === 'home') return { page: '/pages/home/index', query: {} };
  if (target.kind === 'class-helper') return { page: '/pages/class-helper/index', query: {} };
  if (target.kind === 'page') {
    const page =
      target.page === 'privacy' ? '/pages/privacy/index' : `/tools/pages/${target.page}/index`;
    return { page, query: {} };
  }
  const query: Record<string, string> = { id: String(target.id) };
  if (target.part) query.part = target.part;
  return { page: `/pages/${target.kind}/index`, query };
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

test('assist opens the class-helper page', () => {
  expect(routeUrl('assist')).toBe('/pages/class-helper/index');
});

describe.each(ROUTE_CODES.map((code) => [code]))('route %s round-trips', (code: RouteCode) => {
  const route = findRoute(code);
  const want = expected(route.target.to);

  function landsOn(result: ReturnType<typeof parseEntry>): void {
    expect(result).toMatchObject({ ok: true, route: code });
    // Menu and orientation codes open home with step 1 marked; the topic page, if any, on top.
    const got = split(planEntry(result).target);
    expect(got).toEqual(
      code === 'home' ? { page: '/pages/home/index', query: { start: '1' } } : want,
    );
  }

  test('ordinary-link QR code', () => {
    const url = qrLinkUrl(staffConfig.qrLinkPrefix, code);
    landsOn(parseEntry({ query: { q: encodeURIComponent(url), scancode_time: '1' }, scene: 1011 }));
  });

  test('menu pagepath', () => {
    const [, search = ''] = menuPagePath(code).split('?');
    landsOn(parseEntry({ query: split(`x?${search}`).query, scene: 1035 }));
  });

  test('wxacode scene', () => {
    landsOn(parseEntry({ query: { scene: encodeURIComponent(wxacodeScene(code)) }, scene: 1047 }));
  });

  test('share card path', () => {
    const result = parseEntry({ query: split(sharePath(code)).query, scene: 1007 });
    expect(result).toMatchObject({ ok: true, source: 'share', route: code });
    expect(split(planEntry(result).target)).toEqual(want);
  });
});
