/**
 * @jest-environment node
 */
// The build's budgets and checks can fail: a tiny project over every budget, with an import of a
// missing module, syntax older iPhones cannot parse and WXML compression off, built by WeChat's
// compiler through the same function as `npm run build`.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BUDGETS,
  arrivals,
  checkBudgets,
  failedQuality,
  runBuild,
  syntaxCheck,
  type BuildReport,
} from '../../scripts/lib/build';
import { ROOT, remove, writeProject } from '../helpers/project-copy';

const KIB = 1024;
const projectConfig = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'),
) as { setting: Record<string, unknown> };

let dir: string;
let report: BuildReport;
let output: string;

beforeAll(() => {
  dir = writeProject({
    'project.config.json': JSON.stringify({
      ...projectConfig,
      setting: { ...projectConfig.setting, minifyWXML: false },
    }),
    'miniprogram/app.json': JSON.stringify({
      pages: ['pages/home/index'],
      subpackages: [
        { root: 'extra', pages: ['pages/big/index'] },
        { root: 'more', pages: ['pages/small/index'] },
      ],
    }),
    'miniprogram/app.ts': 'App({});\n',
    'miniprogram/pages/home/index.ts':
      "import './missing-module';\nclass Counter {\n  count = 0;\n}\nComponent({ data: { counter: new Counter() } });\n",
    'miniprogram/pages/home/index.json': '{ "usingComponents": {} }',
    'miniprogram/pages/home/index.wxml': '<image src="/assets/main.png" />',
    'miniprogram/assets/main.png': randomBytes(BUDGETS.mainPackageBytes + 10 * KIB),
    // shared/both.ts is loaded by pages of two subpackages (it belongs in main); shared/only-extra.ts
    // by one (it should move into that subpackage).
    'miniprogram/shared/both.ts': 'export const both = 1;\n',
    'miniprogram/shared/only-extra.ts': 'export const onlyExtra = 2;\n',
    'miniprogram/extra/pages/big/index.ts':
      "import { both } from '../../../shared/both';\nimport { onlyExtra } from '../../../shared/only-extra';\nComponent({ data: { n: both + onlyExtra } });\n",
    'miniprogram/more/pages/small/index.ts':
      "import { both } from '../../../shared/both';\nComponent({ data: { n: both } });\n",
    'miniprogram/more/pages/small/index.json': '{ "usingComponents": {} }',
    'miniprogram/more/pages/small/index.wxml': '<view>{{n}}</view>',
    'miniprogram/extra/pages/big/index.json': '{ "usingComponents": {} }',
    'miniprogram/extra/pages/big/index.wxml': '<image src="/extra/big.png" />',
    'miniprogram/extra/big.png': randomBytes(BUDGETS.subpackageBytes + KIB),
  });
  const result = runBuild({ projectPath: dir, outDir: path.join(dir, 'dist') });
  if (!result.ok) throw new Error(result.output);
  report = result.report;
  output = result.output;
}, 180_000);

afterAll(() => {
  remove(dir);
});

test('a package over budget fails: main package, a cold start, whole app and the subpackage, by name', () => {
  expect(checkBudgets(report).map((violation) => violation.kind)).toEqual([
    'main-package',
    'arrival',
    'app',
    'subpackage',
  ]);
  expect(output).toMatch(/OVER BUDGET: opening a page of extra from cold downloads \d+\.\d KiB/);
  expect(output).toMatch(
    new RegExp(
      `OVER BUDGET: main package is \\d+\\.\\d KiB, over its ${(BUDGETS.mainPackageBytes / KIB).toFixed(1)} KiB budget`,
    ),
  );
  expect(output).toContain('OVER BUDGET: subpackage extra is');
});

test("a cold start counts the main package plus the page's subpackage", () => {
  const main = report.packages.find((entry) => entry.name === 'main')?.bytes ?? 0;
  const extra = report.packages.find((entry) => entry.name === 'extra')?.bytes ?? 0;
  expect(extra).toBeGreaterThan(BUDGETS.subpackageBytes);
  expect(arrivals(report)).toEqual(
    expect.arrayContaining([
      { package: 'main', bytes: main },
      { package: 'extra', bytes: main + extra },
    ]),
  );
  // Under every other budget, a cold start over its own still fails.
  const loose = { ...BUDGETS, mainPackageBytes: main, appBytes: report.totalBytes };
  const tight = { ...loose, subpackageBytes: extra, arrivalBytes: main + extra - 1 };
  expect(checkBudgets(report, tight).map((violation) => violation.kind)).toEqual(['arrival']);
});

test('the 20 MiB limit on all packages is checked too', () => {
  const tight = { ...BUDGETS, totalLimitBytes: report.totalBytes - 1 };
  expect(checkBudgets(report, tight).map((violation) => violation.kind)).toContain('total-limit');
});

test('an import of a missing module is reported by the analyser, naming the importing file', () => {
  expect(report.unresolved).toEqual([
    expect.objectContaining({ from: 'pages/home/index.js', request: './missing-module' }),
  ]);
  expect(output).toContain('UNRESOLVED: pages/home/index.js imports ./missing-module');
});

test('a class field (iOS 14.5+) in the shipped code fails the syntax check', () => {
  expect(report.syntax.map((entry) => entry.file)).toEqual(['pages/home/index.js']);
});

test('main-package code that only one subpackage loads fails checkCodeQuality; code two subpackages share does not', () => {
  expect(report.sharedBySubpackages).toEqual(['shared/both.js']);
  const item = report.quality.find((entry) => entry.name === 'CONTAINS_OTHER_PKG_JS');
  const listed = (item?.detail as { files?: string[] } | undefined)?.files ?? [];
  expect([...listed].sort()).toEqual(['shared/both.js', 'shared/only-extra.js']);
  const failed = (quality: BuildReport['quality']) =>
    failedQuality(quality, report.sharedBySubpackages).map((entry) => entry.name);
  expect(failed(report.quality)).toContain('CONTAINS_OTHER_PKG_JS');
  const onlyShared = report.quality.map((entry) =>
    entry === item ? { ...entry, success: false, detail: { files: ['shared/both.js'] } } : entry,
  );
  expect(failed(onlyShared)).not.toContain('CONTAINS_OTHER_PKG_JS');
});

test('WXML compression off fails checkCodeQuality', () => {
  expect(failedQuality(report.quality).map((item) => item.name)).toContain('WXML_COMPRESS_OPEN');
});

test('the syntax check passes ES2021 and rejects newer syntax and regex lookbehind', () => {
  const problems = syntaxCheck({
    'ok.js': 'const a = b?.c ?? d; e ||= 1; const n = 1_000; const r = /(?<year>\\d{4})/u;',
    'field.js': 'class A { x = 1; }',
    'private.js': 'class A { #x; }',
    'lookbehind.js': 'const r = /(?<=a)b/;',
    'style.wxss': 'class A { x = 1; }',
  });
  expect(problems.map((problem) => problem.file).sort()).toEqual([
    'field.js',
    'lookbehind.js',
    'private.js',
  ]);
});
