// @ts-check
// Builds the mini-program's npm dependencies into miniprogram/miniprogram_npm/, as WeChat
// DevTools' "构建 npm" would, so DevTools, tests and the preview all use the same files.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { layOutVant } = require('./lib/vant-layout');

async function main() {
  const root = path.resolve(__dirname, '..');
  const dist = path.join(root, 'miniprogram', 'miniprogram_npm');
  // miniprogram-ci is a dev dependency; a production-only install has nothing to build with.
  let ci;
  try {
    ci = require('miniprogram-ci');
  } catch {
    console.warn('build-npm: miniprogram-ci is not installed; skipped.');
    return;
  }
  fs.rmSync(dist, { recursive: true, force: true });
  const started = Date.now();
  const result = await ci.packNpmManually({
    packageJsonPath: path.join(root, 'package.json'),
    miniprogramNpmDistDir: path.join(root, 'miniprogram'),
  });
  const { iconWxssBytes, moved } = await layOutVant(path.join(root, 'miniprogram'));
  console.log(
    `build-npm: ${result.miniProgramPackNum} mini-program packages and ${result.otherNpmPackNum} other packages into miniprogram/miniprogram_npm/ in ${Date.now() - started} ms; Vant icons from a local ${iconWxssBytes}-byte subset font; ${moved.length} subpackage-only Vant files copied into their subpackage`,
  );
}

main().catch((error) => {
  console.error('build-npm failed:', error);
  process.exit(1);
});
