// @ts-check
// `npm run menu`: the official-account menu JSON (menu/create body) and the wxacode scene strings,
// both checked against WeChat's limits and the app's own entry parser, into artifacts/wechat/.
// Usage: npm run menu -- [--out DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { KitError, buildMenu, buildScenes, configWarnings } = require('./lib/staff-kit');

const DEFAULT_OUT = path.resolve(__dirname, '..', 'artifacts', 'wechat');

/**
 * Writes menu.json and scenes.json; returns what was written.
 * @param {{ outDir?: string }} options
 */
function writeMenuKit(options = {}) {
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT);
  const menu = buildMenu();
  const scenes = buildScenes();
  fs.mkdirSync(outDir, { recursive: true });
  const menuPath = path.join(outDir, 'menu.json');
  const scenesPath = path.join(outDir, 'scenes.json');
  fs.writeFileSync(menuPath, `${JSON.stringify(menu, null, 2)}\n`);
  fs.writeFileSync(scenesPath, `${JSON.stringify(scenes, null, 2)}\n`);
  return { menu, scenes, menuPath, scenesPath };
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
    `menu: ${result.menu.button.length} groups, ${items} items → ${result.menuPath} (paste into 自定义菜单, or POST to menu/create)`,
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

module.exports = { writeMenuKit };
