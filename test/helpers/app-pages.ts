// Every page the mini-program declares (app.json pages and subpackages), and queries to open them
// with, found by crawling: each page's data is searched for links to other pages, so pages added
// later are covered without listing them here.
import { appPageRoutes, readAppJson } from './app-routes';
import { openPage } from './render';
import { wxControl } from './wx-mock';

export function homeRoute(): string {
  const app = readAppJson();
  return typeof app.entryPagePath === 'string' ? app.entryPagePath : (appPageRoutes()[0] ?? '');
}

export type Query = Record<string, string>;

/** Parses `/pages/x/index?a=1&b=2` into a route and its query, values decoded as WeChat does. */
export function parsePageUrl(url: string): { route: string; query: Query } | undefined {
  const [pathPart, search = ''] = url.split('?', 2);
  if (!pathPart?.startsWith('/')) return undefined;
  const query: Query = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const [key = '', value = ''] = pair.split('=', 2);
    try {
      query[decodeURIComponent(key)] = decodeURIComponent(value);
    } catch {
      query[key] = value;
    }
  }
  return { route: pathPart.slice(1), query };
}

function collectUrls(value: unknown, routes: ReadonlySet<string>, found: Set<string>): void {
  if (typeof value === 'string') {
    const parsed = parsePageUrl(value);
    if (parsed && routes.has(parsed.route)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectUrls(item, routes, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectUrls(item, routes, found);
  }
}

let discovered: Map<string, Query[]> | undefined;

/**
 * Representative queries per route: every query the app itself links to (crawled from the home
 * page outwards), or an empty query for a page nothing links to. At most `perRoute` each.
 */
export async function representativeQueries(perRoute = 50): Promise<Map<string, Query[]>> {
  if (!discovered) {
    const routes = appPageRoutes();
    const known = new Set(routes);
    const byRoute = new Map<string, Query[]>(routes.map((route) => [route, []]));
    const seenUrls = new Set<string>();
    const queue: string[] = routes.map((route) => `/${route}`);
    while (queue.length > 0) {
      const url = queue.shift() ?? '';
      if (seenUrls.has(url)) continue;
      seenUrls.add(url);
      const parsed = parsePageUrl(url);
      if (!parsed) continue;
      const list = byRoute.get(parsed.route);
      if (!list || list.length >= perRoute) continue;
      list.push(parsed.query);
      wxControl.reset();
      const page = await openPage(parsed.route, parsed.query);
      const found = new Set<string>();
      collectUrls((page.instance as { data: unknown }).data, known, found);
      page.detach();
      for (const next of found) if (!seenUrls.has(next)) queue.push(next);
    }
    wxControl.reset();
    discovered = byRoute;
  }
  return discovered;
}
