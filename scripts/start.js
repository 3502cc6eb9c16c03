// @ts-check
// `npm start`: compiles the mini-program with WeChat's own compiler (scripts/lib/build.js
// `compile`, the step `npm run build` and every upload start with), and serves that compiled
// package as a click-through preview in the browser (wcc/wcsc for WXML/WXSS, the code bundled);
// also says how to open the project in WeChat DevTools, and warns (never stops) while
// `npm run check` would refuse the configuration.
// Usage: npm start [-- --port 5173]   (--port 0 picks any free port; Ctrl-C stops it)
'use strict';
const path = require('node:path');
const { startServer } = require('./preview/server');
const { DIST, runCompile } = require('./lib/build');
const { configProblems, formatProblems } = require('./lib/config-check');
const { staffConfig } = require('../miniprogram/content/staff-config');

/** @param {string[]} argv */
function parsePort(argv) {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index < 0) return 5173;
  const flag = argv[index] ?? '';
  const raw = flag.includes('=') ? flag.split('=')[1] : argv[index + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got "${String(raw)}"`);
  }
  return port;
}

async function main() {
  const root = path.resolve(__dirname, '..');
  const started = Date.now();
  const port = parsePort(process.argv.slice(2));
  const compiled = runCompile({ outDir: path.join(DIST, 'preview') });
  const server = await startServer({ port, root: compiled.root });
  const { stats } = server;
  console.log(`
${compiled.summary}
${staffConfig.appName} — browser preview of the compiled package ${path.relative(root, compiled.root)} (${stats.pages} pages, ${stats.units} pages and components, bundle ${(stats.bundleBytes / 1024).toFixed(0)} kB, ready in ${Date.now() - started} ms):

  ${server.url}

  Phone frame with an entry panel at the URL above; the app alone at ${server.url}app
  Press Ctrl-C to stop.

To open it in WeChat DevTools instead:
  1. 导入项目 → choose ${root}
  2. AppID: use the college's own, or "测试号" for a look around.
  3. The TypeScript sources compile in DevTools; npm packages are already built
     (miniprogram/miniprogram_npm): do not run "构建 npm" (it brings the CDN icon font back).
  4. DevTools' 上传 checks nothing: run \`npm run check\` first, or upload with \`npm run upload\`.
`);
  // The preview works with any configuration; publishing does not: say so, without stopping.
  const config = configProblems();
  if (config.length > 0) console.warn(`提醒（预览照常）：${formatProblems(config)}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => {
      console.log('Preview stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('npm start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
