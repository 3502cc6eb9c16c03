/**
 * @jest-environment node
 */
// The real project, built once by WeChat's own compiler (scripts/lib/build.js, as `npm run build`):
// size budgets on the compiled package and the official checks (schemaValidate, checkThemeJSON,
// analyseCode, checkCodeQuality). The build runs once here, in a child process (~7 s, ~540 MB).
import {
  STATIC_CARD_IMAGE,
  STATIC_GUIDE_IMAGE,
  STATIC_REPLY_IMAGE,
} from '../../miniprogram/core/share-card';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BUDGETS,
  MIN_BASE_LIBRARY,
  SYNTAX_ECMA_VERSION,
  checkBudgets,
  failedQuality,
  formatReport,
  runBuild,
  type BuildReport,
} from '../../scripts/lib/build';
import { ROOT } from '../helpers/project-copy';
import { APP_ROUTES } from '../helpers/app-routes';

const OUT = path.join(ROOT, 'dist');
let report: BuildReport;

beforeAll(() => {
  const result = runBuild({ outDir: OUT });
  if (!result.ok) throw new Error(result.output);
  report = result.report;
}, 180_000);

const pkg = (name: string) => report.packages.find((entry) => entry.name === name);

test('the build reports every package, and the files it wrote are the ones it counted', () => {
  expect(report.packages.map((entry) => entry.name)).toEqual(['main', 'guide', 'helper', 'tools']);
  const written = (dir: string): string[] =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(path.join(OUT, 'package'), path.join(entry.parentPath, entry.name)),
      );
  const files = written(path.join(OUT, 'package')).map((file) => file.split(path.sep).join('/'));
  expect(files.sort()).toEqual(Object.keys(report.files).sort());
  const bytes = Object.values(report.files).reduce((sum, size) => sum + size, 0);
  expect(report.totalBytes).toBe(bytes);
  expect(formatReport(report)).toMatch(/main package +\d+\.\d KiB +\(\d+ files\)/);
});

test('TypeScript sources ship as JavaScript, and only the Vant components in use ship', () => {
  const names = Object.keys(report.files);
  expect(names.filter((file) => file.endsWith('.ts'))).toEqual([]);
  expect(names).toContain('app.js');
  expect(names).toContain('miniprogram_npm/@vant/weapp/cell/index.js');
  expect(names.some((file) => file.startsWith('miniprogram_npm/@vant/weapp/rate/'))).toBe(false);
});

test('every page of app.json is in the per-page view, in its own package', () => {
  expect(report.pages.map((page) => page.route).sort()).toEqual([...APP_ROUTES].sort());
  for (const page of report.pages) {
    const root = page.route.split('/')[0] ?? '';
    expect(page.package).toBe(['guide', 'helper', 'tools'].includes(root) ? root : 'main');
    expect(page.bytes).toBeGreaterThan(0);
    expect(page.onlyBytes).toBeLessThanOrEqual(page.bytes);
  }
});

test('the static share cards are in the compiled package (they are referenced only as strings)', () => {
  for (const image of [STATIC_CARD_IMAGE, STATIC_REPLY_IMAGE, STATIC_GUIDE_IMAGE]) {
    expect({ image, bytes: report.files[image.slice(1)] ?? 0 }).toEqual({
      image,
      bytes: expect.any(Number) as number,
    });
    expect(report.files[image.slice(1)]).toBeGreaterThan(1000);
  }
});

test('every JSON file passes schemaValidate, and theme.json passes checkThemeJSON', () => {
  const files = report.schema.map((entry) => entry.file);
  for (const file of ['project.config.json', 'miniprogram/app.json', 'miniprogram/theme.json']) {
    expect(files).toContain(file);
  }
  expect(files).toContain('miniprogram/pages/home/index.json');
  expect(report.schema.filter((entry) => entry.errors.length > 0)).toEqual([]);
  expect(report.themeError).toBeNull();
});

test(`the shipped JavaScript parses as ES${SYNTAX_ECMA_VERSION}, what base library ${MIN_BASE_LIBRARY}'s oldest engines run`, () => {
  expect(report.setting.es6).toBe(false);
  expect(report.syntax).toEqual([]);
  expect(Object.keys(report.files).filter((file) => file.startsWith('@babel/'))).toEqual([]);
});

test('async functions ship as written, with no regenerator runtime beside them', () => {
  const shipped = Object.keys(report.files)
    .filter((file) => file.endsWith('.js'))
    .map((file) => fs.readFileSync(path.join(OUT, 'package', file), 'utf8'));
  expect(shipped.filter((code) => /\basync function\b/.test(code)).length).toBeGreaterThan(0);
  expect(shipped.filter((code) => code.includes('regeneratorRuntime'))).toEqual([]);
});

test('the official analyser finds no unresolved import in the compiled package', () => {
  expect(report.unresolved).toEqual([]);
});

test('checkCodeQuality has no failed item (compression on, nothing in main only a subpackage uses)', () => {
  expect(report.quality.map((item) => item.name)).toEqual(
    expect.arrayContaining([
      'WXML_COMPRESS_OPEN',
      'WXSS_COMPRESS_OPEN',
      'CONTAINS_OTHER_PKG_COMPONENTS',
    ]),
  );
  expect(failedQuality(report.quality, report.sharedBySubpackages)).toEqual([]);
});

test(`main package ≤ ${BUDGETS.mainPackageBytes / 1024} KiB, any cold start ≤ ${BUDGETS.arrivalBytes / 1024} KiB, whole app ≤ ${BUDGETS.appBytes / 1024} KiB, each subpackage ≤ 2 MiB, all ≤ 20 MiB`, () => {
  expect(checkBudgets(report)).toEqual([]);
  expect(pkg('main')?.bytes).toBeLessThanOrEqual(BUDGETS.mainPackageBytes);
  for (const name of ['guide', 'helper', 'tools']) {
    expect((pkg('main')?.bytes ?? 0) + (pkg(name)?.bytes ?? 0)).toBeLessThanOrEqual(
      BUDGETS.arrivalBytes,
    );
  }
});
