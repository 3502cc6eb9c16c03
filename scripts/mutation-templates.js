// @ts-check
// Mutation testing for what Stryker does not mutate: the WXML templates and the guide's content
// data (npm run mutation:templates; not part of npm test, it takes tens of minutes). Each mutant
// (scripts/lib/template-mutants.js) is applied in a scratch copy of the project and the tests that
// matter for its file run against it:
// - a template: the rendering test files that open a page drawing it (the page itself, or a page
//   whose usingComponents reach the component), found by reading the tests and their helpers for
//   the page's route or its PAGES key, or the component's path;
// - a content module: the test files jest finds related to it by imports, among the rendering
//   tests and test/content.
// A mutant is killed when a test fails (or the run times out). A test file that kills is run once
// unmutated too: if it fails there, its kills are not counted. Results per file, the score and
// every survivor go to reports/mutation-templates/ (report.json, report.md; git-ignored).
//
// Options: --list (print the plan and stop), --all (every mutant; default: at most --max-wxml per template and --max-content per
// content module, picked with --seed across the operators), --concurrency N (scratch copies run
// side by side; default 1, the machine is shared), --only A,B (files whose path contains A or B).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setTimeout, clearTimeout } = require('node:timers');
const { globSync } = require('glob');
const { applyEdit, contentMutants, sample, wxmlMutants } = require('./lib/template-mutants');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'reports', 'mutation-templates');
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
/** A mutant whose tests run longer than this counts as killed (a hang is a failure a student sees). */
const MUTANT_TIMEOUT_MS = 30 * 60 * 1000;
/** At most this many test files run against each mutant (the most specific ones). */
const MAX_TESTS_PER_FILE = 8;
/** Each test's own limit in these runs (jest.config.js has 30 s, tight under load). */
const TEST_TIMEOUT_MS = 180 * 1000;

/** @typedef {import('./lib/template-mutants').Mutant} Mutant */
/**
 * @typedef {{
 *   mutant: Mutant, status: 'killed' | 'survived' | 'timeout' | 'no-tests' | 'invalid',
 *   killedBy: string, tests: number, ms: number
 * }} Outcome
 */

/** The jest runs under way, stopped with the run. */
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** @param {string[]} argv */
function parseOptions(argv) {
  /** @param {string} name @param {number} fallback */
  const number = (name, fallback) => {
    const index = argv.indexOf(name);
    const value = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`);
    return value;
  };
  const only = argv.indexOf('--only');
  return {
    all: argv.includes('--all'),
    list: argv.includes('--list'),
    maxWxml: number('--max-wxml', 4),
    maxContent: number('--max-content', 10),
    seed: number('--seed', 19),
    concurrency: number('--concurrency', 1),
    only: only >= 0 ? (argv[only + 1] ?? '') : '',
  };
}

/** @param {string} file */
const relative = (file) => path.relative(ROOT, file).split(path.sep).join('/');

/** Every template of the app and every content module, with their mutants. */
function discover() {
  const ignore = ['**/miniprogram_npm/**'];
  const templates = globSync('miniprogram/**/*.wxml', { cwd: ROOT, ignore }).sort();
  const content = globSync('miniprogram/**/content/*.ts', { cwd: ROOT, ignore }).sort();
  /** @type {Map<string, { kind: 'template' | 'content', mutants: Mutant[] }>} */
  const files = new Map();
  for (const file of templates) {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    files.set(file, { kind: 'template', mutants: wxmlMutants(file, source) });
  }
  for (const file of content) {
    const mutants = contentMutants(file, fs.readFileSync(path.join(ROOT, file), 'utf8'));
    if (mutants.length > 0) files.set(file, { kind: 'content', mutants });
  }
  return files;
}

const SKIPPED = new Set([
  'node_modules',
  '.git',
  'reports',
  'dist',
  'artifacts',
  'coverage',
  '.stryker-tmp',
]);

/** A copy of the project to mutate (node_modules linked, not copied). */
function scratchCopy(/** @type {string} */ parent, /** @type {number} */ index) {
  const dir = path.join(parent, `copy-${index}`);
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !SKIPPED.has(path.relative(ROOT, source).split(path.sep)[0] ?? ''),
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Test files that render pages: they import test/helpers/render.ts, directly or through a helper. */
function renderingTests() {
  const files = globSync('test/**/*.ts', { cwd: ROOT }).map((file) => path.join(ROOT, file));
  /** @type {Map<string, string[]>} */
  const imports = new Map();
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const targets = [...source.matchAll(/from '(\.[^']+)'|require\('(\.[^']+)'\)/g)].map((match) =>
      path.resolve(path.dirname(file), `${match[1] ?? match[2] ?? ''}.ts`),
    );
    imports.set(file, targets);
  }
  const render = path.join(ROOT, 'test', 'helpers', 'render.ts');
  /** @type {Map<string, boolean>} */
  const memo = new Map();
  /** @param {string} file @param {Set<string>} seen @returns {boolean} */
  const reaches = (file, seen) => {
    if (file === render) return true;
    const known = memo.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false;
    seen.add(file);
    const result = (imports.get(file) ?? []).some((target) => reaches(target, seen));
    memo.set(file, result);
    return result;
  };
  return files.filter((file) => file.endsWith('.test.ts') && reaches(file, new Set()));
}

/**
 * Runs jest in `dir` on `tests` (paths relative to the project), first failure ends the run.
 * @param {string} dir
 * @param {string[]} tests
 * @param {{ extra?: string[], env?: Record<string, string>, timeoutMs?: number }} options
 * @returns {Promise<{ code: number | null, output: string, timedOut: boolean }>}
 */
function runJest(dir, tests, options) {
  return new Promise((resolve) => {
    const args = [
      JEST,
      '--config',
      path.join(dir, 'jest.config.js'),
      '--ci',
      '--silent',
      // A shared machine runs tests several times slower than an idle one.
      `--testTimeout=${TEST_TIMEOUT_MS}`,
      ...(options.extra ?? []),
      ...tests.map((test) => path.join(dir, test)),
    ];
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? MUTANT_TIMEOUT_MS);
    child.on('close', (code) => {
      running.delete(child);
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/** @param {string} file */
const readJson = (file) =>
  /** @type {Record<string, unknown>} */ (JSON.parse(fs.readFileSync(file, 'utf8')));

/**
 * The components a page or component uses (its JSON's usingComponents, and app.json's for pages),
 * as paths like 'guide/components/guide-part/index'; npm components are left out.
 * @param {string} base  path without extension, relative to miniprogram/
 * @param {Record<string, unknown>} app
 * @param {boolean} isPage
 */
function usedComponents(base, app, isPage) {
  const json = path.join(ROOT, 'miniprogram', `${base}.json`);
  const own = fs.existsSync(json) ? readJson(json).usingComponents : undefined;
  const global = isPage ? app.usingComponents : undefined;
  /** @type {string[]} */
  const used = [];
  for (const table of [own, global]) {
    if (!table || typeof table !== 'object') continue;
    for (const target of Object.values(table)) {
      if (typeof target !== 'string') continue;
      if (target.startsWith('/')) used.push(target.slice(1));
      else if (target.startsWith('.')) {
        used.push(path.posix.normalize(path.posix.join(path.posix.dirname(base), target)));
      }
    }
  }
  return used;
}

/**
 * For each template (path relative to the project), the rendering test files that open a page
 * drawing it. A test "opens" a page when it, or a test helper it imports, names the page's route,
 * its PAGES key (PAGES.problem) or, for a component loaded alone, the component's path; tests that
 * walk every page (APP_ROUTES, appPageRoutes) open them all.
 * @param {string[]} templates
 * @param {string[]} rendering  test files, relative to the project
 */
function testsByTemplate(templates, rendering) {
  const app = readJson(path.join(ROOT, 'miniprogram', 'app.json'));
  const routes = require('./lib/app-routes').appPageRoutes(app);
  require('./lib/register-ts');
  /** @type {{ PAGES: Record<string, string> }} */
  const { PAGES } = require('../miniprogram/core/page-paths');
  /**
   * The text of a test file and of every test helper it imports, transitively.
   * @param {string} file
   * @param {Set<string>} seen
   * @returns {string}
   */
  const textOf = (file, seen) => {
    if (seen.has(file) || !fs.existsSync(file)) return '';
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const helpers = [...source.matchAll(/from '(\.[^']+)'/g)]
      .map((match) => path.resolve(path.dirname(file), `${match[1] ?? ''}.ts`))
      .filter((target) => target.startsWith(path.join(ROOT, 'test') + path.sep));
    return [source, ...helpers.map((helper) => textOf(helper, seen))].join('\n');
  };
  const texts = new Map(rendering.map((test) => [test, textOf(path.join(ROOT, test), new Set())]));
  /** The names by which a test can open a route. */
  const namesOf = (/** @type {string} */ route) => [
    `'${route}'`,
    ...Object.entries(PAGES)
      .filter(([, url]) => url === `/${route}`)
      .map(([key]) => `PAGES.${key}`),
  ];
  /** Pages (routes) whose component tree holds `base`. */
  const pagesDrawing = (/** @type {string} */ base) =>
    routes.filter((route) => {
      const seen = new Set();
      const stack = [route];
      while (stack.length > 0) {
        const current = /** @type {string} */ (stack.pop());
        if (current === base) return true;
        if (seen.has(current)) continue;
        seen.add(current);
        stack.push(...usedComponents(current, app, current === route));
      }
      return false;
    });
  const everyPage = /\bAPP_ROUTES\b|\bappPageRoutes\b/;
  /** @type {Map<string, string[]>} */
  const byTemplate = new Map();
  for (const template of templates) {
    const base = template.replace(/^miniprogram\//, '').replace(/\.wxml$/, '');
    const pageNames = pagesDrawing(base).flatMap(namesOf);
    const names = (/** @type {string} */ test) => texts.get(test) ?? '';
    // Tests that name the template first, then those that open a page drawing it, then those that
    // open every page (slow, and their checks are general), at most MAX_TESTS_PER_FILE.
    const direct = rendering.filter((test) => names(test).includes(`'${base}'`));
    const pages = rendering.filter((test) => pageNames.some((name) => names(test).includes(name)));
    const walkers = rendering.filter((test) => everyPage.test(names(test)));
    byTemplate.set(
      template,
      [...new Set([...direct, ...pages, ...walkers])].slice(0, MAX_TESTS_PER_FILE),
    );
  }
  return byTemplate;
}

/** The test files jest relates to `file` through imports (a config that maps the sources too). */
function relatedTests(/** @type {string} */ dir, /** @type {string} */ file) {
  const config = JSON.stringify({
    rootDir: dir,
    roots: ['<rootDir>/test', '<rootDir>/miniprogram'],
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    modulePathIgnorePatterns: ['<rootDir>/miniprogram/(.*/)?miniprogram_npm/'],
  });
  const result = spawnSync(
    process.execPath,
    [JEST, '--config', config, '--listTests', '--findRelatedTests', path.join(dir, file)],
    { cwd: dir, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`jest --findRelatedTests ${file}: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line.endsWith('.test.ts'))
    .map((line) => path.relative(dir, line.trim()).split(path.sep).join('/'));
}

/**
 * The tests that matter for a content module: related by imports, among the rendering tests and
 * test/content/, those that open every page last, at most MAX_TESTS_PER_FILE.
 * @param {string} dir
 * @param {string} file
 * @param {Set<string>} rendering
 */
function contentTests(dir, file, rendering) {
  const related = relatedTests(dir, file).filter(
    (test) => rendering.has(test) || test.startsWith('test/content/'),
  );
  const walks = (/** @type {string} */ test) =>
    /\bAPP_ROUTES\b|\bappPageRoutes\b|collectSharePayloads/.test(
      fs.readFileSync(path.join(ROOT, test), 'utf8'),
    );
  return [
    ...related.filter((test) => !walks(test)),
    ...related.filter((test) => walks(test)),
  ].slice(0, MAX_TESTS_PER_FILE);
}

/** The first test file jest reported failing. */
function firstFailure(/** @type {string} */ output, /** @type {string} */ dir) {
  const match = /FAIL\s+(\S+\.test\.ts)/.exec(output);
  if (!match?.[1]) return '';
  const file = match[1];
  return path.isAbsolute(file) ? path.relative(dir, file).split(path.sep).join('/') : file;
}

/** @param {any} report */
function markdown(report) {
  const lines = [
    '# Template and content mutation',
    '',
    `Run ${report.finishedAt}, ${report.sampling}. Score: **${report.score}** killed ` +
      `(${report.killed} of ${report.total}; ${report.timeouts} by timeout; ` +
      `${report.invalid} not counted: their killing test failed unmutated too).`,
    '',
    '| file | mutants | killed | survived | score |',
    '|---|---:|---:|---:|---:|',
    ...report.files.map(
      (/** @type {any} */ file) =>
        `| ${file.file} | ${file.total} | ${file.killed} | ${file.survived} | ${file.score} |`,
    ),
    '',
    '## Survivors',
    '',
    ...(report.survivors.length === 0
      ? ['None.']
      : report.survivors.map(
          (/** @type {any} */ survivor) =>
            `- ${survivor.file}:${survivor.line} ${survivor.operator}: ${survivor.description}` +
            ` (${survivor.tests} test files ran)`,
        )),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const discovered = discover();
  /** @type {Mutant[]} */
  const mutants = [];
  let found = 0;
  for (const [file, { kind, mutants: all }] of discovered) {
    const wanted = options.only.split(',').filter(Boolean);
    if (wanted.length > 0 && !wanted.some((part) => file.includes(part))) continue;
    found += all.length;
    const cap = kind === 'template' ? options.maxWxml : options.maxContent;
    mutants.push(...(options.all ? all : sample(all, cap, options.seed)));
  }
  const sampling = options.all
    ? `all ${found} mutants`
    : `${mutants.length} of ${found} mutants (at most ${options.maxWxml} per template and ` +
      `${options.maxContent} per content module, spread over the operators, seed ${options.seed})`;
  console.log(`mutation:templates: ${sampling}`);

  if (options.list) {
    // The plan only: each file's mutants tried and the tests that would run against them.
    const rendering = renderingTests().map(relative);
    const files = [...new Set(mutants.map((mutant) => mutant.file))];
    const byTemplate = testsByTemplate(
      files.filter((file) => file.endsWith('.wxml')),
      rendering,
    );
    for (const file of files) {
      const tests = file.endsWith('.wxml')
        ? (byTemplate.get(file) ?? [])
        : contentTests(ROOT, file, new Set(rendering));
      const count = mutants.filter((mutant) => mutant.file === file).length;
      console.log(`${file}: ${count} mutants, ${tests.length} test files: ${tests.join(' ')}`);
    }
    return;
  }
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'xueji-mutation-'));
  const cleanUp = () => fs.rmSync(parent, { recursive: true, force: true });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      for (const child of running) child.kill('SIGKILL');
      cleanUp();
      process.exit(130);
    });
  }
  try {
    const copies = Array.from({ length: options.concurrency }, (_, index) =>
      scratchCopy(parent, index),
    );
    const first = /** @type {string} */ (copies[0]);
    const rendering = renderingTests().map(relative);
    const renderingSet = new Set(rendering);
    const byTemplate = testsByTemplate(
      [...new Set(mutants.map((mutant) => mutant.file))].filter((file) => file.endsWith('.wxml')),
      rendering,
    );
    /** @type {Map<string, string[]>} */
    const testsOf = new Map();
    for (const file of new Set(mutants.map((mutant) => mutant.file))) {
      if (file.endsWith('.wxml')) testsOf.set(file, byTemplate.get(file) ?? []);
      else {
        testsOf.set(file, contentTests(first, file, renderingSet));
      }
    }
    /** Whether each test file passes unmutated (run once, the first time it kills). */
    /** @type {Map<string, Promise<boolean>>} */
    const green = new Map();
    const passesUnmutated = (/** @type {string} */ dir, /** @type {string} */ test) => {
      let known = green.get(test);
      if (!known) {
        known = runJest(dir, [test], { extra: ['--runInBand'] }).then(({ code }) => code === 0);
        green.set(test, known);
      }
      return known;
    };

    /** Kills per test file: the best killers run first for the next mutants. */
    /** @type {Map<string, number>} */
    const kills = new Map();
    /** @type {Outcome[]} */
    const outcomes = [];
    let next = 0;
    const worker = async (/** @type {string} */ dir) => {
      for (;;) {
        const mutant = mutants[next];
        next += 1;
        if (!mutant) return;
        const tests = [...(testsOf.get(mutant.file) ?? [])].sort(
          (a, b) => (kills.get(b) ?? 0) - (kills.get(a) ?? 0) || a.localeCompare(b),
        );
        const began = Date.now();
        if (tests.length === 0) {
          outcomes.push({ mutant, status: 'no-tests', killedBy: '', tests: 0, ms: 0 });
          continue;
        }
        const target = path.join(dir, mutant.file);
        const original = fs.readFileSync(target, 'utf8');
        fs.writeFileSync(target, applyEdit(original, mutant.edit));
        try {
          const { code, output, timedOut } = await runJest(dir, tests, {
            extra: [
              '--runInBand',
              '--bail=1',
              '--testSequencer',
              path.join(dir, 'scripts', 'lib', 'mutation-sequencer.js'),
            ],
            env: { MUTATION_TEST_ORDER: JSON.stringify(tests.map((test) => path.join(dir, test))) },
          });
          fs.writeFileSync(target, original);
          const killedBy = timedOut ? '' : firstFailure(output, dir);
          /** @type {Outcome['status']} */
          let status = timedOut ? 'timeout' : code === 0 ? 'survived' : 'killed';
          if (status === 'killed' && !(killedBy && (await passesUnmutated(dir, killedBy)))) {
            // The test fails without the mutant too (or jest itself failed): not a kill.
            status = 'invalid';
          }
          if (status === 'killed') kills.set(killedBy, (kills.get(killedBy) ?? 0) + 1);
          outcomes.push({ mutant, status, killedBy, tests: tests.length, ms: Date.now() - began });
          const done = outcomes.length;
          console.log(
            `[${done}/${mutants.length}] ${status.padEnd(8)} ${mutant.file}:${mutant.line} ` +
              `${mutant.operator} ${killedBy ? `(${killedBy})` : ''}`,
          );
        } finally {
          fs.writeFileSync(target, original);
        }
      }
    };
    await Promise.all(copies.map((dir) => worker(dir)));

    const counted = outcomes.filter((outcome) => outcome.status !== 'invalid');
    /** @type {Map<string, Outcome[]>} */
    const perFile = new Map();
    for (const outcome of counted) {
      const list = perFile.get(outcome.mutant.file) ?? [];
      list.push(outcome);
      perFile.set(outcome.mutant.file, list);
    }
    const isKilled = (/** @type {Outcome} */ outcome) =>
      outcome.status === 'killed' || outcome.status === 'timeout';
    const percent = (/** @type {number} */ part, /** @type {number} */ whole) =>
      whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
    const killed = counted.filter(isKilled).length;
    const survivors = counted.filter((outcome) => !isKilled(outcome));
    const report = {
      finishedAt: new Date().toISOString(),
      minutes: Math.round((Date.now() - started) / 6000) / 10,
      sampling,
      seed: options.seed,
      total: counted.length,
      invalid: outcomes.length - counted.length,
      killed,
      timeouts: outcomes.filter((outcome) => outcome.status === 'timeout').length,
      score: percent(killed, counted.length),
      files: [...perFile.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, list]) => {
          const fileKilled = list.filter(isKilled).length;
          return {
            file,
            total: list.length,
            killed: fileKilled,
            survived: list.length - fileKilled,
            score: percent(fileKilled, list.length),
            tests: testsOf.get(file) ?? [],
          };
        }),
      survivors: survivors.map((outcome) => ({
        ...outcome.mutant,
        status: outcome.status,
        tests: outcome.tests,
      })),
      outcomes: outcomes.map((outcome) => ({
        file: outcome.mutant.file,
        line: outcome.mutant.line,
        operator: outcome.mutant.operator,
        description: outcome.mutant.description,
        status: outcome.status,
        killedBy: outcome.killedBy,
        ms: outcome.ms,
      })),
    };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT, 'report.md'), markdown(report));
    console.log(markdown(report));
    console.log(`report: ${relative(path.join(OUT, 'report.md'))} (and report.json)`);
  } finally {
    cleanUp();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
