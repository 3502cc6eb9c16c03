// @ts-check
// `npm run upload` / `npm run preview`: uploads the mini-program, or makes a preview QR code, through
// miniprogram-ci, compiled with the same settings as `npm run build` (project.config.json). The
// appid and the upload key's path come from flags, the environment or a git-ignored wx.local.json
// (in that order); without them, or while staff-config.ts still holds a placeholder, the script
// refuses and says what to set and where. Flags work the same in bash, cmd and PowerShell:
//   npm run upload -- --appid wx… --key C:\keys\private.wx….key [--route p3]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
require('./lib/register-ts');
const { isRouteCode } = require('../miniprogram/content/routes');
const {
  PLACEHOLDER_APPID,
  isPlaceholderConfig,
  staffConfig,
} = require('../miniprogram/content/staff-config');
const { ciSetting } = require('./lib/build');
const { ENTRY_PAGE_PATH } = require('../miniprogram/core/entry-links');

const ROOT = path.resolve(__dirname, '..');
/** The git-ignored file a teacher may keep the upload settings in instead of typing them. */
const LOCAL_SETTINGS = 'wx.local.json';

const HOW_TO_GET_A_KEY =
  '微信公众平台 (mp.weixin.qq.com) → 开发管理 → 开发设置 → 小程序代码上传: generate the upload key ' +
  "(上传密钥), download it, and add this machine's public IP to the IP whitelist (or turn it off).";

/**
 * @typedef {{
 *   project: { appid: string, type: 'miniProgram', projectPath: string, privateKeyPath: string, ignores: string[] },
 *   version: string,
 *   desc: string,
 *   robot: number,
 *   setting: import('./lib/build').CiSetting,
 *   preview: { pagePath: string, searchQuery: string, qrcodeFormat: 'image', qrcodeOutputDest: string },
 * }} CiOptions
 */

/**
 * Builds everything miniprogram-ci needs from the environment, or explains why it cannot. Pure
 * apart from the injected `fileExists`; never reaches the network.
 * @param {Record<string, string | undefined>} env
 * @param {{ route?: string, fileExists?: (file: string) => boolean, packageVersion?: string,
 *   staff?: import('../miniprogram/content/staff-config').StaffConfig,
 *   projectConfig?: { setting?: Record<string, unknown> }, now?: Date,
 *   school?: import('../miniprogram/content/school-config').SchoolSettings }} extra
 * @returns {{ ok: true, options: CiOptions } | { ok: false, message: string }}
 */
function buildCiOptions(env, extra = {}) {
  const fileExists = extra.fileExists ?? ((file) => fs.existsSync(file));
  const appid = (env.WX_APPID ?? '').trim();
  const keyPath = (env.WX_PRIVATE_KEY_PATH ?? '').trim();
  const missing = [
    appid === '' ? 'WX_APPID (the mini-program appid, wx followed by 16 hex digits)' : '',
    keyPath === ''
      ? 'WX_PRIVATE_KEY_PATH (path to the downloaded upload key, private.<appid>.key)'
      : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    return {
      ok: false,
      message:
        `refusing: set ${missing.join(' and ')}.\n` +
        `Or pass them as flags (npm run upload -- --appid wx… --key private.wx….key), or write them to the git-ignored ${LOCAL_SETTINGS}: {"appid": "wx…", "privateKeyPath": "private.wx….key"}.\n` +
        HOW_TO_GET_A_KEY,
    };
  }
  if (appid === PLACEHOLDER_APPID || !/^wx[0-9a-f]{16}$/.test(appid)) {
    return {
      ok: false,
      message: `refusing: WX_APPID ${JSON.stringify(appid)} is not a real appid (wx + 16 hex digits; the placeholder does not count).`,
    };
  }
  const privateKeyPath = path.resolve(keyPath);
  if (!fileExists(privateKeyPath)) {
    return {
      ok: false,
      message: `refusing: WX_PRIVATE_KEY_PATH points to ${privateKeyPath}, which does not exist.\n${HOW_TO_GET_A_KEY}`,
    };
  }
  const robot = env.WX_ROBOT === undefined || env.WX_ROBOT === '' ? 1 : Number(env.WX_ROBOT);
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) {
    return { ok: false, message: 'refusing: WX_ROBOT must be a whole number from 1 to 30.' };
  }
  const route = extra.route ?? 'home';
  if (!isRouteCode(route)) {
    return {
      ok: false,
      message: `refusing: --route ${JSON.stringify(route)} is not a route code.`,
    };
  }
  const staff = extra.staff ?? staffConfig;
  if (isPlaceholderConfig(staff)) {
    return {
      ok: false,
      message:
        'refusing: miniprogram/content/staff-config.ts still holds a placeholder (appId or the example.com qrLinkPrefix). ' +
        'Every orientation QR code would fail: set the college’s registered prefix and appid first (docs/deploy.md, steps 1 and 4).',
    };
  }
  if (staff.appId !== appid) {
    return {
      ok: false,
      message: `refusing: WX_APPID ${appid} is not the appId in miniprogram/content/staff-config.ts (${staff.appId}); the menu and the QR codes name that one.`,
    };
  }
  // A stale pinned 入学年份 would ship the wrong year to every freshman on CHSI's fastest path.
  const cohort = require('./lib/staff-kit').cohortWarnings(extra.now, extra.school);
  if (cohort.length > 0) {
    return { ok: false, message: `refusing: ${cohort.join(' ')}` };
  }
  const projectConfig =
    extra.projectConfig ??
    JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
  const version = (env.WX_VERSION ?? '').trim() || extra.packageVersion || '0.0.0';
  return {
    ok: true,
    options: {
      project: {
        appid,
        type: 'miniProgram',
        projectPath: ROOT,
        privateKeyPath,
        ignores: ['node_modules/**/*', 'test/**/*', 'scripts/**/*', 'artifacts/**/*', 'dist/**/*'],
      },
      version,
      desc: (env.WX_DESC ?? '').trim() || `学籍核对助手 ${version}`,
      robot,
      // The switches of project.config.json, as `npm run build` and DevTools compile.
      setting: ciSetting(projectConfig),
      preview: {
        pagePath: ENTRY_PAGE_PATH,
        searchQuery: `r=${route}`,
        qrcodeFormat: 'image',
        qrcodeOutputDest: path.join(ROOT, 'artifacts', 'preview-qrcode.jpg'),
      },
    },
  };
}

/** @param {string[]} argv @param {string} name */
function flagValue(argv, name) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** @param {string[]} argv */
function routeArg(argv) {
  return flagValue(argv, '--route');
}

/** Flag → variable; the same names as the keys of wx.local.json. */
const UPLOAD_SETTINGS = /** @type {const} */ ([
  ['--appid', 'appid', 'WX_APPID'],
  ['--key', 'privateKeyPath', 'WX_PRIVATE_KEY_PATH'],
  ['--robot', 'robot', 'WX_ROBOT'],
  ['--version', 'version', 'WX_VERSION'],
  ['--desc', 'desc', 'WX_DESC'],
]);

/**
 * The upload settings as WX_* variables: a flag wins over the environment, which wins over
 * wx.local.json (`readLocal` gives its text, or undefined when there is none). Environment
 * variables are written differently in bash, cmd and PowerShell; flags and the file are not.
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @param {() => string | undefined} readLocal
 * @returns {{ ok: true, env: Record<string, string | undefined> } | { ok: false, message: string }}
 */
function uploadEnv(argv, env, readLocal) {
  /** @type {Record<string, unknown>} */
  let local = {};
  const text = readLocal();
  if (text !== undefined) {
    try {
      const parsed = /** @type {unknown} */ (JSON.parse(text));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      local = /** @type {Record<string, unknown>} */ (parsed);
    } catch {
      return {
        ok: false,
        message: `refusing: ${LOCAL_SETTINGS} is not a JSON object like {"appid": "wx…", "privateKeyPath": "private.wx….key"}.`,
      };
    }
  }
  /** @type {Record<string, string | undefined>} */
  const merged = { ...env };
  for (const [flag, key, variable] of UPLOAD_SETTINGS) {
    const fromFlag = flagValue(argv, flag);
    const fromFile = local[key];
    if (fromFlag !== undefined) merged[variable] = fromFlag;
    else if ((env[variable] ?? '') === '' && ['string', 'number'].includes(typeof fromFile))
      merged[variable] = String(fromFile);
  }
  return { ok: true, env: merged };
}

/** @param {'upload' | 'preview'} action */
async function run(action) {
  const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const argv = process.argv.slice(3);
  const route = routeArg(argv);
  const settings = uploadEnv(argv, process.env, () => {
    const file = path.join(ROOT, LOCAL_SETTINGS);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  });
  if (!settings.ok) {
    console.error(`${action}: ${settings.message}`);
    process.exit(2);
  }
  const built = buildCiOptions(settings.env, {
    packageVersion: String(packageJson.version),
    ...(route === undefined ? {} : { route }),
  });
  if (!built.ok) {
    console.error(`${action}: ${built.message}`);
    process.exit(2);
  }
  const { options } = built;
  const ci = require('miniprogram-ci');
  const project = new ci.Project(options.project);
  const common = {
    project,
    version: options.version,
    desc: options.desc,
    robot: options.robot,
    setting: options.setting,
    onProgressUpdate: (/** @type {unknown} */ task) => {
      console.log(`${action}: ${String(task)}`);
    },
  };
  if (action === 'upload') {
    const result = await ci.upload(common);
    console.log(`upload: version ${options.version} uploaded`, result);
  } else {
    fs.mkdirSync(path.dirname(options.preview.qrcodeOutputDest), { recursive: true });
    const result = await ci.preview({ ...common, ...options.preview });
    console.log(`preview: scan ${options.preview.qrcodeOutputDest} in WeChat`, result);
  }
}

// Run as a command (not when a test requires this file).
if (path.resolve(process.argv[1] ?? '') === __filename) {
  const action = process.argv[2];
  if (action !== 'upload' && action !== 'preview') {
    console.error(
      'usage: node scripts/ci.js upload|preview [--route CODE] [--appid wx…] [--key FILE] [--robot N] [--version V] [--desc TEXT]',
    );
    process.exit(2);
  }
  run(action).catch((/** @type {unknown} */ error) => {
    console.error(`${action}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { buildCiOptions, uploadEnv, HOW_TO_GET_A_KEY, LOCAL_SETTINGS };
