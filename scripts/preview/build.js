// @ts-check
// Builds the browser preview of the mini-program: WXML through the official wcc, WXSS through the
// official wcsc, and every page's and component's code (TS sources, Vant's JS) bundled by esbuild
// with the runtime in ./runtime (j-component under miniprogram-simulate, wx shims, the phone frame).
// Everything is discovered from miniprogram/app.json and the usingComponents of each .json file.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Buffer } = require('node:buffer');
const { appPageRoutes } = require('../lib/app-routes');

const ROOT = path.resolve(__dirname, '../..');
const MINIPROGRAM = path.join(ROOT, 'miniprogram');

/** Runs scripts/build-npm.js when miniprogram_npm has not been built yet. */
function ensureNpmBuilt() {
  if (fs.existsSync(path.join(MINIPROGRAM, 'miniprogram_npm'))) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-npm.js')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('building miniprogram_npm failed');
}

/** @param {string} file */
function readJson(file) {
  return /** @type {Record<string, unknown>} */ (JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * theme.json (app.json's themeLocation) when dark mode is on: the values behind app.json's
 * theme variables ("@name") in each theme. Undefined when the app has no theme file.
 * @param {string} root
 * @param {Record<string, unknown>} appJson
 */
function readTheme(root, appJson) {
  if (appJson.darkmode !== true || typeof appJson.themeLocation !== 'string') return undefined;
  const file = path.join(root, appJson.themeLocation);
  return fs.existsSync(file) ? readJson(file) : undefined;
}

/**
 * Resolves a usingComponents value seen in `fromRel` (a path like 'pages/home/index') to the
 * component's path relative to the mini-program root, as WeChat does: '/x' from the root, 'x' or
 * './x' next to the page, then a bare package path in miniprogram_npm. Undefined when no file.
 * @param {string} root
 * @param {string} fromRel
 * @param {string} value
 */
function resolveComponent(root, fromRel, value) {
  const candidates = value.startsWith('/')
    ? [value.slice(1)]
    : [
        path.posix.join(path.posix.dirname(fromRel), value),
        ...(value.startsWith('.')
          ? []
          : [`miniprogram_npm/${value}`, `miniprogram_npm/${value}/index`]),
      ];
  return candidates.find((rel) => fs.existsSync(path.join(root, `${rel}.json`)));
}

/** @param {string} root @param {string} rel */
function sourceOf(root, rel) {
  for (const ext of ['.ts', '.js']) {
    const file = path.join(root, rel + ext);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Pages from app.json (subpackages included) and every component they reach, with each .json.
 * @param {string} [root] the mini-program root (miniprogram/ unless a test fixture)
 */
function discover(root = MINIPROGRAM) {
  const appJson = readJson(path.join(root, 'app.json'));
  const pages = appPageRoutes(appJson);
  /** @type {Map<string, Record<string, unknown>>} */
  const units = new Map();
  const queue = [...pages];
  const globalUsing = /** @type {Record<string, string>} */ (appJson.usingComponents ?? {});
  for (const value of Object.values(globalUsing)) {
    const rel = resolveComponent(root, 'app', value);
    if (rel) queue.push(rel);
  }
  while (queue.length > 0) {
    const rel = /** @type {string} */ (queue.shift());
    if (units.has(rel)) continue;
    const jsonFile = path.join(root, `${rel}.json`);
    const json = fs.existsSync(jsonFile) ? readJson(jsonFile) : {};
    const using = /** @type {Record<string, string>} */ (json.usingComponents ?? {});
    /** @type {Record<string, string>} */
    const resolved = {};
    for (const [tag, value] of Object.entries(using)) {
      const target = resolveComponent(root, rel, value);
      // Given to simulate as absolute paths, so package names resolve as in WeChat.
      resolved[tag] = target ? `/${target}` : value;
      if (target && !units.has(target)) queue.push(target);
    }
    units.set(rel, { ...json, usingComponents: resolved });
  }
  return { appJson, pages, units };
}

/**
 * The official compilers, as miniprogram-simulate uses them.
 * @param {string} root
 */
function compileTemplates(root) {
  const compiler = require('miniprogram-compiler');
  const glob = require('glob');
  const wxml = compiler.wxmlToJs(root, { maxBuffer: 64 * 1024 * 1024 });
  // A leading './' makes wcsc name component hosts (`:host` → [is="…"]) by their full path.
  const wxssList = glob
    .sync('**/*.wxss', { cwd: root, nodir: true, ignore: ['node_modules/**'] })
    .map((/** @type {string} */ file) => `./${file}`);
  const wxss = compiler.wxssToJs(root, { wxssList, maxBuffer: 64 * 1024 * 1024 });
  if (typeof wxss !== 'string' || wxss.includes('编译 .wxss 文件错误')) {
    throw new Error(`wcsc failed: ${String(wxss)}`);
  }
  // Vant's icon font is the local subset that `npm install` inlines (scripts/lib/vant-layout.js).
  return { wxml, wxss };
}

/**
 * esbuild plugin: `factory:<file>` loads a page or component module as a function that runs
 * its body again on every call (WeChat and simulate register a component once per use), while
 * the modules it requires stay shared singletons, as in WeChat.
 * @returns {import('esbuild').Plugin}
 */
function factoryPlugin() {
  return {
    name: 'component-factory',
    setup(build) {
      const esbuild = require('esbuild');
      build.onResolve({ filter: /^factory:/ }, (args) => ({
        path: args.path.slice('factory:'.length),
        namespace: 'factory',
      }));
      build.onLoad({ filter: /.*/, namespace: 'factory' }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const { code } = await esbuild.transform(source, {
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
          format: 'cjs',
          target: 'es2020',
          sourcefile: args.path,
        });
        return {
          contents: `module.exports = function () {\nvar module = { exports: {} }; var exports = module.exports;\n${code}\nreturn module.exports;\n};\n`,
          loader: 'js',
          resolveDir: path.dirname(args.path),
        };
      });
      // WeChat's screen reader reads aria-* and role from any element; j-component drops them.
      // (its template compiler hands them over camel-cased: ariaLabel). Write them onto the DOM
      // element, where the browser and the e2e audit can read them.
      build.onLoad({ filter: /j-component[\\/]src[\\/]render[\\/]render\.js$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const branch = '} else if (/^data-/.test(name)) {';
        if (!source.includes(branch)) throw new Error('j-component render.js changed: aria patch');
        return {
          contents: source.replace(
            branch,
            () =>
              "} else if (/^(aria[-A-Z]|role$)/.test(name)) {\n      const attribute = name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())\n      if (exparserNode.$$) {\n        if (value === undefined || value === null || value === '') exparserNode.$$.removeAttribute(attribute)\n        else exparserNode.$$.setAttribute(attribute, String(value))\n      }\n    " +
              branch,
          ),
          loader: 'js',
        };
      });
      // simulate's own WXSS path needs postcss/less/csso; the preview uses wcsc output instead.
      build.onResolve({ filter: /^\.\/wxss$/ }, (args) =>
        args.importer.includes(`miniprogram-simulate${path.sep}src`)
          ? { path: path.join(__dirname, 'runtime/wxss-shim.js') }
          : undefined,
      );
    },
  };
}

/**
 * Builds everything the preview serves. Returns the files by URL path, and figures.
 * @param {{ minify?: boolean, root?: string }} [options] root: the mini-program (default miniprogram/)
 */
async function buildPreview(options = {}) {
  const started = Date.now();
  const root = options.root ?? MINIPROGRAM;
  if (root === MINIPROGRAM) ensureNpmBuilt();
  const esbuild = require('esbuild');
  const { appJson, pages, units } = discover(root);
  const { wxml, wxss } = compileTemplates(root);

  const json = Object.fromEntries(units);
  const factoryLines = [];
  for (const rel of units.keys()) {
    const source = sourceOf(root, rel);
    if (source)
      factoryLines.push(
        `  ${JSON.stringify(rel)}: require(${JSON.stringify(`factory:${source}`)}),`,
      );
  }
  const appSource = sourceOf(root, 'app');
  const entry = [
    `const runtime = require(${JSON.stringify(path.join(__dirname, 'runtime/index.js'))});`,
    'runtime.start({',
    `  appJson: ${JSON.stringify(appJson)},`,
    `  themeJson: ${JSON.stringify(readTheme(root, appJson))},`,
    `  json: ${JSON.stringify(json)},`,
    '  factories: {',
    ...factoryLines,
    '  },',
    `  appFactory: ${appSource ? `require(${JSON.stringify(`factory:${appSource}`)})` : 'undefined'},`,
    '});',
  ].join('\n');

  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'preview-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: options.minify ?? false,
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"development"' },
    plugins: [factoryPlugin()],
    alias: { path: path.join(__dirname, 'runtime/path-shim.js') },
    // Only reached in simulate's Node mode, never in the browser.
    external: ['fs'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  const bundle = result.outputFiles[0]?.text ?? '';
  const appJs = [
    '// Generated by scripts/preview/build.js: wcsc output, wcc output, then the runtime bundle.',
    // rpx follow the frame's width (750rpx = the page width), as on a phone.
    'window.__transformRpx__ = function (n, width) { if (n === 0) return 0; var w = width || document.documentElement.clientWidth || 375; var px = Math.floor((n / 750) * w + 1e-4); return px === 0 ? (window.devicePixelRatio > 1 ? 0.5 : 1) : px; };',
    `window.__PREVIEW_WXSS__ = (function () {\n${wxss}\n})();`,
    `window.__PREVIEW_GWX__ = (function () {\n${wxml}\n})();`,
    bundle,
  ].join('\n');

  /** @type {Record<string, string>} */
  const files = {
    '/preview/app.js': appJs,
    '/preview/base.css': fs.readFileSync(path.join(__dirname, 'runtime/base.css'), 'utf8'),
    '/preview/host.js': fs.readFileSync(path.join(__dirname, 'host.js'), 'utf8'),
  };
  return {
    root,
    files,
    pages,
    appJson,
    stats: {
      pages: pages.length,
      units: units.size,
      bundleBytes: Buffer.byteLength(appJs),
      buildMs: Date.now() - started,
    },
  };
}

module.exports = { buildPreview, discover, MINIPROGRAM, ROOT };
