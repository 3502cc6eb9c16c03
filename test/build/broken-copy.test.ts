/**
 * @jest-environment node
 */
// A copy of the project broken on purpose fails the official build (scripts/lib/build.js, WeChat's
// own compiler), and the message names the broken file and what is wrong with it (so the failure
// comes from the breakage, not from the copy).
import * as path from 'node:path';
import { runBuild } from '../../scripts/lib/build';
import { copyProject, edit, remove } from '../helpers/project-copy';

const cases: [string, string, (text: string) => string, RegExp][] = [
  [
    'an unclosed tag',
    'miniprogram/pages/privacy/index.wxml',
    (wxml) => `${wxml}\n<view><text>没有闭合</view>\n`,
    /build failed: miniprogram\/pages\/privacy\/index\.wxml: \d+:\d+:unexpected end tag/,
  ],
  [
    'a wrong component path',
    'miniprogram/pages/home/index.json',
    (json) =>
      json.replace(
        '/miniprogram_npm/@vant/weapp/cell/index',
        '/miniprogram_npm/@vant/weapp/cel/index',
      ),
    /build failed: miniprogram\/pages\/home\/index\.json: .*component not found/,
  ],
  [
    'a colour that is not hex in theme.json',
    'miniprogram/theme.json',
    (json) => json.replace('"navBackground": "#ffffff"', '"navBackground": "white"'),
    /build failed: .*theme\.json\["light"\].*"white" is not hexColor/,
  ],
];

test.each(cases)(
  '%s fails the build, naming %s',
  (_what, file, change, message) => {
    const dir = copyProject();
    try {
      edit(dir, file, change);
      const result = runBuild({ projectPath: dir, outDir: path.join(dir, 'dist') });
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(message);
    } finally {
      remove(dir);
    }
  },
  120_000,
);
