// @ts-check
// Mutation testing for what Stryker does not mutate: the WXML templates and the guide's content
// data (npm run mutation:templates; not part of npm test, it takes tens of minutes). Each mutant
// (scripts/lib/template-mutants.js) is applied in a scratch copy of the project and the tests that
// matter for its file run against it:
// - a template: the test files that rendered it in a first, unmutated run (which also proves them
//   green before anything is mutated);
// - a content module: the test files jest finds related to it by imports, among the rendering
//   tests and test/content.
// A mutant is killed when a test fails (or the run times out). Results per file, the score and
// every survivor go to reports/mutation-templates/ (report.json, report.md; git-ignored).
//
// Options: --all (every mutant; default: at most --max-wxml per template and --max-content per
// content module, picked with --seed across the operators), --concurrency N (scratch copies run
// side by side; default 1, the machine is shared), --only TEXT (files whose path contains TEXT).
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
const MUTANT_TIMEOUT_MS = 10 * 60 * 1000;
/** Each test's own limit in these runs (jest.config.js has 30 s, tight under load). */
const TEST_TIMEOUT_MS = 180 * 1000;

/** @typedef {import('./lib/template-mutants').Mutant} Mutant */
/**
 * @typedef {{
 *   mutant: Mutant, status: 'killed' | 'survived' | 'timeout' | 'no-tests',
 *   killedBy: string, tests: number, ms: number
 * }} Outcome
 */

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
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/**
 * Which rendering tests draw which template, from an unmutated run that must pass.
 * @param {string} dir
 * @param {string[]} tests
 * @param {number} workers
 */
async function recordTemplates(dir, tests, workers) {
  const record = fs.mkdtempSync(path.join(os.tmpdir(), 'mutation-record-'));
  const { code, output } = await runJest(dir, tests, {
    extra: [
      `--maxWorkers=${workers}`,
      '--setupFilesAfterEnv',
      path.join(dir, 'scripts', 'lib', 'mutation-record.js'),
    ],
    env: { MUTATION_RECORD_DIR: record },
    timeoutMs: 60 * 60 * 1000,
  });
  if (code !== 0) {
    process.stderr.write(output);
    throw new Error('the tests fail before anything is mutated: fix them first');
  }
  /** @type {Map<string, Set<string>>} */
  const byTemplate = new Map();
  for (const name of fs.readdirSync(record)) {
    /** @type {{ test: string, templates: string[] }} */
    const entry = JSON.parse(fs.readFileSync(path.join(record, name), 'utf8'));
    for (const template of entry.templates) {
      const key = path.relative(dir, template).split(path.sep).join('/');
      const set = byTemplate.get(key) ?? new Set();
      set.add(path.relative(dir, entry.test).split(path.sep).join('/'));
      byTemplate.set(key, set);
    }
  }
  fs.rmSync(record, { recursive: true, force: true });
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
      `(${report.killed} of ${report.total}; ${report.timeouts} by timeout).`,
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
    if (options.only && !file.includes(options.only)) continue;
    found += all.length;
    const cap = kind === 'template' ? options.maxWxml : options.maxContent;
    mutants.push(...(options.all ? all : sample(all, cap, options.seed)));
  }
  const sampling = options.all
    ? `all ${found} mutants`
    : `${mutants.length} of ${found} mutants (at most ${options.maxWxml} per template and ` +
      `${options.maxContent} per content module, spread over the operators, seed ${options.seed})`;
  console.log(`mutation:templates: ${sampling}`);

  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'xueji-mutation-'));
  const cleanUp = () => fs.rmSync(parent, { recursive: true, force: true });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
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
    console.log(`recording which of ${rendering.length} rendering test files draw each template…`);
    const byTemplate = await recordTemplates(first, rendering, options.concurrency);
    const renderingSet = new Set(rendering);
    /** @type {Map<string, string[]>} */
    const testsOf = new Map();
    for (const file of new Set(mutants.map((mutant) => mutant.file))) {
      if (file.endsWith('.wxml')) testsOf.set(file, [...(byTemplate.get(file) ?? [])].sort());
      else {
        testsOf.set(
          file,
          relatedTests(first, file).filter(
            (test) => renderingSet.has(test) || test.startsWith('test/content/'),
          ),
        );
      }
    }

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
          const killedBy = timedOut ? '' : firstFailure(output, dir);
          const status = timedOut ? 'timeout' : code === 0 ? 'survived' : 'killed';
          if (killedBy) kills.set(killedBy, (kills.get(killedBy) ?? 0) + 1);
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

    /** @type {Map<string, Outcome[]>} */
    const perFile = new Map();
    for (const outcome of outcomes) {
      const list = perFile.get(outcome.mutant.file) ?? [];
      list.push(outcome);
      perFile.set(outcome.mutant.file, list);
    }
    const isKilled = (/** @type {Outcome} */ outcome) =>
      outcome.status === 'killed' || outcome.status === 'timeout';
    const percent = (/** @type {number} */ part, /** @type {number} */ whole) =>
      whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
    const killed = outcomes.filter(isKilled).length;
    const survivors = outcomes.filter((outcome) => !isKilled(outcome));
    const report = {
      finishedAt: new Date().toISOString(),
      minutes: Math.round((Date.now() - started) / 6000) / 10,
      sampling,
      seed: options.seed,
      total: outcomes.length,
      killed,
      timeouts: outcomes.filter((outcome) => outcome.status === 'timeout').length,
      score: percent(killed, outcomes.length),
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
