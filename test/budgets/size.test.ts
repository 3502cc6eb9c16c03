// Package-size budgets: the real app's main package and home page closure, measured over the real
// dependency graph; and fixture mini-programs that prove the tool follows every kind of reference
// and fails a package that is over budget.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUDGETS, buildSizeReport, checkBudgets } from '../../scripts/lib/size-graph';
import projectConfig from '../../project.config.json';
import { MINIPROGRAM_ROOT } from '../helpers/render';

const KB = 1024;

/** Writes a throw-away mini-program from a map of relative paths to contents. */
function fixture(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'size-fixture-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

function page(extra: Partial<Record<'ts' | 'json' | 'wxml' | 'wxss', string>> = {}) {
  return {
    ts: extra.ts ?? 'Component({});\n',
    json: extra.json ?? '{ "usingComponents": {} }',
    wxml: extra.wxml ?? '<view>hi</view>',
    wxss: extra.wxss ?? '',
  };
}

function pageFiles(route: string, parts: ReturnType<typeof page>): Record<string, string> {
  return {
    [`${route}.ts`]: parts.ts,
    [`${route}.json`]: parts.json,
    [`${route}.wxml`]: parts.wxml,
    [`${route}.wxss`]: parts.wxss,
  };
}

describe('the real mini-program', () => {
  const report = buildSizeReport(MINIPROGRAM_ROOT);

  test(`main package stays within ${BUDGETS.mainPackageBytes / KB} KB and the home page within ${BUDGETS.homeClosureBytes / KB} KB`, () => {
    expect(checkBudgets(report).map((violation) => violation.message)).toEqual([]);
    const home = report.pages.find((entry) => entry.route === report.home);
    expect(home?.bytes).toBeGreaterThan(0);
    expect(report.main.bytes).toBeLessThanOrEqual(BUDGETS.mainPackageBytes);
  });

  test('every reference in the graph resolves to a file', () => {
    expect(report.missing).toEqual([]);
  });

  test('only the Vant components the pages use are uploaded', () => {
    // The full Vant build is about 2.3 MB; with ignoreUploadUnusedFiles only the used part ships.
    expect(report.unused.some((file) => file.startsWith('miniprogram_npm/@vant/weapp/'))).toBe(
      true,
    );
    expect(report.main.files).toContain('miniprogram_npm/@vant/weapp/cell/index.js');
    expect(report.main.files).toContain('miniprogram_npm/@vant/weapp/common/component.js');
  });

  test('ignoreUploadUnusedFiles stays on, so unused files are not uploaded', () => {
    expect(projectConfig.setting.ignoreUploadUnusedFiles).toBe(true);
  });
});

describe('the size tool on fixtures', () => {
  test('follows components, templates, wxs, scripts, styles and images, and sizes TypeScript as JavaScript', () => {
    const root = fixture({
      'app.json': JSON.stringify({
        pages: ['pages/home/index'],
        sitemapLocation: 'sitemap.json',
        themeLocation: 'theme.json',
      }),
      'app.ts': "import './core/boot';\nApp({});\n",
      'app.wxss': "@import './styles/base.wxss';\n",
      'styles/base.wxss': '.a { background: url("/assets/bg.png"); }',
      'sitemap.json': '{}',
      'theme.json': '{}',
      'core/boot.ts': "import type { X } from './types';\nexport const boot: X | 1 = 1;\n",
      'core/types.ts': 'export type X = 2;\n',
      ...pageFiles(
        'pages/home/index',
        page({
          ts: "import { helper } from '../../core/helper';\nComponent({ data: { img: '/assets/logo.png', h: helper } });\n",
          json: '{ "usingComponents": { "my-card": "/components/card/index", "van-x": "/miniprogram_npm/lib/x/index" } }',
          wxml: '<import src="./tpl.wxml"/><include src="/parts/foot.wxml"/><wxs src="./fmt.wxs" module="f"/><image src="/assets/hero.jpg"/><image src="{{img}}"/>',
        }),
      ),
      'pages/home/tpl.wxml': '<template name="t"><view/></template>',
      'parts/foot.wxml': '<view>foot</view>',
      'pages/home/fmt.wxs': "var u = require('../../wxs/util.wxs'); module.exports = {};",
      'wxs/util.wxs': 'module.exports = {};',
      'core/helper.ts': `export interface Big {\n${'  field: string;\n'.repeat(40)}}\nexport const helper: Big['field'] = 'h';\n`,
      ...pageFiles(
        'components/card/index',
        page({ json: '{ "component": true, "usingComponents": { "inner": "../inner/index" } }' }),
      ),
      ...pageFiles('components/inner/index', page({ json: '{ "component": true }' })),
      'miniprogram_npm/lib/x/index.js':
        "var c = require('../common/component');\nmodule.exports = c;\n",
      'miniprogram_npm/lib/x/index.json':
        '{ "component": true, "usingComponents": { "y": "../y/index" } }',
      'miniprogram_npm/lib/x/index.wxml': '<y/>',
      'miniprogram_npm/lib/y/index.js': "require('../mixins/basic.js');",
      'miniprogram_npm/lib/y/index.json': '{ "component": true }',
      'miniprogram_npm/lib/y/index.wxml': '<view/>',
      'miniprogram_npm/lib/common/component.js': 'module.exports = 1;',
      'miniprogram_npm/lib/mixins/basic.js': 'module.exports = 2;',
      'miniprogram_npm/lib/unused/index.js': 'x'.repeat(5000),
      'assets/logo.png': 'png',
      'assets/hero.jpg': 'jpg',
      'assets/bg.png': 'png',
      'assets/unused.png': 'u'.repeat(9000),
    });
    const report = buildSizeReport(root);
    expect(report.missing).toEqual([]);
    const expected = [
      'app.json',
      'app.ts',
      'app.wxss',
      'styles/base.wxss',
      'assets/bg.png',
      'sitemap.json',
      'theme.json',
      'core/boot.ts',
      'pages/home/index.ts',
      'pages/home/tpl.wxml',
      'parts/foot.wxml',
      'pages/home/fmt.wxs',
      'wxs/util.wxs',
      'core/helper.ts',
      'assets/logo.png',
      'assets/hero.jpg',
      'components/card/index.wxml',
      'components/inner/index.json',
      'miniprogram_npm/lib/x/index.js',
      'miniprogram_npm/lib/y/index.wxml',
      'miniprogram_npm/lib/common/component.js',
      'miniprogram_npm/lib/mixins/basic.js',
    ];
    for (const file of expected) expect(report.main.files).toContain(file);
    // A type-only import disappears when TypeScript is compiled, so it is not uploaded.
    expect(report.main.files).not.toContain('core/types.ts');
    expect(report.unused).toEqual(
      expect.arrayContaining(['assets/unused.png', 'miniprogram_npm/lib/unused/index.js']),
    );
    // TypeScript is measured as the JavaScript it compiles to: the type annotation is gone.
    expect(report.sizes['core/helper.ts']).toBeLessThan(
      fs.statSync(path.join(root, 'core/helper.ts')).size,
    );
  });

  test('a fixture over budget fails, naming the main package and the home page', () => {
    const heavy = `export const blob = '${'x'.repeat(BUDGETS.mainPackageBytes + 10 * KB)}';\n`;
    const root = fixture({
      'app.json': JSON.stringify({ pages: ['pages/home/index'] }),
      'app.ts': 'App({});\n',
      ...pageFiles(
        'pages/home/index',
        page({ ts: "import { blob } from './blob';\nComponent({ data: { blob } });\n" }),
      ),
      'pages/home/blob.ts': heavy,
    });
    const violations = checkBudgets(buildSizeReport(root));
    expect(violations.map((violation) => violation.kind).sort()).toEqual([
      'home-closure',
      'main-package',
    ]);
    expect(violations.map((violation) => violation.message).join('\n')).toMatch(
      /main package is \d+\.\d KB, over its budget[\s\S]*pages\/home\/index loads/,
    );
    // `npm run size` on the same fixture fails the build.
    const cli = spawnSync(process.execPath, [path.join(__dirname, '../../scripts/size.js'), root], {
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('OVER BUDGET: main package');
  });

  test('moving a heavy page into a subpackage takes it out of the main package', () => {
    const heavy = `export const blob = '${'x'.repeat(200 * KB)}';\n`;
    const files = {
      'app.json': JSON.stringify({
        pages: ['pages/home/index'],
        subPackages: [{ root: 'extra', pages: ['pages/heavy/index'] }],
      }),
      'app.ts': 'App({});\n',
      ...pageFiles('pages/home/index', page()),
      ...pageFiles(
        'extra/pages/heavy/index',
        page({ ts: "import { blob } from '../../blob';\nComponent({ data: { blob } });\n" }),
      ),
      'extra/blob.ts': heavy,
      ...pageFiles(
        'pages/heavy2/index',
        page({ ts: "import { blob } from '../../extra/blob';\nComponent({ data: { blob } });\n" }),
      ),
    };
    const report = buildSizeReport(fixture(files));
    expect(report.subpackages.map((sub) => sub.name)).toEqual(['extra']);
    expect(report.subpackages[0]?.bytes).toBeGreaterThan(200 * KB);
    expect(report.main.bytes).toBeLessThan(10 * KB);
    expect(report.pages.map((entry) => entry.route)).toEqual([
      'pages/home/index',
      'extra/pages/heavy/index',
    ]);
    expect(checkBudgets(report)).toEqual([]);
  });
});
