// @ts-check
// The one build of the mini-program: WeChat's own compiler (miniprogram-ci's getCompiledResult, the
// "summer" compiler that upload() runs, with the TypeScript plugin and ignoreUploadUnusedFiles),
// offline, with the settings in project.config.json. Writes the exact file set WeChat receives to
// dist/package/, runs the official analyser and code-quality check on it, and reports sizes per
// package. `npm run build`, `npm start`, the tests and `npm run upload` all go through this file.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Buffer } = require('node:buffer');
const { subpackageRoots } = require('./app-routes');

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
// The compiler writes a cache folder into the current directory; keep it out of the project.
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'miniprogram-ci');
const CLI = path.join(ROOT, 'scripts', 'build.js');

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * Size budgets on the compiled package. The first three are ours, the last two WeChat's limits.
 * - Main package ≤ 200 KiB: every cold start downloads it before the first screen. The
 *   guide's pages (`guide`), the class helper (`helper`) and the tools (`tools`) are subpackages
 *   (app.json), so the main package holds the home page, the entry redirect, privacy and the code
 *   and content they share.
 * - A cold start into any page ≤ 270 KiB: the main package plus the page's subpackage, which is
 *   what a student waits for after scanning a QR code or tapping a menu link or forwarded card.
 * - The whole app: a ceiling about 3 % over what ships, so that growth is a decision, not an
 *   accident. No student downloads all of it at once (the cold-start budget above is what one
 *   waits for), so it may exceed that budget; 270 KiB held only while the app was one package.
 */
const BUDGETS = Object.freeze({
  mainPackageBytes: 200 * KIB,
  arrivalBytes: 270 * KIB,
  appBytes: 350 * KIB,
  subpackageBytes: 2 * MIB,
  totalLimitBytes: 20 * MIB,
});

/**
 * The lowest base library the app runs on, set by the college in the admin console (docs/deploy.md).
 * project.config.json ships the code without ES5 transpiling (no Babel helpers: 19 KiB less in the
 * main package), so the code must parse in the oldest JavaScript engine that base library runs on:
 * iOS 14's JavaScriptCore and Chrome 86 (wechat-miniprogram/miniprogram-compat,
 * data/browserslist.json: "3.6.0": ["ios 14", "chrome 86"]). That is ES2021 without class fields
 * (Safari 14.1) and without regex lookbehind (Safari 16.4).
 */
const MIN_BASE_LIBRARY = '3.6.0';
const SYNTAX_ECMA_VERSION = 2021;

/**
 * JS files of the compiled package that the oldest supported engine cannot parse.
 * @param {Record<string, string | Buffer>} files
 * @returns {{ file: string, error: string }[]}
 */
function syntaxCheck(files) {
  const acorn = require('acorn');
  /** @type {{ file: string, error: string }[]} */
  const problems = [];
  for (const [file, content] of Object.entries(files)) {
    if (!file.endsWith('.js')) continue;
    try {
      acorn.parse(content.toString(), {
        ecmaVersion: SYNTAX_ECMA_VERSION,
        sourceType: 'script',
        onToken: (token) => {
          const regex = /** @type {{ value?: { pattern?: string } }} */ (
            /** @type {unknown} */ (token)
          ).value;
          if (token.type.label === 'regexp' && /\(\?<[=!]/.test(regex?.pattern ?? '')) {
            throw new Error(`regex lookbehind /${String(regex?.pattern)}/ at ${token.start}`);
          }
        },
      });
    } catch (error) {
      problems.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}

/** @param {number} bytes */
function kib(bytes) {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}

/** @param {string} file @returns {any} */
function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * @typedef {{ es6: boolean, es7: boolean, minifyJS: boolean, minifyWXML: boolean,
 *   minifyWXSS: boolean, autoPrefixWXSS: boolean }} CiSetting
 */

/**
 * miniprogram-ci's compile setting from project.config.json's `setting`, so that the build, the
 * upload and DevTools (which reads project.config.json itself) compile the same way.
 * @param {{ setting?: Record<string, unknown> }} projectConfig
 * @returns {CiSetting}
 */
function ciSetting(projectConfig) {
  const setting = projectConfig.setting ?? {};
  const on = (/** @type {string} */ key) => setting[key] === true;
  return {
    es6: on('es6'),
    es7: on('enhance'),
    minifyJS: on('minified'),
    minifyWXML: on('minifyWXML'),
    minifyWXSS: on('minifyWXSS'),
    autoPrefixWXSS: on('postcss'),
  };
}

/**
 * A miniprogram-ci project that never asks WeChat's server for its attributes: CIProject.attr()
 * calls this function instead (the typings do not declare the option, hence the assignment).
 * @param {typeof import('miniprogram-ci')} ci
 * @param {string} projectPath
 * @param {string} appid
 */
function offlineProject(ci, projectPath, appid) {
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath,
    privateKey: 'offline',
    ignores: ['node_modules/**/*'],
  });
  /** @type {any} */ (project).attr = async () => ci.DefaultProjectAttr;
  return project;
}

/**
 * Which package a compiled file belongs to: the subpackage whose root it is under, else main.
 * @param {string} file
 * @param {string[]} roots subpackage roots without slashes at either end
 */
function packageOf(file, roots) {
  return roots.find((root) => file.startsWith(`${root}/`)) ?? 'main';
}

/**
 * @typedef {{ name: string, files: number, bytes: number, largest: { path: string, bytes: number }[] }} PackageSize
 * @typedef {{ route: string, package: string, bytes: number, onlyBytes: number }} PageSize
 * @typedef {{ name: string, text: string, success: boolean, detail?: unknown }} QualityItem
 * @typedef {{
 *   projectPath: string, setting: CiSetting, compileMs: number,
 *   packages: PackageSize[], totalBytes: number, files: Record<string, number>,
 *   pages: PageSize[], appShellBytes: number,
 *   unresolved: { from: string, request: string, error: string }[], sharedBySubpackages: string[],
 *   quality: QualityItem[],
 *   schema: { file: string, kind: string, errors: string[] }[], themeError: string | null,
 *   syntax: { file: string, error: string }[],
 * }} BuildReport
 */

/**
 * Per-package sizes of a compiled file map.
 * @param {Record<string, number>} sizes path → bytes
 * @param {string[]} roots
 * @returns {PackageSize[]}
 */
function packageSizes(sizes, roots) {
  /** @type {Map<string, { path: string, bytes: number }[]>} */
  const byPackage = new Map([
    ['main', []],
    ...roots.map((root) => /** @type {[string, []]} */ ([root, []])),
  ]);
  for (const [file, bytes] of Object.entries(sizes)) {
    byPackage.get(packageOf(file, roots))?.push({ path: file, bytes });
  }
  return [...byPackage].map(([name, entries]) => ({
    name,
    files: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    largest: [...entries]
      .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
      .slice(0, 8),
  }));
}

/**
 * @typedef {{ id: string, type: string, path: string,
 *   deps: { moduleId: string | null, type: string, request: string, error?: string, originModuleId: string }[] }} AnalysedModule
 */

/**
 * Per-page view from the official analyser's module graph: everything a page loads (the app shell
 * left out) and what only that page uses; plus every import the analyser could not resolve.
 * @param {{ modules: AnalysedModule[], files: { path: string, size: number }[] }} analysis
 * @param {string[]} roots
 */
function pageView(analysis, roots) {
  const modules = new Map(analysis.modules.map((module) => [module.id, module]));
  const sizes = new Map(analysis.files.map((file) => [file.path, file.size]));
  /** @param {string} start */
  const reach = (start) => {
    /** @type {Set<string>} */
    const seen = new Set();
    const queue = [start];
    while (queue.length > 0) {
      const module = modules.get(/** @type {string} */ (queue.pop()));
      if (!module || seen.has(module.path)) continue;
      seen.add(module.path);
      for (const dep of module.deps) {
        // Pages and subpackages hang off app.json but are not part of the app shell.
        if (dep.moduleId && dep.type !== 'Page' && dep.type !== 'SubPackage')
          queue.push(dep.moduleId);
      }
    }
    return seen;
  };
  const bytesOf = (/** @type {Iterable<string>} */ files) =>
    [...files].reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
  const shell = reach('MainPackage:app.json');
  const pages = analysis.modules
    .filter((module) => module.type === 'Page')
    .map((module) => ({
      route: module.path.replace(/\.json$/, ''),
      files: [...reach(module.id)].filter((file) => !shell.has(file)),
    }));
  /** @type {Map<string, number>} */
  const users = new Map();
  /** @type {Map<string, Set<string>>} which packages' pages load each file */
  const usedFrom = new Map();
  for (const page of pages)
    for (const file of page.files) {
      users.set(file, (users.get(file) ?? 0) + 1);
      const from = usedFrom.get(file) ?? new Set();
      from.add(packageOf(page.route, roots));
      usedFrom.set(file, from);
    }
  // A main-package file that only pages of two or more subpackages load: it cannot move into
  // either (a subpackage cannot load another's code), so the main package is its right place.
  const sharedBySubpackages = [...usedFrom]
    .filter(
      ([file, from]) => packageOf(file, roots) === 'main' && !from.has('main') && from.size > 1,
    )
    .map(([file]) => file)
    .sort();
  const unresolved = analysis.modules.flatMap((module) =>
    module.deps
      .filter((dep) => dep.error !== undefined)
      .map((dep) => ({ from: module.path, request: dep.request, error: String(dep.error) })),
  );
  return {
    appShellBytes: bytesOf(shell),
    pages: pages.map((page) => ({
      route: page.route,
      package: packageOf(page.route, roots),
      bytes: bytesOf(page.files),
      onlyBytes: bytesOf(page.files.filter((file) => users.get(file) === 1)),
    })),
    unresolved,
    sharedBySubpackages,
  };
}

/**
 * Quality items that fail: the check's own verdict, or a CONTAINS_* item that lists files (the
 * analyser marks "main package holds a component only a subpackage uses" as a success). A file
 * that pages of two or more subpackages load (`shared`, from the analyser's graph) is where it
 * must be: the check lists it under CONTAINS_OTHER_PKG_JS all the same.
 * @param {QualityItem[]} items
 * @param {readonly string[]} [shared]
 */
function failedQuality(items, shared = []) {
  return items.filter((item) => {
    const detail = /** @type {any} */ (item.detail);
    if (item.name === 'CONTAINS_OTHER_PKG_JS' && Array.isArray(detail?.files)) {
      return /** @type {string[]} */ (detail.files).some((file) => !shared.includes(file));
    }
    if (!item.success) return true;
    if (!item.name.startsWith('CONTAINS_')) return false;
    if (Array.isArray(detail)) return detail.length > 0;
    return Array.isArray(detail?.files) && detail.files.length > 0;
  });
}

/**
 * @param {BuildReport} report
 * @param {typeof BUDGETS} [budgets]
 * @returns {{ kind: string, message: string }[]}
 */
function checkBudgets(report, budgets = BUDGETS) {
  /** @type {{ kind: string, message: string }[]} */
  const violations = [];
  const main = report.packages.find((entry) => entry.name === 'main');
  if (main && main.bytes > budgets.mainPackageBytes) {
    violations.push({
      kind: 'main-package',
      message: `main package is ${kib(main.bytes)}, over its ${kib(budgets.mainPackageBytes)} budget`,
    });
  }
  for (const arrival of arrivals(report)) {
    if (arrival.bytes > budgets.arrivalBytes) {
      violations.push({
        kind: 'arrival',
        message: `opening a page of ${arrival.package} from cold downloads ${kib(arrival.bytes)}, over the ${kib(budgets.arrivalBytes)} budget`,
      });
    }
  }
  if (report.totalBytes > budgets.appBytes) {
    violations.push({
      kind: 'app',
      message: `the whole app is ${kib(report.totalBytes)}, over its ${kib(budgets.appBytes)} budget`,
    });
  }
  for (const entry of report.packages) {
    if (entry.name !== 'main' && entry.bytes > budgets.subpackageBytes) {
      violations.push({
        kind: 'subpackage',
        message: `subpackage ${entry.name} is ${kib(entry.bytes)}, over WeChat's ${kib(budgets.subpackageBytes)} limit`,
      });
    }
  }
  if (report.totalBytes > budgets.totalLimitBytes) {
    violations.push({
      kind: 'total-limit',
      message: `all packages together are ${kib(report.totalBytes)}, over WeChat's ${kib(budgets.totalLimitBytes)} limit`,
    });
  }
  return violations;
}

/**
 * What a cold start downloads before a page can show: the main package, plus the page's
 * subpackage when it is in one (WeChat fetches both before the page opens).
 * @param {BuildReport} report
 * @returns {{ package: string, bytes: number }[]}
 */
function arrivals(report) {
  const main = report.packages.find((entry) => entry.name === 'main')?.bytes ?? 0;
  return report.packages.map((entry) => ({
    package: entry.name,
    bytes: entry.name === 'main' ? main : main + entry.bytes,
  }));
}

/** @param {BuildReport} report */
function formatReport(report) {
  const lines = [
    `WeChat's compiler (miniprogram-ci getCompiledResult, offline) in ${report.compileMs} ms; setting ${JSON.stringify(report.setting)}`,
    '',
  ];
  for (const entry of report.packages) {
    const name = entry.name === 'main' ? 'main package' : `subpackage ${entry.name}`;
    lines.push(`${name.padEnd(20)} ${kib(entry.bytes).padStart(11)}  (${entry.files} files)`);
    for (const file of entry.largest)
      lines.push(`    ${kib(file.bytes).padStart(11)}  ${file.path}`);
  }
  lines.push(`${'whole app'.padEnd(20)} ${kib(report.totalBytes).padStart(11)}`);
  lines.push('', 'A cold start into a page downloads, before the page shows:');
  for (const arrival of arrivals(report)) {
    const what = arrival.package === 'main' ? 'main package' : `main + ${arrival.package}`;
    lines.push(`    ${kib(arrival.bytes).padStart(11)}  ${what}`);
  }
  lines.push(
    '',
    `Each page: what it loads beyond the app shell (${kib(report.appShellBytes)}), and what only it uses:`,
  );
  for (const page of report.pages) {
    lines.push(
      `    ${kib(page.bytes).padStart(11)}  ${page.route} [${page.package}], only this page ${kib(page.onlyBytes)}`,
    );
  }
  return lines.join('\n');
}

/**
 * Writes a compiled file map under dir.
 * @param {Record<string, string | Buffer>} files
 * @param {string} dir
 */
function writeFiles(files, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

/**
 * Every JSON file of the project and the schema WeChat checks it against: project.config.json,
 * app.json, sitemap.json, theme.json, and the page/component files (miniprogram_npm left out).
 * @param {string} projectPath
 * @param {string} miniprogramRoot
 * @returns {{ file: string, kind: 'projectconfig' | 'app' | 'sitemap' | 'theme' | 'page' }[]}
 */
function jsonFiles(projectPath, miniprogramRoot) {
  const root = path.join(projectPath, miniprogramRoot);
  /** @type {{ file: string, kind: 'projectconfig' | 'app' | 'sitemap' | 'theme' | 'page' }[]} */
  const found = [{ file: 'project.config.json', kind: 'projectconfig' }];
  /** @type {Record<string, 'app' | 'sitemap' | 'theme'>} */
  const special = { 'app.json': 'app', 'sitemap.json': 'sitemap', 'theme.json': 'theme' };
  const walk = (/** @type {string} */ dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm' || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        found.push({
          file: path.posix.join(miniprogramRoot, rel),
          kind: special[rel] ?? 'page',
        });
      }
    }
  };
  walk(root);
  return found;
}

/**
 * The official checks that run on the sources: schemaValidate over every JSON file and
 * checkThemeJSON (unknown variables, non-hex colours).
 * @param {typeof import('miniprogram-ci')} ci
 * @param {string} projectPath
 * @param {string} miniprogramRoot
 * @param {unknown} project
 */
function sourceChecks(ci, projectPath, miniprogramRoot, project) {
  const schema = jsonFiles(projectPath, miniprogramRoot).map(({ file, kind }) => {
    /** @type {string[]} */
    let errors;
    try {
      const result = ci.schemaValidate(kind, readJson(path.join(projectPath, file)));
      errors = result.error.map((error) => JSON.stringify(error));
    } catch (error) {
      errors = [error instanceof Error ? error.message : String(error)];
    }
    return { file, kind, errors };
  });
  const appJson = readJson(path.join(projectPath, miniprogramRoot, 'app.json'));
  /** @type {string | null} */
  let themeError = null;
  if (typeof appJson.themeLocation === 'string') {
    try {
      ci.checkThemeJSON(/** @type {any} */ (project), { themeLocation: appJson.themeLocation });
    } catch (error) {
      themeError = error instanceof Error ? error.message : String(error);
    }
  }
  return { schema, themeError };
}

/** A compile error named by its file, relative to the project (the compiler gives the path in e.path). */
class BuildError extends Error {}

/**
 * @param {unknown} error
 * @param {string} miniprogramRoot
 */
function describeCompileError(error, miniprogramRoot) {
  const { message = String(error), path: file } =
    /** @type {{ message?: string, path?: unknown }} */ (error ?? {});
  if (typeof file !== 'string' || file === '' || message.includes(file)) return message;
  return `${path.posix.join(miniprogramRoot, file)}: ${message}`;
}

/**
 * Compiles the project with WeChat's compiler, offline, and writes `<outDir>/package/`: exactly
 * the files an upload sends. Both `build()` (npm run build, npm test) and the preview (npm start,
 * the e2e run, screenshots) start here. Must run in a process of its own (see `build`).
 * @param {{ projectPath?: string, outDir?: string }} [options]
 */
async function compile(options = {}) {
  const projectPath = path.resolve(options.projectPath ?? ROOT);
  const outDir = path.resolve(options.outDir ?? DIST);
  const ci = require('miniprogram-ci');
  const projectConfig = readJson(path.join(projectPath, 'project.config.json'));
  const miniprogramRoot = String(projectConfig.miniprogramRoot ?? '').replace(/\/+$/, '');
  const appJson = readJson(path.join(projectPath, miniprogramRoot, 'app.json'));
  const setting = ciSetting(projectConfig);
  const roots = subpackageRoots(appJson);

  // A report beside a newer package would describe other files.
  fs.rmSync(path.join(outDir, 'report.json'), { force: true });
  const project = offlineProject(ci, projectPath, String(projectConfig.appid ?? 'touristappid'));
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const cwd = process.cwd();
  process.chdir(CACHE_DIR);
  const started = Date.now();
  /** @type {Record<string, string | Buffer>} */
  let files;
  try {
    // `version` is an upload field the compiler does not read; the typings require it anyway.
    files = await ci.getCompiledResult({ project, setting, version: '0.0.0' });
  } catch (error) {
    throw new BuildError(describeCompileError(error, miniprogramRoot));
  } finally {
    process.chdir(cwd);
  }
  const compileMs = Date.now() - started;
  writeFiles(files, path.join(outDir, 'package'));
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const [file, content] of Object.entries(files)) sizes[file] = Buffer.byteLength(content);
  return {
    ci,
    project,
    projectPath,
    projectConfig,
    miniprogramRoot,
    outDir,
    setting,
    roots,
    files,
    sizes,
    packages: packageSizes(sizes, roots),
    compileMs,
  };
}

/**
 * Compiles the project (`compile`), then runs the official checks on the sources and on the
 * compiled package, and writes `<outDir>/analysis/` (the compiled package laid out as a project
 * for the analyser) and `<outDir>/report.json`. Must run in a process of its own: it changes
 * directory for the compiler's cache and leaves worker processes behind (scripts/build.js exits
 * when done).
 * @param {{ projectPath?: string, outDir?: string }} [options]
 * @returns {Promise<BuildReport>}
 */
async function build(options = {}) {
  const compiled = await compile(options);
  const { ci, project, projectPath, projectConfig, miniprogramRoot, outDir, setting, roots } =
    compiled;
  const { files, sizes, packages, compileMs } = compiled;
  const checked = sourceChecks(ci, projectPath, miniprogramRoot, project);

  // The analyser and quality check do not read TypeScript: give them the compiled package as a
  // project whose settings are the real ones, minus the TypeScript plugin.
  const analysisDir = path.join(outDir, 'analysis');
  writeFiles(files, analysisDir);
  const plainSetting = { ...projectConfig.setting };
  delete plainSetting.useCompilerPlugins;
  fs.writeFileSync(
    path.join(analysisDir, 'project.config.json'),
    JSON.stringify(
      { ...projectConfig, miniprogramRoot: '', srcMiniprogramRoot: '', setting: plainSetting },
      null,
      2,
    ),
  );
  const analysed = offlineProject(ci, analysisDir, String(projectConfig.appid ?? 'touristappid'));
  const analysis = await ci.analyseCode(analysed, { silent: true });
  if (!analysis) throw new BuildError('the official analyser returned nothing');
  const quality = /** @type {QualityItem[]} */ (await ci.checkCodeQuality(analysed));

  const view = pageView(/** @type {any} */ (analysis), roots);
  /** @type {BuildReport} */
  const report = {
    projectPath,
    setting,
    compileMs,
    packages,
    totalBytes: packages.reduce((sum, entry) => sum + entry.bytes, 0),
    files: sizes,
    pages: view.pages,
    appShellBytes: view.appShellBytes,
    unresolved: view.unresolved,
    sharedBySubpackages: view.sharedBySubpackages,
    quality: quality.map(({ name, text, success, detail }) => ({ name, text, success, detail })),
    schema: checked.schema,
    themeError: checked.themeError,
    syntax: syntaxCheck(files),
  };
  fs.writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/**
 * Runs scripts/build.js in a child process (its compiler workers then go away with it).
 * @param {string[]} flags
 * @param {{ projectPath?: string, outDir?: string }} options
 */
function runCli(flags, options) {
  const outDir = path.resolve(options.outDir ?? DIST);
  // The configuration check is `npm run build`'s, not the tests': they build copies and fixtures.
  const args = [CLI, ...flags, '--no-config-check', '--out', outDir];
  if (options.projectPath) args.push('--project', path.resolve(options.projectPath));
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * MIB });
  return { outDir, status: child.status, output: `${child.stdout}${child.stderr}` };
}

/** The line `--compile-only` prints: how long WeChat's compiler took and each package's size. */
const COMPILED_PREFIX = "WeChat's compiler in ";

/** @param {{ compileMs: number, packages: PackageSize[] }} compiled */
function compiledSummary(compiled) {
  const sizes = compiled.packages.map((entry) => `${entry.name} ${kib(entry.bytes)}`).join(', ');
  return `${COMPILED_PREFIX}${compiled.compileMs} ms: ${sizes}`;
}

/**
 * Compiles only (no checks: `npm run build` and `npm test` run those) in a child process, for the
 * preview: `npm start`, the e2e run and the screenshots serve what WeChat's compiler made. Returns
 * the compiled mini-program's folder and the summary line, or throws with the compiler's message
 * (the file named).
 * @param {{ projectPath?: string, outDir?: string }} [options]
 * @returns {{ root: string, summary: string }}
 */
function runCompile(options = {}) {
  const { outDir, status, output } = runCli(['--compile-only'], options);
  if (status !== 0) throw new BuildError(output.trim());
  const summary = output.split('\n').find((line) => line.startsWith(COMPILED_PREFIX)) ?? '';
  return { root: path.join(outDir, 'package'), summary };
}

/**
 * Runs the build in a child process (scripts/build.js), as the tests do: the
 * compiler's workers then go away with it. Returns the report, or the compiler's message.
 * @param {{ projectPath?: string, outDir?: string }} [options]
 * @returns {{ ok: true, report: BuildReport, output: string } | { ok: false, output: string }}
 */
function runBuild(options = {}) {
  const { outDir, status, output } = runCli(['--quiet'], options);
  // Exit 1 is "built, but a budget or check fails": the report is there for the caller to show.
  if (status !== 0 && status !== 1) return { ok: false, output };
  return { ok: true, report: readJson(path.join(outDir, 'report.json')), output };
}

module.exports = {
  BUDGETS,
  BuildError,
  arrivals,
  DIST,
  MIN_BASE_LIBRARY,
  SYNTAX_ECMA_VERSION,
  build,
  checkBudgets,
  ciSetting,
  compile,
  compiledSummary,
  failedQuality,
  formatReport,
  kib,
  offlineProject,
  packageOf,
  packageSizes,
  pageView,
  runBuild,
  runCompile,
  subpackageRoots,
  syntaxCheck,
};
