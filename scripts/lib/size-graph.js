// @ts-check
// Walks a mini-program's real dependency graph from app.json and measures what WeChat uploads with
// `ignoreUploadUnusedFiles`: the main package, each subpackage, each page's own closure. Pure apart
// from reading files, so tests can feed it a fixture mini-program.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Buffer } = require('node:buffer');
const ts = require('typescript');

const KB = 1024;

/** Budgets enforced by `npm test` and `npm run size`. */
const BUDGETS = Object.freeze({
  mainPackageBytes: 400 * KB,
  homeClosureBytes: 224 * KB,
});

const CODE_EXTENSIONS = ['.ts', '.js'];
const MODULE_EXTENSIONS = ['.json', '.wxml', '.wxss', ...CODE_EXTENSIONS];
const ASSET_PATTERN = /\.(png|jpe?g|gif|svg|webp|bmp|ico|mp3|wav|m4a|mp4|ttf|woff2?|otf)$/i;

/**
 * @typedef {{ file: string, bytes: number }} FileSize
 * @typedef {{ name: string, bytes: number, files: string[] }} Group
 * @typedef {{ route: string, package: string, bytes: number, ownBytes: number, files: string[] }} PageClosure
 * @typedef {{ from: string, ref: string }} Missing
 * @typedef {{
 *   root: string,
 *   home: string,
 *   totalBytes: number,
 *   main: Group,
 *   subpackages: Group[],
 *   pages: PageClosure[],
 *   largest: FileSize[],
 *   sizes: Record<string, number>,
 *   missing: Missing[],
 *   unused: string[],
 * }} SizeReport
 * @typedef {{ root: string, pages: string[], independent: boolean }} SubpackageConfig
 * @typedef {{ kind: string, limitBytes: number, actualBytes: number, message: string }} Violation
 */

/** Posix-style path relative to the mini-program root, e.g. `pages/home/index.ts`. */
/** @param {string} root @param {string} file */
function rel(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** @param {string} file */
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {string} file
 * @returns {any} parsed JSON, or undefined when unreadable
 */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads app.json's page list and subpackages (`subpackages` or the older `subPackages`). */
/** @param {string} root */
function readAppConfig(root) {
  const app = readJson(path.join(root, 'app.json'));
  if (!app || typeof app !== 'object') throw new Error(`no readable app.json in ${root}`);
  /** @type {string[]} */
  const pages = Array.isArray(app.pages)
    ? app.pages.filter((/** @type {unknown} */ p) => typeof p === 'string')
    : [];
  const rawSubs = app.subpackages ?? app.subPackages ?? [];
  /** @type {SubpackageConfig[]} */
  const subpackages = (Array.isArray(rawSubs) ? rawSubs : [])
    .filter((sub) => sub && typeof sub.root === 'string')
    .map((sub) => ({
      root: String(sub.root).replace(/^\/+|\/+$/g, ''),
      pages: Array.isArray(sub.pages)
        ? sub.pages.filter((/** @type {unknown} */ p) => typeof p === 'string')
        : [],
      independent: sub.independent === true,
    }));
  const home = typeof app.entryPagePath === 'string' ? app.entryPagePath : (pages[0] ?? '');
  return { app, pages, subpackages, home };
}

/** Files that make up a page or component: its .json/.wxml/.wxss and its .ts or .js. */
/** @param {string} base @returns {string[]} */
function moduleFiles(base) {
  const files = [];
  for (const ext of MODULE_EXTENSIONS) {
    if (ext === '.js' && isFile(`${base}.ts`)) continue;
    if (isFile(`${base}${ext}`)) files.push(`${base}${ext}`);
  }
  return files;
}

/**
 * Resolves a reference from `fromFile`: `/x` is from the mini-program root, `./x` and `../x`
 * from the file's folder, a bare name first from the folder and then from `miniprogram_npm`.
 * Returns the candidate base paths (without extension decisions).
 */
/** @param {string} root @param {string} fromFile @param {string} ref */
function candidateBases(root, fromFile, ref) {
  if (ref.startsWith('/')) return [path.join(root, ref)];
  const dir = path.dirname(fromFile);
  if (ref.startsWith('./') || ref.startsWith('../')) return [path.join(dir, ref)];
  return [path.join(dir, ref), path.join(root, 'miniprogram_npm', ref)];
}

/** @param {string} root @param {string} fromFile @param {string} ref */
function resolveComponent(root, fromFile, ref) {
  for (const base of candidateBases(root, fromFile, ref)) {
    for (const candidate of [base, path.join(base, 'index')]) {
      const files = moduleFiles(candidate);
      if (files.some((file) => file.endsWith('.json') || file.endsWith('.wxml'))) return files;
    }
  }
  return undefined;
}

/** @param {string} root @param {string} fromFile @param {string} ref */
function resolveCode(root, fromFile, ref) {
  for (const base of candidateBases(root, fromFile, ref)) {
    const tries = [base, ...CODE_EXTENSIONS.map((e) => base + e), `${base}.json`];
    tries.push(...CODE_EXTENSIONS.map((e) => path.join(base, `index${e}`)));
    // An npm package folder in miniprogram_npm: its package.json main, else index.js.
    const pkg = readJson(path.join(base, 'package.json'));
    if (pkg && typeof pkg.main === 'string') tries.push(path.join(base, pkg.main));
    for (const candidate of tries) {
      // A .js twin of a .ts file is the same module (DevTools compiles the .ts).
      if (candidate.endsWith('.js') && isFile(candidate.replace(/\.js$/, '.ts'))) {
        return candidate.replace(/\.js$/, '.ts');
      }
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** @param {string} root @param {string} fromFile @param {string} ref */
function resolvePlain(root, fromFile, ref) {
  const [base] = candidateBases(root, fromFile, ref);
  return base !== undefined && isFile(base) ? base : undefined;
}

/** Turns TypeScript into the JavaScript DevTools would upload (types and type-only imports gone). */
/** @param {string} file @param {string} source */
function transpile(file, source) {
  return ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      removeComments: true,
    },
  }).outputText;
}

/** @param {string} ref */
function isStatic(ref) {
  return (
    ref.length > 0 && !ref.includes('{{') && !/^(https?:|data:|plugin:|wxfile:|\/\/)/.test(ref)
  );
}

/** Image and other asset references written as string literals anywhere in a file. */
/** @param {string} text */
function assetRefs(text) {
  const refs = [];
  const pattern = /["'(]\s*([^"'()\s{}]+)\s*["')]/g;
  for (const match of text.matchAll(pattern)) {
    const ref = match[1] ?? '';
    if (ASSET_PATTERN.test(ref) && isStatic(ref)) refs.push(ref);
  }
  return refs;
}

/**
 * The graph walker. `sizeOf` caches what each file costs in the upload; `edges` caches what each
 * file references, so a page closure and the package totals share one scan.
 */
/** @param {string} root */
function createWalker(root) {
  /** @type {Map<string, number>} */
  const sizes = new Map();
  /** @type {Map<string, string[]>} */
  const edges = new Map();
  /** @type {Missing[]} */
  const missing = [];

  /** @param {string} from @param {string} ref */
  function note(from, ref) {
    missing.push({ from: rel(root, from), ref });
  }

  /** @param {string} file @returns {string[]} */
  function scan(file) {
    const cached = edges.get(file);
    if (cached) return cached;
    /** @type {string[]} */
    const out = [];
    edges.set(file, out);
    const ext = path.extname(file);
    const buffer = fs.readFileSync(file);
    let text = '';
    if (!ASSET_PATTERN.test(file)) text = buffer.toString('utf8');
    let bytes = buffer.length;
    /** @param {string | undefined} resolved @param {string} ref */
    const add = (resolved, ref) => {
      if (resolved === undefined) note(file, ref);
      else out.push(resolved);
    };

    if (ext === '.json') {
      const json = readJson(file);
      const using = json && typeof json === 'object' ? json.usingComponents : undefined;
      const generics = json && typeof json === 'object' ? json.componentGenerics : undefined;
      const refs = [];
      if (using && typeof using === 'object') refs.push(...Object.values(using));
      if (generics && typeof generics === 'object') {
        for (const generic of Object.values(generics)) {
          if (generic && typeof generic.default === 'string') refs.push(generic.default);
        }
      }
      for (const ref of refs) {
        if (typeof ref !== 'string' || ref.startsWith('plugin://')) continue;
        const files = resolveComponent(root, file, ref);
        if (files) out.push(...files);
        else note(file, ref);
      }
    } else if (ext === '.wxml') {
      const tagPattern = /<(import|include|wxs)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/g;
      for (const match of text.matchAll(tagPattern)) {
        const tag = match[1] ?? '';
        const ref = match[2] ?? '';
        if (!isStatic(ref)) continue;
        const withExt = path.extname(ref) ? ref : `${ref}${tag === 'wxs' ? '.wxs' : '.wxml'}`;
        add(resolvePlain(root, file, withExt), ref);
      }
      for (const ref of assetRefs(text)) add(resolvePlain(root, file, ref), ref);
    } else if (ext === '.wxss') {
      for (const match of text.matchAll(/@import\s+["']([^"']+)["']/g)) {
        const ref = match[1] ?? '';
        add(resolvePlain(root, file, ref), ref);
      }
      for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const ref = match[1] ?? '';
        if (isStatic(ref)) add(resolvePlain(root, file, ref), ref);
      }
    } else if (ext === '.wxs') {
      for (const match of text.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) {
        const ref = match[1] ?? '';
        add(resolvePlain(root, file, ref), ref);
      }
    } else if (ext === '.ts' || ext === '.js') {
      const code = ext === '.ts' ? transpile(file, text) : text;
      if (ext === '.ts') bytes = Buffer.byteLength(code, 'utf8');
      const requirePattern = /\brequire\(\s*["']([^"']+)["']\s*\)/g;
      const importPattern =
        /\b(?:import|export)\s[^;'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;
      const refs = [...code.matchAll(requirePattern)].map((m) => m[1] ?? '');
      if (ext === '.js')
        refs.push(...[...code.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? ''));
      for (const ref of refs) {
        if (ref) add(resolveCode(root, file, ref), ref);
      }
      for (const ref of assetRefs(code)) add(resolvePlain(root, file, ref), ref);
    }
    sizes.set(file, bytes);
    return out;
  }

  /** Every file reachable from the starting files, the starting files included. */
  /** @param {string[]} starts @returns {Set<string>} */
  function closure(starts) {
    const seen = new Set();
    const queue = [...starts];
    while (queue.length > 0) {
      const file = /** @type {string} */ (queue.pop());
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...scan(file));
    }
    return seen;
  }

  return { closure, sizes, missing };
}

/** @param {Iterable<string>} files @param {Map<string, number>} sizes */
function sumBytes(files, sizes) {
  let total = 0;
  for (const file of files) total += sizes.get(file) ?? 0;
  return total;
}

/** @param {string} dir */
function listFilesUnder(dir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(dir);
  return found;
}

/**
 * Measures the mini-program rooted at `root` (the folder holding app.json).
 * @param {string} root
 * @returns {SizeReport}
 */
function buildSizeReport(root) {
  const absRoot = path.resolve(root);
  const { app, pages, subpackages, home } = readAppConfig(absRoot);
  const walker = createWalker(absRoot);

  // The app shell: what every page loads.
  const shell = ['app.json', 'app.ts', 'app.js', 'app.wxss']
    .map((name) => path.join(absRoot, name))
    .filter(
      (file) => isFile(file) && !(file.endsWith('app.js') && isFile(path.join(absRoot, 'app.ts'))),
    );
  for (const key of ['sitemapLocation', 'themeLocation']) {
    const location = app[key];
    if (typeof location === 'string') {
      const file = path.join(absRoot, location);
      if (isFile(file)) shell.push(file);
      else walker.missing.push({ from: 'app.json', ref: location });
    }
  }
  const tabBar = app.tabBar && typeof app.tabBar === 'object' ? app.tabBar : undefined;
  for (const item of Array.isArray(tabBar?.list) ? tabBar.list : []) {
    for (const key of ['iconPath', 'selectedIconPath']) {
      if (typeof item?.[key] === 'string') {
        const file = path.join(absRoot, item[key]);
        if (isFile(file)) shell.push(file);
      }
    }
  }
  const appJsonFile = path.join(absRoot, 'app.json');
  const shellFiles = walker.closure(shell);

  /** @type {{ route: string, package: string }[]} */
  const allPages = pages.map((route) => ({ route, package: 'main' }));
  for (const sub of subpackages) {
    for (const page of sub.pages)
      allPages.push({ route: `${sub.root}/${page}`, package: sub.root });
  }

  /** @type {PageClosure[]} */
  const pageClosures = [];
  /** @type {Set<string>} */
  const reachable = new Set(shellFiles);
  for (const page of allPages) {
    const files = moduleFiles(path.join(absRoot, page.route));
    if (files.length === 0)
      walker.missing.push({ from: rel(absRoot, appJsonFile), ref: page.route });
    const closure = walker.closure(files);
    for (const file of closure) reachable.add(file);
    pageClosures.push({
      route: page.route,
      package: page.package,
      bytes: sumBytes(closure, walker.sizes),
      ownBytes: 0,
      files: [...closure].map((file) => rel(absRoot, file)).sort(),
    });
  }
  // What only one page uses: what moving that page into a subpackage would take out of main.
  /** @type {Map<string, number>} */
  const users = new Map();
  for (const page of pageClosures) {
    for (const file of page.files) users.set(file, (users.get(file) ?? 0) + 1);
  }
  const shellSet = new Set([...shellFiles].map((file) => rel(absRoot, file)));
  for (const page of pageClosures) {
    const own = page.files.filter((file) => users.get(file) === 1 && !shellSet.has(file));
    page.ownBytes = own.reduce(
      (sum, file) => sum + (walker.sizes.get(path.join(absRoot, file)) ?? 0),
      0,
    );
  }

  // A file belongs to the subpackage whose root holds it; everything else is in the main package.
  /** @param {string} file */
  const packageOf = (file) => {
    const relative = rel(absRoot, file);
    const sub = subpackages.find((s) => relative === s.root || relative.startsWith(`${s.root}/`));
    return sub ? sub.root : 'main';
  };
  /** @type {Map<string, string[]>} */
  const byPackage = new Map([['main', []]]);
  for (const sub of subpackages) byPackage.set(sub.root, []);
  for (const file of reachable) byPackage.get(packageOf(file))?.push(file);
  /** @param {string} name @returns {Group} */
  const group = (name) => {
    const files = byPackage.get(name) ?? [];
    return {
      name,
      bytes: sumBytes(files, walker.sizes),
      files: files.map((file) => rel(absRoot, file)).sort(),
    };
  };

  /** @type {Record<string, number>} */
  const sizes = {};
  for (const file of reachable) sizes[rel(absRoot, file)] = walker.sizes.get(file) ?? 0;
  const largest = Object.entries(sizes)
    .map(([file, bytes]) => ({ file, bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  const unused = listFilesUnder(absRoot)
    .filter((file) => !reachable.has(file))
    .map((file) => rel(absRoot, file))
    .sort();

  return {
    root: absRoot,
    home,
    totalBytes: sumBytes(reachable, walker.sizes),
    main: group('main'),
    subpackages: subpackages.map((sub) => group(sub.root)),
    pages: pageClosures,
    largest,
    sizes,
    missing: walker.missing,
    unused,
  };
}

/**
 * Budget violations of a report; empty when every budget holds.
 * @param {SizeReport} report
 * @param {{ mainPackageBytes: number, homeClosureBytes: number }} [budgets]
 * @returns {Violation[]}
 */
function checkBudgets(report, budgets = BUDGETS) {
  /** @type {Violation[]} */
  const violations = [];
  if (report.main.bytes > budgets.mainPackageBytes) {
    violations.push({
      kind: 'main-package',
      limitBytes: budgets.mainPackageBytes,
      actualBytes: report.main.bytes,
      message: `main package is ${formatKb(report.main.bytes)}, over its budget of ${formatKb(budgets.mainPackageBytes)}`,
    });
  }
  const home = report.pages.find((page) => page.route === report.home);
  if (!home) {
    violations.push({
      kind: 'home-closure',
      limitBytes: budgets.homeClosureBytes,
      actualBytes: 0,
      message: `home page ${report.home || '(none)'} is not in app.json`,
    });
  } else if (home.bytes > budgets.homeClosureBytes) {
    violations.push({
      kind: 'home-closure',
      limitBytes: budgets.homeClosureBytes,
      actualBytes: home.bytes,
      message: `home page ${home.route} loads ${formatKb(home.bytes)}, over its budget of ${formatKb(budgets.homeClosureBytes)}`,
    });
  }
  for (const sub of report.subpackages) {
    if (sub.bytes > 2048 * KB) {
      violations.push({
        kind: 'subpackage',
        limitBytes: 2048 * KB,
        actualBytes: sub.bytes,
        message: `subpackage ${sub.name} is ${formatKb(sub.bytes)}, over WeChat's 2 MB limit`,
      });
    }
  }
  return violations;
}

/** @param {number} bytes */
function formatKb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * The report as text for `npm run size`.
 * @param {SizeReport} report
 * @param {number} [largestCount]
 */
function formatReport(report, largestCount = 15) {
  const lines = [];
  lines.push(`Mini-program at ${report.root}`);
  lines.push(
    `  main package        ${formatKb(report.main.bytes).padStart(10)}  (${report.main.files.length} files)`,
  );
  for (const sub of report.subpackages) {
    lines.push(
      `  subpackage ${sub.name.padEnd(8)} ${formatKb(sub.bytes).padStart(10)}  (${sub.files.length} files)`,
    );
  }
  lines.push(`  total uploaded      ${formatKb(report.totalBytes).padStart(10)}`);
  lines.push('');
  lines.push('Each page: everything it loads (app shell not included), and what only it uses:');
  for (const page of report.pages) {
    const mark = page.route === report.home ? ' (home)' : '';
    const own = `only this page ${formatKb(page.ownBytes)}`;
    lines.push(
      `  ${formatKb(page.bytes).padStart(10)}  ${page.route}${mark} [${page.package}], ${own}`,
    );
  }
  lines.push('');
  lines.push(`Largest files:`);
  for (const entry of report.largest.slice(0, largestCount)) {
    lines.push(`  ${formatKb(entry.bytes).padStart(10)}  ${entry.file}`);
  }
  lines.push('');
  lines.push(`Files under the root that are not uploaded (unreferenced): ${report.unused.length}`);
  if (report.missing.length > 0) {
    lines.push('');
    lines.push('References that resolve to no file:');
    for (const entry of report.missing) lines.push(`  ${entry.from} -> ${entry.ref}`);
  }
  return lines.join('\n');
}

module.exports = { BUDGETS, buildSizeReport, checkBudgets, formatReport, formatKb };
