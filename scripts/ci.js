// @ts-check
// `npm run upload` / `npm run preview`: uploads the mini-program, or makes a preview QR code, through
// miniprogram-ci, compiled with the same settings as `npm run build` (project.config.json). The
// appid and the upload key's path come from the environment; without them, or while
// staff-config.ts still holds a placeholder, the script refuses and says what to set and where.
// Usage: WX_APPID=wx… WX_PRIVATE_KEY_PATH=/path/private.key npm run upload -- [--route p3]
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
      message: `refusing: set ${missing.join(' and ')}.\n${HOW_TO_GET_A_KEY}`,
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

/** @param {string[]} argv */
function routeArg(argv) {
  const at = argv.indexOf('--route');
  return at >= 0 ? argv[at + 1] : undefined;
}

/** @param {'upload' | 'preview'} action */
async function run(action) {
  const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const route = routeArg(process.argv.slice(3));
  const built = buildCiOptions(process.env, {
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
    console.error('usage: node scripts/ci.js upload|preview [--route CODE]');
    process.exit(2);
  }
  run(action).catch((/** @type {unknown} */ error) => {
    console.error(`${action}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { buildCiOptions, HOW_TO_GET_A_KEY };
