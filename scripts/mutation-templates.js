// @ts-check
// Mutation testing for what Stryker does not mutate: the WXML templates and the guide's content
// data (npm run mutation:templates; not part of npm test, it takes tens of minutes). Each mutant
// (scripts/lib/template-mutants.js) is applied in a scratch copy of the project and the tests that
// can see it run against it. Which those are is measured, not guessed: the rendering tests (and,
// for a content module, the test/content files jest relates to it by imports) run once unmutated,
// noting each file's result, duration and the templates it renders. A template's mutants then run
// the files that render it, a content module's those that import it; a file failing unmutated
// never runs. The files that killed most of a file's mutants so far go first (then those that
// killed most mutants of any file, then the most specific and quickest), at most
// MAX_TESTS_PER_FILE.
// A mutant is killed when a test fails (or the run times out). Results per file, the score and
// every survivor go to reports/mutation-templates/ (report.json, report.md; git-ignored).
//
// Options: --list (print the plan and stop), --all (every mutant; default: at most --max-wxml per
// template and --max-content per content module, picked with --seed across the operators),
// --concurrency N (scratch copies run side by side; default 1, the machine is shared), --only A,B
// (files whose path contains A or B).
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
 * @param {{
 *   config?: string, extra?: string[], env?: Record<string, string>, timeoutMs?: number
 * }} options
 * @returns {Promise<{ code: number | null, output: string, timedOut: boolean }>}
 */
function runJest(dir, tests, options) {
  return new Promise((resolve) => {
    const args = [
      JEST,
      '--config',
      options.config ?? path.join(dir, 'jest.config.js'),
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
 * The test files that can see a content module: those jest relates to it by imports, among the
 * rendering tests and test/content/.
 * @param {string} dir
 * @param {string} file
 * @param {Set<string>} rendering
 */
function contentTests(dir, file, rendering) {
  return relatedTests(dir, file).filter(
    (test) => rendering.has(test) || test.startsWith('test/content/'),
  );
}

/**
 * @typedef {{ passed: boolean, ms: number, templates: Set<string> }} Baseline
 *   one test file run unmutated: whether it passes, how long it took, the templates it rendered
 *   (paths relative to the project)
 */

/**
 * Runs `tests` once unmutated in `dir`, recording for each file whether it passes, its duration
 * and the templates it renders (a stand-in for miniprogram-simulate's compiler notes every
 * template loaded). A mutant then runs only the files that render its template, and a file that
 * fails unmutated never counts as a kill.
 * @param {string} dir
 * @param {string[]} tests
 * @returns {Promise<Map<string, Baseline>>}
 */
async function baseline(dir, tests) {
  const traceFile = path.join(dir, '.mutation-trace.jsonl');
  const resultFile = path.join(dir, '.mutation-baseline.json');
  /** @type {import('jest').Config} */
  const base = require(path.join(dir, 'jest.config.js'));
  const config = {
    ...base,
    rootDir: dir,
    setupFilesAfterEnv: [
      ...(base.setupFilesAfterEnv ?? []),
      path.join(dir, 'scripts', 'lib', 'mutation-trace-setup.js'),
    ],
    moduleNameMapper: {
      ...base.moduleNameMapper,
      // miniprogram-simulate's own `require('./compile')`.
      '^\\./compile$': path.join(dir, 'scripts', 'lib', 'mutation-trace-compile.js'),
    },
  };
  const { code, output } = await runJest(dir, tests, {
    config: JSON.stringify(config),
    extra: ['--runInBand', '--json', `--outputFile=${resultFile}`],
    env: { MUTATION_TRACE_FILE: traceFile },
  });
  if (!fs.existsSync(resultFile)) throw new Error(`the baseline run failed (${code}):\n${output}`);
  /** @type {{ testResults: { name: string, status: string, startTime: number, endTime: number }[] }} */
  const results = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  /** @type {Map<string, Set<string>>} */
  const rendered = new Map();
  const traced = fs.existsSync(traceFile) ? fs.readFileSync(traceFile, 'utf8') : '';
  for (const line of traced.split('\n').filter(Boolean)) {
    /** @type {{ test: string, templates: string[] }} */
    const entry = JSON.parse(line);
    const templates = rendered.get(entry.test) ?? new Set();
    for (const template of entry.templates) {
      templates.add(`${path.relative(dir, template).split(path.sep).join('/')}.wxml`);
    }
    rendered.set(entry.test, templates);
  }
  /** @type {Map<string, Baseline>} */
  const byTest = new Map();
  for (const result of results.testResults) {
    byTest.set(path.relative(dir, result.name).split(path.sep).join('/'), {
      passed: result.status === 'passed',
      ms: result.endTime - result.startTime,
      templates: rendered.get(result.name) ?? new Set(),
    });
  }
  fs.rmSync(traceFile, { force: true });
  fs.rmSync(resultFile, { force: true });
  return byTest;
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
    `Run ${report.finishedAt} (\`${report.command}\`), ${report.sampling}, ` +
      `${report.minutes} min (baseline ${report.baselineMinutes} min). ` +
      `Score: **${report.score}** killed (${report.killed} of ${report.total}; ` +
      `${report.timeouts} by timeout; ${report.invalid} not counted: jest crashed).`,
    ...(report.failingUnmutated.length > 0
      ? ['', `Failing unmutated, never run: ${report.failingUnmutated.join(', ')}.`]
      : []),
    '',
    '| file | tried (of) | killed | survived | score | test files |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.files.map(
      (/** @type {any} */ file) =>
        `| ${file.file} | ${file.total} (${file.mutants}) | ${file.killed} | ` +
        `${file.survived} | ${file.score} | ${file.tests.length} |`,
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
    // The plan only: each file's mutants by operator (the tests are picked by the baseline run).
    for (const file of new Set(mutants.map((mutant) => mutant.file))) {
      /** @type {Map<string, number>} */
      const operators = new Map();
      for (const mutant of mutants.filter((candidate) => candidate.file === file)) {
        operators.set(mutant.operator, (operators.get(mutant.operator) ?? 0) + 1);
      }
      const counts = [...operators].map(([operator, count]) => `${count} ${operator}`);
      console.log(`${file}: ${counts.join(', ')}`);
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
    const files = [...new Set(mutants.map((mutant) => mutant.file))];
    const rendering = renderingTests().map(relative);
    const renderingSet = new Set(rendering);
    /** @type {Map<string, string[]>} */
    const candidates = new Map(
      files.map((file) => [
        file,
        file.endsWith('.wxml') ? rendering : contentTests(first, file, renderingSet),
      ]),
    );
    const needed = [...new Set([...candidates.values()].flat())].sort();
    const baselineStarted = Date.now();
    console.log(`baseline: ${needed.length} test files, unmutated`);
    const runs = await baseline(first, needed);
    const failing = needed.filter((test) => !runs.get(test)?.passed);
    const baselineMinutes = Math.round((Date.now() - baselineStarted) / 6000) / 10;
    console.log(
      `baseline: ${baselineMinutes} min` +
        (failing.length > 0 ? `; failing unmutated, never run: ${failing.join(' ')}` : ''),
    );
    /** How many templates a test renders: the fewer, the more specific its checks. */
    const breadth = (/** @type {string} */ test) => runs.get(test)?.templates.size ?? 0;
    const duration = (/** @type {string} */ test) => runs.get(test)?.ms ?? 0;
    /** @type {Map<string, string[]>} */
    const testsOf = new Map();
    for (const file of files) {
      const passing = (candidates.get(file) ?? []).filter((test) => runs.get(test)?.passed);
      const seeing = file.endsWith('.wxml')
        ? passing.filter((test) => runs.get(test)?.templates.has(file))
        : passing;
      // The most specific and quickest files first; the cap is applied per mutant, after the
      // files that have killed move to the front (a cap here would drop the broad killers).
      const ordered = [...seeing].sort(
        (a, b) => breadth(a) - breadth(b) || duration(a) - duration(b) || a.localeCompare(b),
      );
      testsOf.set(file, ordered);
    }

    /** Kills per mutated file and test file: a file's best killers run first for its next mutants. */
    /** @type {Map<string, number>} */
    const kills = new Map();
    const killsOf = (/** @type {string} */ file, /** @type {string} */ test) =>
      kills.get(`${file} ${test}`) ?? 0;
    /** Kills per test file over every mutated file: the next best guess for a file's first mutant. */
    /** @type {Map<string, number>} */
    const killsByTest = new Map();
    /** @type {Outcome[]} */
    const outcomes = [];
    let next = 0;
    const worker = async (/** @type {string} */ dir) => {
      for (;;) {
        const mutant = mutants[next];
        next += 1;
        if (!mutant) return;
        const planned = testsOf.get(mutant.file) ?? [];
        const tests = [...planned]
          .sort(
            (a, b) =>
              killsOf(mutant.file, b) - killsOf(mutant.file, a) ||
              (killsByTest.get(b) ?? 0) - (killsByTest.get(a) ?? 0) ||
              planned.indexOf(a) - planned.indexOf(b),
          )
          .slice(0, MAX_TESTS_PER_FILE);
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
          // jest failed without naming a test file (a crash of its own): not a kill.
          if (status === 'killed' && !killedBy) status = 'invalid';
          if (status === 'killed') {
            const key = `${mutant.file} ${killedBy}`;
            kills.set(key, (kills.get(key) ?? 0) + 1);
            killsByTest.set(killedBy, (killsByTest.get(killedBy) ?? 0) + 1);
          }
          outcomes.push({ mutant, status, killedBy, tests: tests.length, ms: Date.now() - began });
          const done = outcomes.length;
          console.log(
            `[${done}/${mutants.length}] ${status.padEnd(8)} ${mutant.file}:${mutant.line} ` +
              `${mutant.operator} ${Math.round((Date.now() - began) / 1000)} s ` +
              `${killedBy ? `(${killedBy})` : ''}`,
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
      command: ['npm run mutation:templates --', ...process.argv.slice(2)].join(' '),
      sampling,
      seed: options.seed,
      baselineMinutes,
      failingUnmutated: failing,
      baseline: Object.fromEntries(
        [...runs].map(([test, run]) => [
          test,
          { passed: run.passed, ms: run.ms, templates: [...run.templates].sort() },
        ]),
      ),
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
            mutants: discovered.get(file)?.mutants.length ?? 0,
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
