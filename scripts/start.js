// @ts-check
// `npm start`: builds what WeChat DevTools needs (miniprogram_npm) and says how to open the project.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const build = spawnSync(process.execPath, [path.join(__dirname, 'build-npm.js')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`
学籍核对助手 is built. To open it in WeChat DevTools:
  1. 导入项目 → choose ${root}
  2. AppID: use the college's own, or "测试号" for a look around.
  3. The TypeScript sources compile in DevTools; npm packages are already built
     (miniprogram/miniprogram_npm), so there is no need to run "构建 npm".
`);
