/**
 * @jest-environment node
 */
// upload / preview: the refusal without credentials and the options handed to miniprogram-ci.
// Nothing here reaches WeChat: only the pure option builder is exercised.
import * as path from 'node:path';
import { buildCiOptions, uploadEnv, HOW_TO_GET_A_KEY, LOCAL_SETTINGS } from '../../scripts/ci';
import { ciSetting } from '../../scripts/lib/build';
import { staffConfig, type StaffConfig } from '../../miniprogram/content/staff-config';
import projectConfig from '../../project.config.json';
import { schoolSettings } from '../../miniprogram/content/school-config';

const KEY = '/keys/private.wx0123456789abcdef.key';
const STAFF: StaffConfig = {
  ...staffConfig,
  qrLinkPrefix: 'https://www.college.edu.cn/xueji/',
  appId: 'wx0123456789abcdef',
};
const exists = (file: string): boolean => file === KEY;
const ROOT = path.resolve(__dirname, '../..');

test('refuses, naming both variables, when neither is set', () => {
  const result = buildCiOptions({}, { fileExists: exists });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.message).toContain('WX_APPID');
  expect(result.message).toContain('WX_PRIVATE_KEY_PATH');
  expect(result.message).toContain(HOW_TO_GET_A_KEY);
});

test('refuses when one is missing or blank, naming only that one', () => {
  const noKey = buildCiOptions({ WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: ' ' });
  expect(noKey).toEqual({
    ok: false,
    message: expect.stringContaining('WX_PRIVATE_KEY_PATH') as string,
  });
  expect(noKey.ok ? '' : noKey.message).not.toContain('set WX_APPID');
  const noAppid = buildCiOptions({ WX_PRIVATE_KEY_PATH: KEY }, { fileExists: exists });
  expect(noAppid.ok ? '' : noAppid.message).toMatch(/^refusing: set WX_APPID/);
});

test('refuses the placeholder appid, a malformed appid, a missing key file, a bad robot or route', () => {
  const cases: [Record<string, string>, Parameters<typeof buildCiOptions>[1], RegExp][] = [
    [
      { WX_APPID: 'wx0000000000000000', WX_PRIVATE_KEY_PATH: KEY },
      { fileExists: exists },
      /not a real appid/,
    ],
    [
      { WX_APPID: 'touristappid', WX_PRIVATE_KEY_PATH: KEY },
      { fileExists: exists },
      /not a real appid/,
    ],
    [
      { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: '/nope.key' },
      { fileExists: exists },
      /does not exist/,
    ],
    [
      { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY, WX_ROBOT: '31' },
      { fileExists: exists },
      /WX_ROBOT/,
    ],
    [
      { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY },
      { fileExists: exists, route: 'p42' },
      /route code/,
    ],
  ];
  for (const [env, extra, message] of cases) {
    const result = buildCiOptions(env, extra);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  }
});

test('builds the project, upload and preview options from the environment', () => {
  const result = buildCiOptions(
    { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY, WX_ROBOT: '3', WX_DESC: '迎新版' },
    { fileExists: exists, packageVersion: '0.1.0', route: 'p3', staff: STAFF },
  );
  expect(result).toEqual({
    ok: true,
    options: {
      project: {
        appid: 'wx0123456789abcdef',
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
  const defaults = buildCiOptions(
    { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY, WX_VERSION: '1.2.3' },
    { fileExists: exists, staff: STAFF },
  );
  expect(defaults.ok && defaults.options).toMatchObject({
    version: '1.2.3',
    desc: '学籍核对助手 1.2.3',
    robot: 1,
    preview: { searchQuery: 'r=home' },
  });
});

test('uploads with the compile switches of project.config.json, as `npm run build` does', () => {
  const env = { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY };
  const minified = buildCiOptions(env, { fileExists: exists, staff: STAFF });
  expect(minified.ok && minified.options.setting).toEqual({
    es6: false,
    es7: false,
    minifyJS: true,
    minifyWXML: true,
    minifyWXSS: true,
    autoPrefixWXSS: true,
  });
  const es5 = buildCiOptions(env, {
    fileExists: exists,
    staff: STAFF,
    projectConfig: { setting: { es6: true, enhance: true, minified: false } },
  });
  expect(es5.ok && es5.options.setting).toMatchObject({ es6: true, es7: true, minifyJS: false });
});

test('refuses while staff-config.ts holds a placeholder, or names another appid', () => {
  const env = { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY };
  const shipped = buildCiOptions(env, { fileExists: exists });
  expect(shipped.ok ? '' : shipped.message).toMatch(/staff-config\.ts still holds a placeholder/);
  const examplePrefix = buildCiOptions(env, {
    fileExists: exists,
    staff: { ...STAFF, qrLinkPrefix: 'https://qr.example.com/xueji/' },
  });
  expect(examplePrefix.ok ? '' : examplePrefix.message).toMatch(/placeholder/);
  const otherApp = buildCiOptions(env, {
    fileExists: exists,
    staff: { ...STAFF, appId: 'wxfedcba9876543210' },
  });
  expect(otherApp.ok ? '' : otherApp.message).toMatch(/is not the appId in .*staff-config\.ts/);
});

test('refuses while school-config.ts pins a 入学年份 older than the current cohort', () => {
  const env = { WX_APPID: 'wx0123456789abcdef', WX_PRIVATE_KEY_PATH: KEY };
  const now = new Date('2026-12-01T02:00:00Z'); // the 2026 cohort, in Beijing and everywhere
  const base = { fileExists: exists, staff: STAFF, now };
  const stale = buildCiOptions(env, {
    ...base,
    school: { ...schoolSettings, cohortStartMonth: 9, pinnedEnrollmentYear: 2022 },
  });
  expect(stale.ok ? '' : stale.message).toMatch(/^refusing: .*pins enrollmentYear to 2022.*2026/);
  const current = buildCiOptions(env, {
    ...base,
    school: { ...schoolSettings, cohortStartMonth: 9, pinnedEnrollmentYear: 2026 },
  });
  expect(current.ok).toBe(true);
  const unpinned = buildCiOptions(env, {
    ...base,
    school: { ...schoolSettings, pinnedEnrollmentYear: undefined },
  });
  expect(unpinned.ok).toBe(true);
});

// cmd and PowerShell write environment variables differently from bash; flags and a git-ignored
// file read the same everywhere.
test('upload settings come from flags, then the environment, then the git-ignored local file', () => {
  const file = JSON.stringify({
    appid: 'wx1111111111111111',
    privateKeyPath: 'file.key',
    robot: 2,
  });
  const fromFile = uploadEnv([], {}, () => file);
  expect(fromFile).toEqual({
    ok: true,
    env: { WX_APPID: 'wx1111111111111111', WX_PRIVATE_KEY_PATH: 'file.key', WX_ROBOT: '2' },
  });
  const envWins = uploadEnv([], { WX_APPID: 'wx2222222222222222' }, () => file);
  expect(envWins.ok && envWins.env.WX_APPID).toBe('wx2222222222222222');
  const flagsWin = uploadEnv(
    ['--route', 'p3', '--appid', 'wx0123456789abcdef', '--key', KEY],
    { WX_APPID: 'wx2222222222222222' },
    () => file,
  );
  expect(flagsWin.ok && flagsWin.env).toMatchObject({
    WX_APPID: 'wx0123456789abcdef',
    WX_PRIVATE_KEY_PATH: KEY,
  });
  // The merged settings are what the option builder checks, as the command does.
  const built = buildCiOptions(flagsWin.ok ? flagsWin.env : {}, {
    fileExists: exists,
    staff: STAFF,
  });
  expect(built.ok && built.options.project).toMatchObject({ appid: 'wx0123456789abcdef' });
  expect(uploadEnv([], {}, () => undefined)).toEqual({ ok: true, env: {} });
  for (const broken of ['{', '[]', '"wx"', 'null']) {
    const result = uploadEnv([], {}, () => broken);
    expect(result.ok ? '' : result.message).toContain(LOCAL_SETTINGS);
  }
});

test('the refusal without credentials names the flags and the local file too', () => {
  const result = buildCiOptions({}, { fileExists: exists });
  expect(result.ok ? '' : result.message).toContain('--appid');
  expect(result.ok ? '' : result.message).toContain(LOCAL_SETTINGS);
});
