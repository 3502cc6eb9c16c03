/**
 * @jest-environment node
 */
// The official-account menu JSON and the wxacode scenes: WeChat's limits, and each entry opens its
// route through the app's own parser.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROUTE_CODES } from '../../miniprogram/content/routes';
import { staffConfig, type StaffConfig } from '../../miniprogram/content/staff-config';
import { parseEntry } from '../../miniprogram/core/entry';
import { ENTRY_OPTIONS } from '../../miniprogram/views/entry';
import { buildMenu, buildScenes, MENU_LIMITS, SCENE_CHARSET } from '../../scripts/lib/staff-kit';
import { writeMenuKit } from '../../scripts/menu';

function withMenu(menu: StaffConfig['menu']): StaffConfig {
  return { ...staffConfig, menu };
}

const item = { name: '证件重号', route: 'p3' as const };

test('the default menu: miniprogram items with appid, pagepath into the entry page, fallback url', () => {
  const menu = buildMenu();
  expect(menu.button.length).toBeGreaterThanOrEqual(1);
  expect(menu.button.length).toBeLessThanOrEqual(MENU_LIMITS.groups);
  for (const group of menu.button) {
    expect(group.sub_button.length).toBeLessThanOrEqual(MENU_LIMITS.items);
    for (const sub of group.sub_button) {
      expect(sub).toEqual({
        type: 'miniprogram',
        name: expect.any(String) as string,
        url: expect.stringMatching(/^https:\/\//) as string,
        appid: staffConfig.appId,
        pagepath: expect.stringMatching(/^pages\/entry\/index\?r=[a-z0-9]+&from=menu$/) as string,
      });
      // The menu's own path, opened from scene 1035, lands on the route it names.
      const code = /r=([a-z0-9]+)/.exec(sub.pagepath)?.[1] ?? '';
      const result = parseEntry({ query: { r: code, from: 'menu' }, scene: 1035 }, ENTRY_OPTIONS);
      expect(result).toMatchObject({ ok: true, source: 'menu', route: code });
      // The fallback URL is the same route's QR link, which the app also accepts.
      expect(
        parseEntry({ query: { q: encodeURIComponent(sub.url) } }, ENTRY_OPTIONS),
      ).toMatchObject({
        ok: true,
        route: code,
      });
    }
  }
});

test('more than 3 groups, more than 5 items, or over-long names are refused', () => {
  const group = { name: '学籍', items: [item] };
  expect(() => buildMenu(withMenu([group, group, group, group]))).toThrow(/1 to 3/);
  expect(() => buildMenu(withMenu([]))).toThrow(/1 to 3/);
  expect(() => buildMenu(withMenu([{ name: '学籍', items: Array(6).fill(item) }]))).toThrow(
    /6 items; 1 to 5/,
  );
  expect(() => buildMenu(withMenu([{ name: '学籍', items: [] }]))).toThrow(/0 items/);
  expect(() => buildMenu(withMenu([{ name: '学籍核对指南', items: [item] }]))).toThrow(/16 bytes/);
  const long = { name: '证'.repeat(21), route: 'p3' as const };
  expect(() => buildMenu(withMenu([{ name: '学籍', items: [long] }]))).toThrow(/60 bytes/);
  expect(() =>
    buildMenu(withMenu([{ name: '学籍', items: Array(5).fill(item) }, group, group])),
  ).not.toThrow();
});

test('wxacode scenes: one per route, ≤ 32 allowed characters, each opens its route', () => {
  const scenes = buildScenes();
  expect(scenes.map((scene) => scene.code)).toEqual([...ROUTE_CODES]);
  for (const scene of scenes) {
    expect(scene.page).toBe('pages/entry/index');
    expect(scene.scene.length).toBeLessThanOrEqual(32);
    expect(scene.scene).toMatch(SCENE_CHARSET);
    const query = { scene: encodeURIComponent(scene.scene) };
    expect(parseEntry({ query, scene: 1047 }, ENTRY_OPTIONS)).toMatchObject({
      ok: true,
      route: scene.code,
    });
  }
});

test('`npm run menu` writes the console table, menu.json and scenes.json', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menu-test-'));
  try {
    const result = writeMenuKit({ outDir: dir });
    expect(JSON.parse(fs.readFileSync(result.menuPath, 'utf8'))).toEqual(buildMenu());
    // One table row per menu item, with exactly what the console's 跳转小程序 form asks for.
    const table = fs.readFileSync(result.tablePath, 'utf8');
    for (const group of buildMenu().button) {
      for (const sub of group.sub_button) {
        expect(table).toContain(
          `| ${group.name} | ${sub.name} | ${sub.appid} | ${sub.pagepath} | ${sub.url} |`,
        );
      }
    }
    expect(table).toContain('现有的菜单会被整个替换掉');
    expect(JSON.parse(fs.readFileSync(result.scenesPath, 'utf8'))).toHaveLength(ROUTE_CODES.length);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
