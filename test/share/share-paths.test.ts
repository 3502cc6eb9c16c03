// No card can point nowhere. Every share payload the app can produce (every page, its ··· menu card
// and each share button, with the queries the app links to and hostile ones) must name a page
// app.json declares (subpackages included), with a query that page can read: an entry-page card
// must resolve, through the route table, to a page and a query that open real content. Every page
// forwards: its menu card has a title, a route-table path (sharePath(code)) and a bundled picture.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { problems } from '../../miniprogram/content/problems';
import { ROUTE_CODES } from '../../miniprogram/content/routes';
import { parseEntry, planEntry } from '../../miniprogram/core/entry';
import { ENTRY_OPTIONS, ENTRY_URLS } from '../../miniprogram/views/entry';
import { sharePath } from '../../miniprogram/core/entry-links';
import { parseAssistQuery, parseReplyQuery } from '../../miniprogram/core/share-card';
import { problemPageData, sectionPageData } from '../../miniprogram/guide/views/guide-page';
import { appPageRoutes } from '../../scripts/lib/app-routes';
import { parsePageUrl, type Query } from '../helpers/app-pages';
import { APP_ROUTES, readAppJson } from '../helpers/app-routes';
import { MINIPROGRAM_ROOT } from '../helpers/render';
import {
  collectSharePayloads,
  type CollectedPayload,
  type Payload,
} from '../helpers/share-payloads';
import { MOCK_CARD_PATH } from '../helpers/wx-mock';
import { assistStore } from '../../miniprogram/helper/pages/class-helper/store';

const SHARE_SCENE = 1007;
const MAX_TITLE = 40;
const MAX_PATH = 128;

const noQuery = (query: Query): string | undefined =>
  Object.keys(query).length === 0 ? undefined : `takes no query, got ${JSON.stringify(query)}`;

/**
 * How each page reads the query a card opens it with: undefined when it opens real content.
 * Every page in app.json needs an entry here, so a new page cannot be shared unchecked.
 */
const READS_QUERY: Readonly<Record<string, (query: Query) => string | undefined>> = {
  'pages/home/index': (query) =>
    Object.keys(query).every((key) => key === 'notice' || key === 'start')
      ? undefined
      : `home does not read ${JSON.stringify(query)}`,
  'guide/pages/section/index': (query) =>
    sectionPageData(query).view ? undefined : `no section for ${JSON.stringify(query)}`,
  'guide/pages/problem/index': (query) =>
    problemPageData(query).view ? undefined : `no problem for ${JSON.stringify(query)}`,
  'helper/pages/class-helper/index': (query) =>
    Object.keys(query).length === 0 || parseReplyQuery(query).ok
      ? undefined
      : `not a reply card: ${JSON.stringify(query)}`,
  'helper/pages/assist/index': (query) =>
    parseAssistQuery(query).ok ? undefined : `not an assist card: ${JSON.stringify(query)}`,
  'pages/privacy/index': noQuery,
  'tools/pages/precheck/index': noQuery,
  'tools/pages/finder/index': noQuery,
  'tools/pages/search/index': noQuery,
};

interface Landing {
  readonly route: string;
  readonly query: Query;
}

/** Where a friend who taps the card ends up (through the entry page), or why nowhere. */
function land(cardPath: string, routes: readonly string[]): Landing | string {
  const opened = parsePageUrl(cardPath);
  if (!opened) return `${cardPath}: not a page path`;
  if (!routes.includes(opened.route)) return `${cardPath}: no page ${opened.route} in app.json`;
  if (opened.route !== 'pages/entry/index') return opened;
  const entry = parseEntry({ query: opened.query, scene: SHARE_SCENE }, ENTRY_OPTIONS);
  if (!entry.ok) return `${cardPath}: the entry page cannot read it (${entry.error})`;
  const target = parsePageUrl(planEntry(entry, ENTRY_URLS).target);
  if (!target) return `${cardPath}: the entry page plans no page`;
  if (!routes.includes(target.route)) {
    return `${cardPath}: leads to ${target.route}, which app.json does not have`;
  }
  return target;
}

/** Everything wrong with one payload, as sentences; [] when a friend lands on real content. */
function problemsOf(
  collected: Pick<CollectedPayload, 'from' | 'payload'>,
  routes: readonly string[],
): string[] {
  const { payload } = collected;
  const found: string[] = [];
  if (typeof payload.title !== 'string' || payload.title.length === 0) found.push('no title');
  else if (payload.title.length > MAX_TITLE)
    found.push(`title over ${MAX_TITLE}: ${payload.title}`);
  if (typeof payload.path !== 'string' || !payload.path.startsWith('/')) {
    found.push(`no full path: ${String(payload.path)}`);
    return found;
  }
  if (payload.path.length >= MAX_PATH) found.push(`path over ${MAX_PATH}: ${payload.path}`);
  const landing = land(payload.path, routes);
  if (typeof landing === 'string') found.push(landing);
  else {
    const reads = READS_QUERY[landing.route];
    const complaint = reads ? reads(landing.query) : `no query check for ${landing.route}`;
    if (complaint) found.push(`${payload.path}: ${complaint}`);
  }
  // The ··· menu card of every page goes through the route table.
  if (collected.from === 'menu' && !ROUTE_CODES.some((code) => sharePath(code) === payload.path)) {
    found.push(`menu card ${payload.path} is not sharePath(code) of any route code`);
  }
  // A picture always: bundled with the app, or the card just drawn on the phone.
  const image = payload.imageUrl;
  const bundled =
    typeof image === 'string' &&
    image.startsWith('/') &&
    fs.existsSync(path.join(MINIPROGRAM_ROOT, image.slice(1)));
  if (!bundled && image !== MOCK_CARD_PATH) found.push(`no picture: ${String(image)}`);
  return found;
}

let collected: CollectedPayload[] = [];

beforeAll(async () => {
  collected = await collectSharePayloads(async (helper) => {
    const page = helper.instance as unknown as {
      setData(data: Record<string, unknown>): void;
      onRecord(): void;
    };
    for (const label of ['李同学', '李同学', '王同学']) {
      page.setData({ labelInput: label });
      page.onRecord();
    }
    await Promise.resolve();
    const [, second] = assistStore.state.requests;
    if (second) assistStore.markCardSent(second.id);
  });
  // Hundreds of pages are opened: minutes on a loaded machine.
}, 300000);

test('every page in app.json has a query check (a new page cannot be shared unchecked)', () => {
  expect(Object.keys(READS_QUERY).sort()).toEqual(
    APP_ROUTES.filter((route) => route !== 'pages/entry/index').sort(),
  );
});

test('every payload the app produces lands a friend on a page app.json has, with content', () => {
  expect(collected.length).toBeGreaterThan(200);
  // Every kind of card was produced: menu cards of every page, the assist and the reply cards.
  const paths = collected.map((entry) => String(entry.payload.path));
  expect(paths.some((card) => card.startsWith('/helper/pages/assist/index?r='))).toBe(true);
  expect(paths.some((card) => card.startsWith('/helper/pages/class-helper/index?done='))).toBe(
    true,
  );
  const broken = collected
    .map((entry) => ({
      route: entry.route,
      query: entry.query,
      found: problemsOf(entry, APP_ROUTES),
    }))
    .filter((entry) => entry.found.length > 0);
  expect(broken).toEqual([]);
});

test("the class helper, reopened, sends each request's own card from its rendered row", () => {
  const rowCards = collected.filter(
    (entry) =>
      entry.route === 'helper/pages/class-helper/index' &&
      entry.from === 'button' &&
      typeof entry.button?.id === 'string' &&
      entry.button.id !== 'zzzzzzzz',
  );
  const carded = new Set(
    rowCards.map(
      (entry) =>
        /^\/helper\/pages\/assist\/index\?r=([a-z0-9]+)&/.exec(String(entry.payload.path))?.[1],
    ),
  );
  const listed = assistStore.state.requests
    .filter((request) => request.status !== 'done' && !request.deleted)
    .map((request) => request.id);
  expect(listed.length).toBeGreaterThanOrEqual(3);
  expect(listed.filter((id) => !carded.has(id))).toEqual([]);
});

test('every page in app.json forwards from the ··· menu with a title, a route-table path and a picture', () => {
  for (const route of APP_ROUTES) {
    const menu = collected.filter((entry) => entry.route === route && entry.from === 'menu');
    expect({ route, cards: menu.length }).toEqual({ route, cards: expect.any(Number) as number });
    expect(menu.length).toBeGreaterThan(0);
    for (const entry of menu) {
      expect({ route, found: problemsOf(entry, APP_ROUTES) }).toEqual({ route, found: [] });
    }
  }
});

test("a problem page forwards in the student's words, to its own route code", () => {
  for (const problem of problems) {
    const card = collected.find(
      (entry) =>
        entry.route === 'guide/pages/problem/index' &&
        entry.from === 'menu' &&
        entry.query.id === String(problem.id) &&
        entry.query.part === undefined,
    );
    expect(card?.payload).toEqual({
      title: `${problem.symptom}怎么办`,
      path: sharePath(`p${problem.id}` as (typeof ROUTE_CODES)[number]),
      imageUrl: '/assets/guide-card.png',
    });
  }
  const nine = collected.find(
    (entry) => entry.route === 'guide/pages/problem/index' && entry.query.id === '9',
  );
  expect(nine?.payload.title).toBe('注册时提示“手机号已存在”怎么办');
});

test('no card carries anything shaped like an ID number, a phone number or an e-mail address', () => {
  // The hostile queries put all three into every page; a card may carry only codes, ids, 张* and days.
  const shapes = [/\d{17}[\dXx]|\d{15}/, /1[3-9]\d{9}/, /[^\s@"]+@[^\s@"]+\.[A-Za-z]{2,}/];
  const leaks = collected.filter((entry) => {
    const text = [entry.payload.title, entry.payload.path].map(String).join(' ');
    let decoded = text;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      // Keep the raw text: a bad escape is not a leak by itself.
    }
    return shapes.some((shape) => shape.test(`${text} ${decoded}`));
  });
  expect(leaks).toEqual([]);
  // The check can fail: a card echoing the hostile query's phone number is caught.
  expect(shapes.some((shape) => shape.test('/pages/home/index?x=13812345678'))).toBe(true);
});

test('personal pages share only the generic card, and search shares no typed text', () => {
  for (const route of ['helper/pages/class-helper/index', 'helper/pages/assist/index']) {
    for (const entry of collected.filter((item) => item.route === route && item.from === 'menu')) {
      expect(entry.payload.path).toBe(sharePath('home'));
    }
  }
  const searches = collected.filter((entry) => entry.route === 'tools/pages/search/index');
  expect(searches.some((entry) => entry.query.q !== undefined)).toBe(true);
  for (const entry of searches) expect(entry.payload.path).toBe(sharePath('search'));
});

// The check itself can fail: the same payloads against broken paths and a moved page.
describe('the check catches a card that points nowhere', () => {
  const nine: Pick<CollectedPayload, 'from' | 'payload'> = {
    from: 'menu',
    payload: {
      title: '注册时提示“手机号已存在”怎么办',
      path: sharePath('p9'),
      imageUrl: '/assets/guide-card.png',
    },
  };

  test('the real card passes', () => {
    expect(problemsOf(nine, APP_ROUTES)).toEqual([]);
  });

  test('a path changed to a page that does not exist fails (the old 问题诊断 card)', () => {
    const moved: Payload = { ...nine.payload, path: '/pages/finder/index' };
    expect(problemsOf({ from: 'button', payload: moved }, APP_ROUTES)).toEqual([
      '/pages/finder/index: no page pages/finder/index in app.json',
    ]);
  });

  test('an app.json fixture where the tools subpackage moved fails every tool card', () => {
    const app = readAppJson() as { subpackages?: { root: string; pages: string[] }[] };
    const fixture = {
      ...app,
      subpackages: (app.subpackages ?? []).map((sub) => ({ ...sub, root: `${sub.root}-moved` })),
    };
    const fixtureRoutes = appPageRoutes(fixture);
    const toolCards = collected.filter(
      (entry) => entry.route.startsWith('tools/') && entry.from === 'menu',
    );
    expect(toolCards.length).toBeGreaterThan(0);
    for (const entry of toolCards) {
      expect(problemsOf(entry, fixtureRoutes).join(' ')).toContain('which app.json does not have');
    }
  });

  test('a query the page cannot read, a menu card off the route table, and no picture all fail', () => {
    expect(
      problemsOf(
        { from: 'button', payload: { ...nine.payload, path: '/guide/pages/problem/index?id=99' } },
        APP_ROUTES,
      ),
    ).toEqual(['/guide/pages/problem/index?id=99: no problem for {"id":"99"}']);
    expect(
      problemsOf(
        { from: 'menu', payload: { ...nine.payload, path: '/guide/pages/problem/index?id=9' } },
        APP_ROUTES,
      ),
    ).toEqual([
      'menu card /guide/pages/problem/index?id=9 is not sharePath(code) of any route code',
    ]);
    expect(
      problemsOf({ from: 'menu', payload: { ...nine.payload, imageUrl: undefined } }, APP_ROUTES),
    ).toEqual(['no picture: undefined']);
    expect(
      problemsOf(
        { from: 'menu', payload: { ...nine.payload, path: '/pages/entry/index?r=p99&from=share' } },
        APP_ROUTES,
      ),
    ).toEqual([
      '/pages/entry/index?r=p99&from=share: the entry page cannot read it (unknown-code)',
      'menu card /pages/entry/index?r=p99&from=share is not sharePath(code) of any route code',
    ]);
  });
});
