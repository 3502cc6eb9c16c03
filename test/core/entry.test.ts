// The entry parser with real-shaped arrivals: QR links, wxacode scenes, menu and share paths.
import {
  MAX_SCENE_LENGTH,
  parseEntry,
  planEntry,
  SCENE_SOURCES,
  type EntryInput,
  type EntryResult,
} from '../../miniprogram/core/entry';
import { HOME_START_URL, homeNoticeUrl } from '../../miniprogram/content/home-arrival';
import { PROBLEM_IDS } from '../../miniprogram/content/problems';
import { staffConfig } from '../../miniprogram/content/staff-config';
import { ENTRY_OPTIONS, ENTRY_URLS } from '../../miniprogram/views/entry';

const PREFIX = 'https://qr.example-college.edu.cn/xueji/';
const OPTIONS = { ...ENTRY_OPTIONS, prefixes: [PREFIX] };
/** Shaped like a problem's code, one past the last problem: no route has it. */
const UNKNOWN_CODE = `p${Math.max(...PROBLEM_IDS) + 1}`;

function parse(input: EntryInput): EntryResult {
  return parseEntry(input, OPTIONS);
}

/** What WeChat passes for a scanned ordinary-link QR code: the URL encoded once, plus the time. */
function scanned(url: string, encodings = 1): Record<string, string> {
  let q = url;
  for (let i = 0; i < encodings; i += 1) q = encodeURIComponent(q);
  return { q, scancode_time: '1788048000' };
}

describe('ordinary-link QR codes (query.q)', () => {
  test('q encoded once, as the platform sends it', () => {
    expect(parse({ query: scanned(`${PREFIX}?r=p3`), scene: 1011 })).toEqual({
      ok: true,
      source: 'qr',
      route: 'p3',
      scannedAt: 1788048000,
    });
  });

  test('q encoded twice (a relay encoded it again) still resolves', () => {
    const result = parse({ query: scanned(`${PREFIX}?r=reg`, 2), scene: 1012 });
    expect(result).toMatchObject({ ok: true, source: 'qr', route: 'reg' });
  });

  test('q encoded three times is not decoded further', () => {
    const result = parse({ query: scanned(`${PREFIX}?r=reg`, 3), scene: 1012 });
    expect(result).toEqual({ ok: false, source: 'qr', error: 'not-a-link' });
  });

  test('extra parameters and a fragment are ignored', () => {
    const url = `${PREFIX}?utm_source=poster&r=check&booth=3#top`;
    expect(parse({ query: scanned(url), scene: 1013 })).toMatchObject({ ok: true, route: 'check' });
  });

  test('the first r wins, and an upper-case host or code still matches', () => {
    const url = 'HTTPS://QR.Example-College.EDU.CN/xueji/?r=P9&r=p1';
    expect(parse({ query: scanned(url) })).toMatchObject({ ok: true, route: 'p9' });
  });

  test('a code written as a path after the prefix works; the bare prefix opens home', () => {
    expect(parse({ query: scanned(`${PREFIX}assist`) })).toMatchObject({ route: 'assist' });
    expect(parse({ query: scanned(PREFIX) })).toMatchObject({ ok: true, route: 'home' });
    expect(parse({ query: scanned(PREFIX.replace(/\/$/, '')) })).toMatchObject({ route: 'home' });
  });

  test('a URL on another domain, or under another path, is refused', () => {
    for (const url of [
      'https://evil.example.net/xueji/?r=p3',
      'https://qr.example-college.edu.cn.evil.net/xueji/?r=p3',
      'https://qr.example-college.edu.cn/other/?r=p3',
      'https://qr.example-college.edu.cn/xuejix/?r=p3',
      'https://www.qr.example-college.edu.cn.evil.net/xueji/?r=p3',
    ]) {
      expect(parse({ query: scanned(url) })).toEqual({
        ok: false,
        source: 'qr',
        error: 'foreign-link',
      });
    }
  });

  // The console's rule and the app's copy of it are typed separately; WeChat only opens the app
  // for links that match the console's rule, so the app must not refuse them for a scheme, a
  // www. or a default port that differs from its own copy.
  test('http/https, www. and default-port variants of the configured prefix are ours', () => {
    for (const [prefix, url] of [
      [PREFIX, 'http://qr.example-college.edu.cn/xueji/?r=p3'],
      [PREFIX, 'https://www.qr.example-college.edu.cn/xueji/?r=p3'],
      [PREFIX, 'http://WWW.qr.example-college.edu.cn:80/xueji/?r=p3'],
      [PREFIX, 'https://qr.example-college.edu.cn:443/xueji?r=p3'],
      ['http://www.college.edu.cn/xueji/', 'https://college.edu.cn/xueji/?r=p3'],
      ['https://college.edu.cn', 'http://www.college.edu.cn/?r=p3'],
    ] as const) {
      expect({
        prefix,
        url,
        ...parseEntry({ query: scanned(url) }, { ...OPTIONS, prefixes: [prefix] }),
      }).toMatchObject({
        prefix,
        url,
        ok: true,
        route: 'p3',
      });
    }
  });

  test('a prefix that is only a host still ends at the host', () => {
    const result = parseEntry(
      { query: scanned('https://college.edu.cn.evil.net/?r=p3') },
      { ...OPTIONS, prefixes: ['https://college.edu.cn'] },
    );
    expect(result).toMatchObject({ ok: false, error: 'foreign-link' });
  });

  test('a previously registered prefix keeps its printed codes working', () => {
    const old = 'https://old.example-college.edu.cn/qr/';
    const result = parseEntry(
      { query: scanned(`${old}?r=p2`) },
      { ...OPTIONS, prefixes: [PREFIX, old] },
    );
    expect(result).toMatchObject({ ok: true, route: 'p2' });
  });

  test('unknown and malformed codes, broken encoding, non-links', () => {
    expect(parse({ query: scanned(`${PREFIX}?r=${UNKNOWN_CODE}`) })).toMatchObject({
      error: 'unknown-code',
    });
    expect(parse({ query: scanned(`${PREFIX}?r=<script>`) })).toMatchObject({ error: 'bad-code' });
    expect(parse({ query: scanned(`${PREFIX}?r=`) })).toMatchObject({ error: 'bad-code' });
    expect(parse({ query: { q: '%E0%A4%A' } })).toMatchObject({ error: 'bad-encoding' });
    expect(parse({ query: scanned(`${PREFIX}?r=%E0%A4%A`) })).toMatchObject({
      error: 'bad-encoding',
    });
    expect(parse({ query: { q: 'javascript%3Aalert(1)' } })).toMatchObject({ error: 'not-a-link' });
    expect(parse({ query: { q: `${PREFIX}?r=p3`.repeat(40) } })).toMatchObject({
      error: 'too-long',
    });
  });

  test('an empty q is an error; a missing or odd scancode_time is simply left out', () => {
    expect(parse({ query: { q: '' } })).toEqual({ ok: false, source: 'qr', error: 'empty-value' });
    expect(parse({ query: { q: encodeURIComponent(`${PREFIX}?r=p1`) } })).toEqual({
      ok: true,
      source: 'qr',
      route: 'p1',
    });
    const odd = { q: encodeURIComponent(`${PREFIX}?r=p1`), scancode_time: 'soon' };
    expect(parse({ query: odd })).not.toHaveProperty('scannedAt');
  });
});

describe('mini-program codes (query.scene)', () => {
  test('scene encoded by the platform, and not encoded', () => {
    expect(parse({ query: { scene: encodeURIComponent('r=p3') }, scene: 1047 })).toEqual({
      ok: true,
      source: 'wxacode',
      route: 'p3',
    });
    expect(parse({ query: { scene: 'r=p3' }, scene: 1048 })).toMatchObject({ route: 'p3' });
    expect(parse({ query: { scene: 'assist' }, scene: 1049 })).toMatchObject({ route: 'assist' });
  });

  test(`a scene longer than ${MAX_SCENE_LENGTH} characters is refused`, () => {
    const exact = `r=p3&x=${'a'.repeat(MAX_SCENE_LENGTH - 7)}`;
    expect(exact).toHaveLength(MAX_SCENE_LENGTH);
    expect(parse({ query: { scene: encodeURIComponent(exact) } })).toMatchObject({ route: 'p3' });
    expect(parse({ query: { scene: encodeURIComponent(`${exact}b`) } })).toMatchObject({
      error: 'scene-too-long',
    });
    expect(parse({ query: { scene: 'x'.repeat(500) } })).toMatchObject({
      error: 'scene-too-long',
    });
  });

  test('a scene with characters the platform does not allow is refused', () => {
    for (const scene of ['r=p3 ', 'r=学籍', 'r=p3%', 'r="p3"', 'r=<p3>']) {
      expect(parse({ query: { scene: encodeURIComponent(scene) } })).toMatchObject({
        ok: false,
        error: 'scene-charset',
      });
    }
  });

  test('empty, broken and code-less scenes', () => {
    expect(parse({ query: { scene: '' } })).toMatchObject({ error: 'empty-value' });
    expect(parse({ query: { scene: '%ZZ' } })).toMatchObject({ error: 'bad-encoding' });
    expect(parse({ query: { scene: 'x=1' } })).toMatchObject({ error: 'bad-code' });
    expect(parse({ query: { scene: 'r=zz' } })).toMatchObject({ error: 'unknown-code' });
  });
});

describe('plain paths (menu pagepath, share cards) and scene numbers', () => {
  test('r in a plain query, with and without a scene number', () => {
    expect(parse({ query: { r: 'p5' }, scene: 1035 })).toEqual({
      ok: true,
      source: 'menu',
      route: 'p5',
    });
    expect(parse({ query: { r: 'p5', from: 'share' } })).toMatchObject({ source: 'share' });
    expect(parse({ query: { r: 'p5', from: 'menu' } })).toMatchObject({ source: 'menu' });
    expect(parse({ query: { r: 'p5', from: 'elsewhere' } })).toMatchObject({ source: 'direct' });
    expect(parse({ query: { r: encodeURIComponent('check') } })).toMatchObject({ route: 'check' });
  });

  test('empty and missing values', () => {
    expect(parse({ query: { r: '' } })).toMatchObject({ ok: false, error: 'empty-value' });
    expect(parse({ query: { r: '   ' } })).toMatchObject({ ok: false, error: 'empty-value' });
    expect(parse({ query: {} })).toEqual({ ok: true, source: 'direct', route: 'home' });
    expect(parse({ query: undefined })).toEqual({ ok: true, source: 'direct', route: 'home' });
    expect(parse({ query: null, scene: 1035 })).toEqual({
      ok: true,
      source: 'menu',
      route: 'home',
    });
    const hostile = { r: 42, q: ['x'] } as unknown as Record<string, string>;
    expect(parse({ query: hostile })).toEqual({ ok: true, source: 'direct', route: 'home' });
    expect(parse({ query: { r: 'p'.repeat(200) } })).toMatchObject({ error: 'too-long' });
  });

  test.each([
    [1035, 'menu'],
    [1007, 'share'],
    [1008, 'share'],
    [1044, 'share'],
    [1011, 'qr'],
    [1012, 'qr'],
    [1013, 'qr'],
    [1047, 'wxacode'],
    [1048, 'wxacode'],
    [1049, 'wxacode'],
    [1058, 'article'],
    [1074, 'article'],
    [1082, 'article'],
    [1001, 'direct'],
    [1129, 'direct'],
  ])('scene %i counts as %s', (scene, source) => {
    expect(parse({ query: { r: 'p1' }, scene })).toMatchObject({ source });
  });

  test('the scene table holds exactly the scenes a link, menu, QR code or card arrives by', () => {
    expect(Object.keys(SCENE_SOURCES).map(Number).sort()).toEqual([
      1007, 1008, 1011, 1012, 1013, 1035, 1044, 1047, 1048, 1049, 1058, 1074, 1082,
    ]);
  });

  test('the shape of the query beats the scene number: q is a QR code, scene a wxacode', () => {
    expect(parse({ query: scanned(`${PREFIX}?r=p1`), scene: 1001 })).toMatchObject({
      source: 'qr',
    });
    expect(parse({ query: { scene: 'r=p1' }, scene: 1035 })).toMatchObject({ source: 'wxacode' });
  });
});

describe('where the entry page goes', () => {
  test('menu and orientation codes put the guide start underneath the topic', () => {
    for (const source of ['menu', 'qr', 'wxacode'] as const) {
      expect(planEntry({ ok: true, source, route: 'p3' }, ENTRY_URLS)).toEqual({
        start: HOME_START_URL,
        target: '/guide/pages/problem/index?id=3',
      });
      expect(planEntry({ ok: true, source, route: 'home' }, ENTRY_URLS)).toEqual({
        start: null,
        target: HOME_START_URL,
      });
    }
  });

  test('share cards, article links and direct opens go straight to the page', () => {
    for (const source of ['share', 'article', 'direct'] as const) {
      expect(planEntry({ ok: true, source, route: 'check' }, ENTRY_URLS)).toEqual({
        start: null,
        target: '/guide/pages/section/index?id=login&part=check',
      });
      expect(planEntry({ ok: true, source, route: 'home' }, ENTRY_URLS)).toEqual({
        start: null,
        target: '/pages/home/index',
      });
    }
  });

  test('errors open home with a notice code, never the raw input', () => {
    expect(planEntry({ ok: false, source: 'qr', error: 'foreign-link' }, ENTRY_URLS)).toEqual({
      start: null,
      target: homeNoticeUrl('bad-link'),
    });
    expect(planEntry({ ok: false, source: 'menu', error: 'unknown-code' }, ENTRY_URLS)).toEqual({
      start: null,
      target: homeNoticeUrl('unknown-link'),
    });
  });

  test('the default options accept the configured prefix', () => {
    const result = parseEntry(
      { query: scanned(`${staffConfig.qrLinkPrefix}?r=p7`) },
      ENTRY_OPTIONS,
    );
    expect(result).toMatchObject({ ok: true, route: 'p7' });
  });
});

describe('edges of the entry parser', () => {
  /** Every character percent-encoded, as some generators write a scene. */
  const encodeAll = (text: string): string =>
    Array.from(text)
      .map((char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
      .join('');

  test('a code must be a whole code: no digit first, nothing after it, at most 20 characters', () => {
    for (const r of ['3p', 'p3!', 'a'.repeat(21)]) {
      expect(parse({ query: { r } })).toMatchObject({ ok: false, error: 'bad-code' });
    }
    expect(parse({ query: { r: ' p3 ' } })).toMatchObject({ ok: true, route: 'p3' });
  });

  test('a plain r of 96 characters is read, one more is too long', () => {
    const padded = `${'%20'.repeat(31)}p3 `;
    expect(padded).toHaveLength(96);
    expect(parse({ query: { r: padded } })).toMatchObject({ ok: true, route: 'p3' });
    expect(parse({ query: { r: `${padded} ` } })).toMatchObject({ error: 'too-long' });
  });

  test('a QR link of 1024 characters is read, one more is too long', () => {
    const base = `${PREFIX}?r=p3&pad=`;
    const url = base + 'a'.repeat(1024 - base.length);
    expect(url).toHaveLength(1024);
    expect(parse({ query: { q: url } })).toMatchObject({ ok: true, route: 'p3' });
    expect(parse({ query: { q: `${url}a` } })).toMatchObject({ error: 'too-long' });
  });

  test('a blank q or scene is empty, and spaces around a scanned link are ignored', () => {
    expect(parse({ query: { q: '   ' } })).toMatchObject({ error: 'empty-value' });
    expect(parse({ query: { scene: '   ' } })).toMatchObject({ error: 'empty-value' });
    const q = ` ${encodeURIComponent(`${PREFIX}?r=p3`)} `;
    expect(parse({ query: { q } })).toMatchObject({ ok: true, route: 'p3' });
  });

  test('something before the scheme is not a link', () => {
    const q = encodeURIComponent(`x${PREFIX}?r=p3`);
    expect(parse({ query: { q } })).toMatchObject({ error: 'not-a-link' });
  });

  test('an empty prefix in the settings does not make every link ours', () => {
    const result = parseEntry(
      { query: scanned('https://evil.example.net/?r=p3') },
      { ...OPTIONS, prefixes: ['', PREFIX] },
    );
    expect(result).toMatchObject({ ok: false, error: 'foreign-link' });
  });

  test('a double-encoded http link is decoded twice too', () => {
    const http = 'http://qr.example-college.edu.cn/xueji/';
    const result = parseEntry(
      { query: scanned(`${http}?r=p2`, 2) },
      { ...OPTIONS, prefixes: [http] },
    );
    expect(result).toMatchObject({ ok: true, route: 'p2' });
  });

  test('a query without r opens home; an r without a value is an error', () => {
    expect(parse({ query: scanned(`${PREFIX}?utm_source=poster`) })).toMatchObject({
      ok: true,
      route: 'home',
    });
    expect(parse({ query: scanned(`${PREFIX}?r`) })).toMatchObject({ error: 'bad-code' });
    // A + in a query is a space, as in any form-encoded URL: p+3 is not p3.
    expect(parse({ query: scanned(`${PREFIX}?r=p+3`) })).toMatchObject({ error: 'bad-code' });
  });

  test('slashes around a code written as a path are ignored, but not inside it', () => {
    expect(parse({ query: scanned(`${PREFIX}//p3//`) })).toMatchObject({ ok: true, route: 'p3' });
    expect(parse({ query: scanned(`${PREFIX}p/3`) })).toMatchObject({ error: 'bad-code' });
  });

  test('a scene with a bad character first is refused for its characters', () => {
    for (const scene of [' r=p3', '"r=p3', '学r=p3']) {
      expect(parse({ query: { scene: encodeURIComponent(scene) } })).toMatchObject({
        error: 'scene-charset',
      });
    }
  });

  test('a scene of 32 characters, each written as %XX, is read', () => {
    const exact = `r=p3&x=${'a'.repeat(MAX_SCENE_LENGTH - 7)}`;
    const raw = encodeAll(exact);
    expect(raw).toHaveLength(MAX_SCENE_LENGTH * 3);
    expect(parse({ query: { scene: raw } })).toMatchObject({ ok: true, route: 'p3' });
  });

  test('a scene too long before decoding is too long, whatever it decodes to', () => {
    const scene = encodeURIComponent('学'.repeat(11));
    expect(scene.length).toBeGreaterThan(MAX_SCENE_LENGTH * 3);
    expect(parse({ query: { scene } })).toMatchObject({ error: 'scene-too-long' });
  });

  test('scancode_time is read only as up to 12 digits, and only from a QR code', () => {
    for (const time of ['x12', '12x', '1234567890123']) {
      const query = { q: encodeURIComponent(`${PREFIX}?r=p1`), scancode_time: time };
      expect(parse({ query })).not.toHaveProperty('scannedAt');
    }
    expect(parse({ query: { r: 'p1', scancode_time: '1788048000' } })).not.toHaveProperty(
      'scannedAt',
    );
  });
});
