// @ts-check
// `npm run menu`: the official-account menu as a table for the console's form (menu.md: name,
// appid, page path, fallback page, one row per item), the same menu as the menu/create body
// (menu.json), and the wxacode scene strings, all checked against WeChat's limits and the app's
// own entry parser, into artifacts/wechat/.
// Usage: npm run menu -- [--out DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { KitError, buildMenu, buildScenes, configWarnings } = require('./lib/staff-kit');

const DEFAULT_OUT = path.resolve(__dirname, '..', 'artifacts', 'wechat');

/**
 * The menu as the console's form asks for it (公众号 → 自定义菜单 → 添加菜单 → 跳转小程序), one row
 * per item, and the warning about the API: menu/create replaces the account's whole menu.
 * @param {ReturnType<typeof buildMenu>} menu
 */
function menuTable(menu) {
  const rows = menu.button.flatMap((group) =>
    group.sub_button.map(
      (item) => `| ${group.name} | ${item.name} | ${item.appid} | ${item.pagepath} | ${item.url} |`,
    ),
  );
  return [
    '# 公众号菜单：在后台表单里逐项填写',
    '',
    '公众号后台的“自定义菜单”（位置因后台版本而异）：先加“主菜单”，再在它下面加“子菜单”；每个子菜单选“跳转小程序”，',
    '按下表填小程序（appid）、页面路径和备用网页。公众号须已认证并关联本小程序。',
    '',
    '| 主菜单 | 子菜单名称 | 小程序 appid | 小程序页面路径 | 备用网页 |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '不要把 menu.json 直接 POST 到 menu/create，除非确实要替换：这个接口提交的是整套菜单，',
    '公众号现有的菜单会被整个替换掉；调用它还要用公众号的 AppSecret 换 access_token。',
    '',
  ].join('\n');
}

/**
 * Writes menu.md, menu.json and scenes.json; returns what was written.
 * @param {{ outDir?: string }} options
 */
function writeMenuKit(options = {}) {
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT);
  const menu = buildMenu();
  const scenes = buildScenes();
  fs.mkdirSync(outDir, { recursive: true });
  const menuPath = path.join(outDir, 'menu.json');
  const tablePath = path.join(outDir, 'menu.md');
  const scenesPath = path.join(outDir, 'scenes.json');
  fs.writeFileSync(menuPath, `${JSON.stringify(menu, null, 2)}\n`);
  fs.writeFileSync(tablePath, menuTable(menu));
  fs.writeFileSync(scenesPath, `${JSON.stringify(scenes, null, 2)}\n`);
  return { menu, scenes, menuPath, tablePath, scenesPath };
}

function main() {
  const args = process.argv.slice(2);
  /** @type {{ outDir?: string }} */
  const options = {};
  if (args[0] === '--out' && args[1]) options.outDir = args[1];
  else if (args.length > 0) throw new KitError('usage: npm run menu -- [--out DIR]');
  for (const warning of configWarnings()) console.warn(warning);
  const result = writeMenuKit(options);
  const items = result.menu.button.reduce((sum, group) => sum + group.sub_button.length, 0);
  console.log(
    `menu: ${result.menu.button.length} 组 ${items} 项 → ${result.tablePath}：在公众号后台“自定义菜单”里按表逐项填写（后台没有导入 JSON 的功能）。`,
  );
  console.log(
    `menu: ${result.menuPath} 是 menu/create 接口的请求体；注意这个接口会替换公众号现有的整个菜单。`,
  );
  console.log(
    `menu: ${result.scenes.length} wxacode scenes (page ${result.scenes[0]?.page ?? ''}) → ${result.scenesPath}`,
  );
}

// Run as a command (not when a test requires this file).
if (path.resolve(process.argv[1] ?? '') === __filename) {
  try {
    main();
  } catch (error) {
    console.error(`menu: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

module.exports = { menuTable, writeMenuKit };
