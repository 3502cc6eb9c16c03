// The links into the entry page, read back by the entry parser: every kind of link leads to its code.
import {
  ENTRY_PAGE_PATH,
  menuPagePath,
  qrLinkUrl,
  sharePath,
  wxacodeScene,
} from '../../miniprogram/core/entry-links';
import { parseEntry } from '../../miniprogram/core/entry';
import { ENTRY_OPTIONS } from '../../miniprogram/views/entry';

const PREFIX = 'https://qr.example-college.edu.cn/xueji/';
const OPTIONS = { ...ENTRY_OPTIONS, prefixes: [PREFIX] };

/** The query part of a path, as onLoad receives it. */
function queryOf(path: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(path.split('?')[1] ?? ''));
}

test('what staff paste into the official-account menu, written out', () => {
  expect(ENTRY_PAGE_PATH).toBe('pages/entry/index');
  expect(menuPagePath('p3')).toBe('pages/entry/index?r=p3&from=menu');
});

test('every kind of link reads back as its code, from the right source', () => {
  for (const code of ['p3', 'reg', 'home'] as const) {
    const qr = { q: encodeURIComponent(qrLinkUrl(PREFIX, code)) };
    expect(parseEntry({ query: qr }, OPTIONS)).toMatchObject({ source: 'qr', route: code });
    const menu = queryOf(menuPagePath(code));
    expect(parseEntry({ query: menu }, OPTIONS)).toMatchObject({ source: 'menu', route: code });
    const scene = { scene: encodeURIComponent(wxacodeScene(code)) };
    expect(parseEntry({ query: scene }, OPTIONS)).toMatchObject({ source: 'wxacode', route: code });
    const share = sharePath(code);
    expect(share.startsWith(`/${ENTRY_PAGE_PATH}?`)).toBe(true);
    expect(parseEntry({ query: queryOf(share) }, OPTIONS)).toMatchObject({
      source: 'share',
      route: code,
    });
  }
});
