/**
 * @jest-environment node
 */
// upload / preview: the refusal (the configuration check, the key) and the options handed to
// miniprogram-ci. Nothing here reaches WeChat: only the pure option builder is exercised.
import * as path from 'node:path';
import { buildCiOptions, uploadEnv, HOW_TO_GET_A_KEY, LOCAL_SETTINGS } from '../../scripts/ci';
import { ciSetting } from '../../scripts/lib/build';
import { PLACEHOLDER_APPID, type StaffConfig } from '../../miniprogram/content/staff-config';
import { SHIPPED_VALUES } from '../../scripts/lib/config-check';
import projectConfig from '../../project.config.json';
import { filledState } from '../helpers/filled-state';
import { OTHER_SCHOOL, OTHER_STAFF } from '../helpers/other-college';

const KEY = '/keys/private.wx3f9a2c1d4e5b6a70.key';
const STAFF: StaffConfig = OTHER_STAFF;
const exists = (file: string): boolean => file === KEY;
const ROOT = path.resolve(__dirname, '../..');
/** A filled configuration: the other college, with this checkout synced to it. */
const CHECK = { school: OTHER_SCHOOL, state: filledState(STAFF), contentCheckedOn: '9999-12-31' };
const FILLED = { fileExists: exists, staff: STAFF, check: CHECK };

test('refuses what the configuration check refuses, with the check’s words', () => {
  // The shipped college's name and the placeholder appid, whatever this checkout is configured with.
  const result = buildCiOptions(
    { WX_PRIVATE_KEY_PATH: KEY },
    {
      ...FILLED,
      staff: { ...STAFF, appId: PLACEHOLDER_APPID },
      check: { ...CHECK, school: { ...OTHER_SCHOOL, fullName: SHIPPED_VALUES.fullName } },
    },
  );
  expect(result.ok).toBe(false);
  const message = result.ok ? '' : result.message;
  expect(message).toContain('配置检查没通过');
  expect(message).toContain('[staffSettings.appId]');
  expect(message).toContain('[schoolSettings.fullName]');
});

test('refuses without the key, naming WX_PRIVATE_KEY_PATH and where the key comes from', () => {
  for (const env of [{}, { WX_PRIVATE_KEY_PATH: ' ' }]) {
    const result = buildCiOptions(env, FILLED);
    expect(result.ok ? '' : result.message).toMatch(/^没有设置 WX_PRIVATE_KEY_PATH/);
    expect(result.ok ? '' : result.message).toContain(HOW_TO_GET_A_KEY);
  }
});

test('refuses a WX_APPID that disagrees, a missing key file, a bad robot or route', () => {
  const cases: [Record<string, string>, Parameters<typeof buildCiOptions>[1], RegExp][] = [
    [{ WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY }, FILLED, /WX_APPID.*不一致/],
    [{ WX_PRIVATE_KEY_PATH: '/nope.key' }, FILLED, /这个文件不存在/],
    [{ WX_PRIVATE_KEY_PATH: KEY, WX_ROBOT: '31' }, FILLED, /WX_ROBOT/],
    [{ WX_PRIVATE_KEY_PATH: KEY }, { ...FILLED, route: 'p42' }, /不是路由代码/],
  ];
  for (const [env, extra, message] of cases) {
    const result = buildCiOptions(env, extra);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  }
  // The same appid in WX_APPID is fine: it only has to agree.
  expect(buildCiOptions({ WX_APPID: STAFF.appId, WX_PRIVATE_KEY_PATH: KEY }, FILLED).ok).toBe(true);
});

test('builds the project, upload and preview options from the environment', () => {
  const result = buildCiOptions(
    { WX_PRIVATE_KEY_PATH: KEY, WX_ROBOT: '3', WX_DESC: '迎新版' },
    { ...FILLED, packageVersion: '0.1.0', route: 'p3' },
  );
  expect(result).toEqual({
    ok: true,
    options: {
      project: {
        appid: STAFF.appId,
        type: 'miniProgram',
        projectPath: ROOT,
        privateKeyPath: KEY,
        ignores: ['node_modules/**/*', 'test/**/*', 'scripts/**/*', 'artifacts/**/*', 'dist/**/*'],
      },
      version: '0.1.0',
      desc: '迎新版',
      robot: 3,
      setting: ciSetting(projectConfig),
      preview: {
        pagePath: 'pages/entry/index',
        searchQuery: 'r=p3',
        qrcodeFormat: 'image',
        qrcodeOutputDest: path.join(ROOT, 'artifacts', 'preview-qrcode.jpg'),
      },
    },
  });
  const defaults = buildCiOptions({ WX_PRIVATE_KEY_PATH: KEY, WX_VERSION: '1.2.3' }, FILLED);
  expect(defaults.ok && defaults.options).toMatchObject({
    version: '1.2.3',
    desc: `${STAFF.appName} 1.2.3`,
    robot: 1,
    preview: { searchQuery: 'r=home' },
  });
});

test('uploads with the compile switches of project.config.json, as `npm run build` does', () => {
  const env = { WX_PRIVATE_KEY_PATH: KEY };
  const minified = buildCiOptions(env, FILLED);
  expect(minified.ok && minified.options.setting).toEqual({
    es6: false,
    es7: false,
    minifyJS: true,
    minifyWXML: true,
    minifyWXSS: true,
    autoPrefixWXSS: true,
  });
  const es5 = buildCiOptions(env, {
    ...FILLED,
    projectConfig: { setting: { es6: true, enhance: true, minified: false } },
  });
  expect(es5.ok && es5.options.setting).toMatchObject({ es6: true, es7: true, minifyJS: false });
});

test('refuses a placeholder, a stale pinned year or an appid project.config.json does not share', () => {
  const env = { WX_PRIVATE_KEY_PATH: KEY };
  const refusal = (extra: Parameters<typeof buildCiOptions>[1]): string => {
    const result = buildCiOptions(env, extra);
    return result.ok ? '' : result.message;
  };
  expect(
    refusal({ ...FILLED, staff: { ...STAFF, qrLinkPrefix: 'https://qr.example.com/xueji/' } }),
  ).toContain('[staffSettings.qrLinkPrefix]');
  expect(
    refusal({
      ...FILLED,
      check: { ...CHECK, school: { ...OTHER_SCHOOL, pinnedEnrollmentYear: 2022 } },
    }),
  ).toContain('入学年份固定为 2022');
  expect(
    refusal({
      ...FILLED,
      check: { ...CHECK, state: { ...CHECK.state, projectAppid: 'touristappid' } },
    }),
  ).toContain('project.config.json 里的 appid（touristappid）');
});

// cmd and PowerShell write environment variables differently from bash; flags and a git-ignored
// file read the same everywhere.
test('upload settings come from flags, then the environment, then the git-ignored local file', () => {
  const file = JSON.stringify({ privateKeyPath: 'file.key', robot: 2 });
  expect(uploadEnv([], {}, () => file)).toEqual({
    ok: true,
    env: { WX_PRIVATE_KEY_PATH: 'file.key', WX_ROBOT: '2' },
  });
  const envWins = uploadEnv([], { WX_PRIVATE_KEY_PATH: '/env.key' }, () => file);
  expect(envWins.ok && envWins.env.WX_PRIVATE_KEY_PATH).toBe('/env.key');
  const flagsWin = uploadEnv(
    ['--route', 'p3', '--key', KEY, '--appid', STAFF.appId],
    { WX_PRIVATE_KEY_PATH: '/env.key' },
    () => file,
  );
  expect(flagsWin.ok && flagsWin.env).toMatchObject({
    WX_PRIVATE_KEY_PATH: KEY,
    WX_APPID: STAFF.appId,
  });
  // The merged settings are what the option builder checks, as the command does.
  const built = buildCiOptions(flagsWin.ok ? flagsWin.env : {}, FILLED);
  expect(built.ok && built.options.project).toMatchObject({ privateKeyPath: KEY });
  expect(uploadEnv([], {}, () => undefined)).toEqual({ ok: true, env: {} });
  for (const broken of ['{', '[]', '"wx"', 'null']) {
    const result = uploadEnv([], {}, () => broken);
    expect(result.ok ? '' : result.message).toContain(LOCAL_SETTINGS);
  }
});

test('the refusal without a key names the flag and the local file too', () => {
  const result = buildCiOptions({}, FILLED);
  expect(result.ok ? '' : result.message).toContain('--key');
  expect(result.ok ? '' : result.message).toContain(LOCAL_SETTINGS);
});
