// The entry page opens the right page for each way of arriving, and garbage lands on home with a
// short notice; the home page shows notices for known codes only and marks step 1 on request.
import { APP_ROUTES } from '../helpers/app-routes';
import { HOME_NOTICES, START_HERE_LABEL } from '../../miniprogram/content/home-arrival';
import { staffConfig } from '../../miniprogram/content/staff-config';
import { all, find, openPage, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

function scannedQuery(url: string, encodings = 1): Record<string, string> {
  let q = url;
  for (let i = 0; i < encodings; i += 1) q = encodeURIComponent(q);
  return { q, scancode_time: '1788048000' };
}

async function arrive(query: Record<string, string>, scene: number): Promise<string[]> {
  wxControl.enterOptions = { scene, path: 'pages/entry/index', query };
  const page = await openPage('pages/entry/index', query);
  // Never blank while it redirects.
  expect(textOf(page)).toContain('正在打开');
  const navigations = wxControl.record.navigations.map((nav) => `${nav.method} ${nav.url}`);
  for (const nav of wxControl.record.navigations) {
    expect(APP_ROUTES).toContain(nav.url.replace(/^\//, '').split('?')[0]);
  }
  return navigations;
}

const PREFIX = staffConfig.qrLinkPrefix;

test('an orientation QR code for a topic: guide start replaces entry, the topic opens on top', async () => {
  expect(await arrive(scannedQuery(`${PREFIX}?r=p3`), 1011)).toEqual([
    'redirectTo /pages/home/index?start=1',
    'navigateTo /guide/pages/problem/index?id=3',
  ]);
});

test('a double-encoded QR link resolves the same way', async () => {
  expect(await arrive(scannedQuery(`${PREFIX}?r=reg&utm=poster#x`, 2), 1012)).toEqual([
    'redirectTo /pages/home/index?start=1',
    'navigateTo /guide/pages/section/index?id=register',
  ]);
});

test('a mini-program code (scene) for the classmate-assistance topic', async () => {
  const navigations = await arrive({ scene: encodeURIComponent('r=assist') }, 1047);
  expect(navigations[0]).toBe('redirectTo /pages/home/index?start=1');
  expect(navigations[1]).toMatch(
    /^navigateTo (\/guide\/pages\/problem\/index\?id=3&part=classmate|\/helper\/pages\/class-helper\/index)$/,
  );
});

test('the official-account menu (1035): home with step 1 marked, or the start under a topic', async () => {
  expect(await arrive({ r: 'home', from: 'menu' }, 1035)).toEqual([
    'redirectTo /pages/home/index?start=1',
  ]);
  wxControl.reset();
  expect(await arrive({ r: 'check', from: 'menu' }, 1035)).toEqual([
    'redirectTo /pages/home/index?start=1',
    'navigateTo /guide/pages/section/index?id=login&part=check',
  ]);
});

test('a share card goes straight to its page, replacing the entry page', async () => {
  expect(await arrive({ r: 'p5', from: 'share' }, 1007)).toEqual([
    'redirectTo /guide/pages/problem/index?id=5',
  ]);
  wxControl.reset();
  expect(await arrive({ r: 'p9' }, 1044)).toEqual(['redirectTo /guide/pages/problem/index?id=9']);
});

// On orientation-day Wi-Fi a subpackage may never download: the entry page has nothing of its
// own, so it must not stay on "正在打开…"; home (main package) opens with the reason.
describe('a target whose subpackage does not download', () => {
  async function stranded(query: Record<string, string>, scene: number): Promise<string[]> {
    wxControl.enterOptions = { scene, path: 'pages/entry/index', query };
    for (const root of ['guide', 'helper', 'tools']) wxControl.failSubpackage(root);
    await openPage('pages/entry/index', query);
    return wxControl.record.navigations.map((nav) => `${nav.method} ${nav.url}`);
  }

  test('a share card straight to a topic ends on home with the notice, not on entry', async () => {
    expect(await stranded({ r: 'p5', from: 'share' }, 1007)).toEqual([
      'reLaunch /pages/home/index?notice=not-opened',
    ]);
    expect(wxControl.record.failures.map((failure) => failure.api)).toEqual([
      'redirectTo',
      'reLaunch',
    ]);
    expect(wxControl.pageStack.map((page) => page.route)).toEqual(['pages/home/index']);
    const home = await openPage('pages/home/index', { notice: 'not-opened' });
    expect(textOf(all(home, '.home-notice')[0] ?? {})).toBe(HOME_NOTICES['not-opened']);
  });

  test('a QR code for a topic: the guide start opens, the topic does not, home says why', async () => {
    expect(await stranded(scannedQuery(`${PREFIX}?r=p3`), 1011)).toEqual([
      'redirectTo /pages/home/index?start=1',
      'reLaunch /pages/home/index?notice=not-opened',
    ]);
    expect(wxControl.pageStack).toEqual([
      { route: 'pages/home/index', options: { notice: 'not-opened' } },
    ]);
  });
});

test.each([
  ['a QR link from another domain', scannedQuery('https://evil.example.net/?r=p3'), 1011],
  ['a broken q', { q: '%E0%A4%A' }, 1011],
  ['an empty q', { q: '' }, 1011],
  ['a scene with illegal characters', { scene: encodeURIComponent('r=<b>学籍</b>') }, 1047],
  ['a scene that is too long', { scene: 'r=p3&pad=' + 'x'.repeat(40) }, 1048],
  ['an empty r', { r: '' }, 1035],
])('%s opens home with the bad-link notice', async (_name, query, scene) => {
  expect(await arrive(query, scene)).toEqual(['redirectTo /pages/home/index?notice=bad-link']);
});

test('an unknown code opens home with its own notice', async () => {
  expect(await arrive({ r: 'p42' }, 1007)).toEqual([
    'redirectTo /pages/home/index?notice=unknown-link',
  ]);
});

describe('home page arrival notices', () => {
  test('shows the short notice for garbage, and never the raw input', async () => {
    const page = await openPage('pages/home/index', { notice: 'bad-link' });
    const notice = all(page, '.home-notice');
    expect(notice).toHaveLength(1);
    expect(textOf(notice[0] ?? {})).toBe(HOME_NOTICES['bad-link']);
  });

  test('an unknown notice code, or raw text in it, shows nothing', async () => {
    for (const notice of ['<script>alert(1)</script>', '链接坏了', 'toString', '']) {
      const page = await openPage('pages/home/index', { notice });
      expect(all(page, '.home-notice')).toHaveLength(0);
      expect(textOf(page)).not.toContain('script');
      expect(textOf(page)).not.toContain('链接坏了');
    }
  });

  test('start=1 marks step 1 only; without it nothing is marked', async () => {
    const marked = await openPage('pages/home/index', { start: '1' });
    // A small tag on the next-step card (step 1), not a cell's value.
    expect(textOf(find(marked, '.start-here'))).toBe(START_HERE_LABEL);
    expect(all(marked, '.start-here')).toHaveLength(1);
    const plain = await openPage('pages/home/index', { start: 'yes' });
    expect(textOf(plain)).not.toContain(START_HERE_LABEL);
  });
});
