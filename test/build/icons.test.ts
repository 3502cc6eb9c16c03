/**
 * @jest-environment node
 */
// Vant's icons without a CDN: the subset of Vant's own icon font that `npm install` inlines into
// miniprogram_npm (scripts/lib/vant-layout.js) holds every icon the app shows, and nothing points
// at at.alicdn.com any more.
import * as fs from 'node:fs';
import * as path from 'node:path';
import subsetFont from 'subset-font';
import { ICONS, localIconWxss, vantIconFont } from '../../scripts/lib/vant-layout';
import { ROOT } from '../helpers/project-copy';
import { ownFiles } from '../helpers/official-compiler';

const MINIPROGRAM = path.join(ROOT, 'miniprogram');
const VANT_ICON_WXSS = fs.readFileSync(
  path.join(ROOT, 'node_modules/@vant/weapp/dist/icon/index.wxss'),
  'utf8',
);
const subset = (font: Buffer, text: string): Promise<Buffer> =>
  subsetFont(font, text, { targetFormat: 'woff2' });

test('Vant ships its icon font from a CDN (what this replaces)', () => {
  expect(VANT_ICON_WXSS).toMatch(/src:url\(\/\/at\.alicdn\.com/);
});

test('the built icon WXSS inlines a subset font, keeps the icons in use and drops the rest', async () => {
  const wxss = await localIconWxss(VANT_ICON_WXSS, ['arrow', 'success'], subset);
  expect(wxss).not.toMatch(/alicdn|url\(\/\//);
  const font = /src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\)/.exec(wxss);
  expect(font?.[1]).toBeDefined();
  const bytes = Buffer.from(font?.[1] ?? '', 'base64');
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect(bytes.length).toBeLessThan(vantIconFont().length / 10);
  expect(wxss).toContain('.van-icon-arrow:before{content:"\\e660"}');
  expect(wxss).toContain('.van-icon-success:before');
  expect(wxss).not.toContain('.van-icon-search:before');
  expect(wxss.length).toBeLessThan(VANT_ICON_WXSS.length / 3);
});

test('an icon Vant does not have is refused, not silently dropped', async () => {
  await expect(localIconWxss(VANT_ICON_WXSS, ['arrow', 'no-such-icon'], subset)).rejects.toThrow(
    /no icon named no-such-icon/,
  );
});

test('miniprogram_npm holds the local font (npm install ran the step)', () => {
  const built = fs.readFileSync(
    path.join(MINIPROGRAM, 'miniprogram_npm/@vant/weapp/icon/index.wxss'),
    'utf8',
  );
  expect(built).not.toMatch(/alicdn/);
  expect(built).toContain('data:font/woff2;base64,');
  for (const name of ICONS) expect(built).toContain(`.van-icon-${name}:before`);
});

test('every icon the app’s WXML names is in the subset', () => {
  const named = new Set<string>();
  for (const file of ownFiles(MINIPROGRAM, '.wxml')) {
    const wxml = fs.readFileSync(path.join(MINIPROGRAM, file), 'utf8');
    for (const match of wxml.matchAll(/<van-icon\b[^>]*\bname="([^"{}]+)"/g))
      named.add(match[1] ?? '');
    for (const match of wxml.matchAll(
      /<van-[\w-]+\b[^>]*\b(?:icon|left-icon|right-icon)="([^"{}]+)"/g,
    )) {
      named.add(match[1] ?? '');
    }
  }
  expect([...named].filter((name) => !ICONS.includes(name))).toEqual([]);
});
