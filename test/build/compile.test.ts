// Every WXML and WXSS file of the mini-program compiles with the official compilers (wcc/wcsc)
// shipped in miniprogram-compiler, the same ones WeChat DevTools uses.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MINIPROGRAM_ROOT } from '../helpers/render';
import {
  binaryFor,
  COMPILER_PACKAGE,
  compileWxml,
  compileWxss,
  ownFiles,
} from '../helpers/official-compiler';

test('finds the app’s own templates and styles (not miniprogram_npm)', () => {
  const wxml = ownFiles(MINIPROGRAM_ROOT, '.wxml');
  const wxss = ownFiles(MINIPROGRAM_ROOT, '.wxss');
  expect(wxml).toContain('pages/home/index.wxml');
  expect(wxss).toContain('app.wxss');
  expect([...wxml, ...wxss].some((file) => file.startsWith('miniprogram_npm'))).toBe(false);
});

test('every WXML file compiles with wcc', () => {
  const files = ownFiles(MINIPROGRAM_ROOT, '.wxml');
  const output = compileWxml(MINIPROGRAM_ROOT, files);
  for (const file of files) expect(output).toContain(`${file}:`);
});

test('every WXSS file compiles with wcsc', () => {
  const files = ownFiles(MINIPROGRAM_ROOT, '.wxss');
  const compiled = compileWxss(MINIPROGRAM_ROOT, files).split('=');
  for (const file of files) expect(compiled).toContain(file === 'app.wxss' ? './app.wxss' : file);
});

describe('the check can fail', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcc-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an unclosed tag is a wcc error', () => {
    fs.writeFileSync(path.join(dir, 'bad.wxml'), '<view><text>坏</view>');
    expect(() => compileWxml(dir, ['bad.wxml'])).toThrow(/bad\.wxml/);
  });

  test('a broken rule is a wcsc error', () => {
    fs.writeFileSync(path.join(dir, 'bad.wxss'), '.a { color: red; ');
    expect(() => compileWxss(dir, ['bad.wxss'])).toThrow();
  });
});

test('the binaries are picked per platform, and each ships in miniprogram-compiler', () => {
  const picks = (['linux', 'darwin', 'win32'] as const).flatMap((platform) =>
    (['wcc', 'wcsc'] as const).map((binary) => binaryFor(binary, platform)),
  );
  expect(picks).toEqual([
    'bin/linux/wcc',
    'bin/linux/wcsc',
    'bin/mac/wcc',
    'bin/mac/wcsc',
    'bin/windows/wcc.exe',
    'bin/windows/wcsc.exe',
  ]);
  for (const file of picks)
    expect(fs.statSync(path.join(COMPILER_PACKAGE, file)).size).toBeGreaterThan(100_000);
  expect(() => binaryFor('wcc', 'aix')).toThrow(/no wcc for aix/);
});
