// @ts-check
// `npm run upload` / `npm run preview`: uploads the mini-program, or makes a preview QR code, through
// miniprogram-ci, compiled with the same settings as `npm run build` (project.config.json). The
// appid is the configuration's (miniprogram/content/college.ts); the upload key's path comes from
// a flag, the environment or the git-ignored wx.local.json (in that order). The script refuses, in
// Chinese, while `npm run check` finds anything to change or the key is missing, and says what to
// do. Flags read the same in bash, cmd and PowerShell:
// Usage: npm run upload -- --key path/to/private.wx….key [--route p3]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
require('./lib/register-ts');
const { isRouteCode } = require('../miniprogram/content/routes');
const { staffConfig } = require('../miniprogram/content/staff-config');
const { ciSetting } = require('./lib/build');
const { configProblems, formatProblems } = require('./lib/config-check');
const { ENTRY_PAGE_PATH } = require('../miniprogram/core/entry-links');

const ROOT = path.resolve(__dirname, '..');
/** The git-ignored file a teacher may keep the upload settings in instead of typing them. */
const LOCAL_SETTINGS = 'wx.local.json';

/** Where the key comes from, and the one IP rule (the same words as docs/deploy.md). */
const HOW_TO_GET_A_KEY =
  '上传密钥：微信公众平台 (mp.weixin.qq.com) → 管理 → 开发管理 → 开发设置 → 小程序代码上传 → 生成“代码上传密钥”并下载；' +
  '在同一处打开“IP 白名单”，填入运行 npm run upload 这台电脑的公网 IP' +
  '（不知道是哪个 IP：先运行一次，微信报错 invalid ip: 后面的就是）。';

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
 * Builds everything miniprogram-ci needs from the configuration and the environment, or explains
 * why it cannot. Pure apart from the injected `fileExists` and the configuration check's reads;
 * never reaches the network.
 * @param {Record<string, string | undefined>} env
 * @param {{ route?: string, fileExists?: (file: string) => boolean, packageVersion?: string,
 *   staff?: import('../miniprogram/content/staff-config').StaffConfig,
 *   projectConfig?: { setting?: Record<string, unknown> },
 *   check?: Parameters<typeof configProblems>[0] }} extra
 * @returns {{ ok: true, options: CiOptions } | { ok: false, message: string }}
 */
function buildCiOptions(env, extra = {}) {
  const fileExists = extra.fileExists ?? ((file) => fs.existsSync(file));
  const staff = extra.staff ?? staffConfig;
  // Everything `npm run check` refuses: placeholders, the shipped college, a stale year, an appid
  // that disagrees (WX_APPID too), a prefix the app rejects, the CDN icon font.
  const problems = configProblems({ ...extra.check, staff, env });
  if (problems.length > 0) return { ok: false, message: formatProblems(problems) };
  const appid = staff.appId;
  const keyPath = (env.WX_PRIVATE_KEY_PATH ?? '').trim();
  if (keyPath === '') {
    return {
      ok: false,
      message:
        `没有设置 WX_PRIVATE_KEY_PATH（下载的上传密钥 private.${appid}.key 的路径）。` +
        `也可以写成参数（npm run upload -- --key private.${appid}.key），或写进不提交的 ${LOCAL_SETTINGS}：{"privateKeyPath": "private.${appid}.key"}。\n` +
        HOW_TO_GET_A_KEY,
    };
  }
  const privateKeyPath = path.resolve(keyPath);
  if (!fileExists(privateKeyPath)) {
    return {
      ok: false,
      message: `WX_PRIVATE_KEY_PATH 指向 ${privateKeyPath}，这个文件不存在。\n${HOW_TO_GET_A_KEY}`,
    };
  }
  const robot = env.WX_ROBOT === undefined || env.WX_ROBOT === '' ? 1 : Number(env.WX_ROBOT);
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) {
    return { ok: false, message: 'WX_ROBOT 必须是 1 到 30 的整数。' };
  }
  const route = extra.route ?? 'home';
  if (!isRouteCode(route)) {
    return {
      ok: false,
      message: `--route ${JSON.stringify(route)} 不是路由代码（见 README 的 Route codes）。`,
    };
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
      desc: (env.WX_DESC ?? '').trim() || `${staff.appName} ${version}`,
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

/** Flag, key of wx.local.json, and the variable it stands for. */
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
        message: `${LOCAL_SETTINGS} 不是这样的 JSON 对象：{"privateKeyPath": "private.wx….key"}。`,
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
    console.error(`${action}：${settings.message}`);
    process.exit(2);
  }
  const built = buildCiOptions(settings.env, {
    packageVersion: String(packageJson.version),
    ...(route === undefined ? {} : { route }),
  });
  if (!built.ok) {
    console.error(`${action}：${built.message}`);
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
      'usage: node scripts/ci.js upload|preview [--route CODE] [--key FILE] [--appid wx…] [--robot N] [--version V] [--desc TEXT]',
    );
    process.exit(2);
  }
  run(action).catch((/** @type {unknown} */ error) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${action}: ${message}`);
    // The two failures a teacher meets first, in words they can act on.
    if (/invalid ip/i.test(message))
      console.error(`${action}：IP 不在白名单里。${HOW_TO_GET_A_KEY}`);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT/.test(message)) {
      console.error(`${action}：连不上微信的服务器（servicewechat.com）：检查这台电脑能否上网。`);
    }
    process.exit(1);
  });
}

module.exports = { buildCiOptions, uploadEnv, HOW_TO_GET_A_KEY, LOCAL_SETTINGS };
