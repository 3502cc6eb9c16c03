// @ts-check
// The staff kit's pure part: what goes into each QR code, the official-account menu and the
// wxacode scenes, each checked through the app's own route table and entry parser.
'use strict';
const { Buffer } = require('node:buffer');
require('./register-ts');
const appJson = require('../../miniprogram/app.json');
const { appPageRoutes } = require('./app-routes');

const APP_ROUTES = appPageRoutes(appJson);
const { routes, printedRoutes, knownPages } = require('../../miniprogram/content/routes');
const { staffConfig, isPlaceholderConfig } = require('../../miniprogram/content/staff-config');
const { PROBLEM_MOMENTS } = require('../../miniprogram/content/home');
const { schoolSettings } = require('../../miniprogram/content/school-config');
const { staleCohortWarning } = require('../../miniprogram/core/cohort-check');
const { CONFIG_FILE } = require('./config-check');
const { parseEntry, planEntry, MAX_SCENE_LENGTH } = require('../../miniprogram/core/entry');
const { ENTRY_OPTIONS, ENTRY_URLS } = require('../../miniprogram/views/entry');
const {
  ENTRY_PAGE_PATH,
  menuPagePath,
  qrLinkUrl,
  wxacodeScene,
} = require('../../miniprogram/core/entry-links');

/** @typedef {import('../../miniprogram/content/routes').RouteCode} RouteCode */
/** @typedef {import('../../miniprogram/content/staff-config').StaffConfig} StaffConfig */

/** WeChat's limits for the custom menu (API: 1–3 buttons, 1–5 sub_buttons, 16 / 60 bytes). */
const MENU_LIMITS = { groups: 3, items: 5, groupNameBytes: 16, itemNameBytes: 60 };
/** The characters wxacode.getUnlimited accepts in `scene` (WeChat's wxacode.getUnlimited docs). */
const SCENE_CHARSET = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

/** Fails with a message naming what is wrong, so a staff member can fix the config. */
class KitError extends Error {}

/**
 * Checks that `query` (as the entry page would receive it) opens `code`, and returns the page it
 * lands on. Throws KitError otherwise: nothing is written for a code the app would not open.
 * @param {Record<string, string>} query
 * @param {number} scene
 * @param {RouteCode} code
 * @param {readonly string[]} prefixes
 * @param {string} what
 */
function checkResolves(query, scene, code, prefixes, what) {
  const result = parseEntry({ query, scene }, { ...ENTRY_OPTIONS, prefixes });
  if (!result.ok) throw new KitError(`${what} does not open the app: ${result.error}`);
  if (result.route !== code) throw new KitError(`${what} opens ${result.route}, not ${code}`);
  const target = planEntry(result, ENTRY_URLS).target;
  const page = target.split('?')[0] ?? '';
  if (!APP_ROUTES.includes(page.replace(/^\//, ''))) {
    throw new KitError(`${what} leads to ${page}, which app.json does not list`);
  }
  return target;
}

/**
 * One ordinary-link QR code per route: its URL, checked through the app's own parser with the
 * prefixes the app is built with, so a `--prefix` the app would not recognise prints nothing.
 * @param {string} prefix
 * @param {readonly string[]} [appPrefixes] the prefixes compiled into the app (the configuration)
 */
function qrEntries(prefix, appPrefixes = ENTRY_OPTIONS.prefixes) {
  if (!/^https?:\/\/[^/?#\s]+\/?[^?#\s]*$/i.test(prefix)) {
    throw new KitError(`QR prefix ${JSON.stringify(prefix)} is not an http(s) URL without query`);
  }
  const probe = qrLinkUrl(prefix, 'home');
  const parsed = parseEntry(
    { query: { q: encodeURIComponent(probe), scancode_time: '0' }, scene: 1011 },
    { ...ENTRY_OPTIONS, prefixes: appPrefixes },
  );
  if (!parsed.ok && parsed.error === 'foreign-link') {
    throw new KitError(
      `QR prefix ${prefix} is not one the app recognises (${CONFIG_FILE} qrLinkPrefix ${JSON.stringify(appPrefixes[0] ?? '')}): ` +
        'every printed code would open 无法识别. Set qrLinkPrefix (or previousQrLinkPrefixes) to it, rebuild and upload, then print.',
    );
  }
  // Codes marked printed: false (forwarded pages such as the tools) stay off the printed sheet.
  return printedRoutes.map((route) => {
    const url = qrLinkUrl(prefix, route.code);
    // Exactly what WeChat hands the entry page: the whole URL encoded once, and the scan time.
    const query = { q: encodeURIComponent(url), scancode_time: '0' };
    const target = checkResolves(query, 1011, route.code, appPrefixes, `QR URL ${url}`);
    return { code: route.code, topic: route.topic, url, target };
  });
}

/** How many problems the booth poster shows beside 从这里开始. */
const POSTER_PROBLEMS = 4;

/**
 * The booth poster's codes: home, then the problems the college put in its official-account menu
 * (its own choice of what students hit most), topped up in the home page's order (registration
 * first) to POSTER_PROBLEMS; or exactly `chosen` when given.
 * @param {readonly { code: string }[]} entries the sheet's entries (qrEntries)
 * @param {readonly string[] | undefined} chosen
 * @param {StaffConfig} [config]
 */
function posterCodes(entries, chosen, config = staffConfig) {
  const printed = new Set(entries.map((entry) => entry.code));
  const isProblem = (/** @type {string} */ code) => /^p\d+$/.test(code) && printed.has(code);
  if (chosen) {
    const bad = chosen.filter((code) => !isProblem(code));
    if (bad.length > 0 || chosen.length < 3 || chosen.length > POSTER_PROBLEMS) {
      throw new KitError(
        `--poster-codes needs 3 or 4 printed problem codes (p1…), got ${chosen.join(', ') || 'none'}`,
      );
    }
    return { start: 'home', problems: [...chosen] };
  }
  const fromMenu = config.menu.flatMap((group) => group.items.map((item) => item.route));
  const fromHome = PROBLEM_MOMENTS.flatMap((moment) => moment.ids.map((id) => `p${id}`));
  const problems = [...new Set([...fromMenu, ...fromHome])].filter(isProblem);
  return { start: 'home', problems: problems.slice(0, POSTER_PROBLEMS) };
}

/** @param {string} text */
function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The body for the official account's menu API (菜单 → 自定义菜单 / menu/create), checked.
 * @param {StaffConfig} config
 */
function buildMenu(config = staffConfig) {
  if (config.menu.length < 1 || config.menu.length > MENU_LIMITS.groups) {
    throw new KitError(`the menu has ${config.menu.length} groups; WeChat allows 1 to 3`);
  }
  const button = config.menu.map((group) => {
    if (utf8Bytes(group.name) > MENU_LIMITS.groupNameBytes) {
      throw new KitError(
        `menu group "${group.name}" is longer than 16 bytes (4 Chinese characters)`,
      );
    }
    if (group.items.length < 1 || group.items.length > MENU_LIMITS.items) {
      throw new KitError(
        `menu group "${group.name}" has ${group.items.length} items; 1 to 5 allowed`,
      );
    }
    return {
      name: group.name,
      sub_button: group.items.map((item) => {
        if (utf8Bytes(item.name) > MENU_LIMITS.itemNameBytes) {
          throw new KitError(`menu item "${item.name}" is longer than 60 bytes`);
        }
        const pagepath = menuPagePath(item.route);
        const [, search = ''] = pagepath.split('?');
        /** @type {Record<string, string>} */
        const query = {};
        for (const pair of search.split('&')) {
          const [key = '', value = ''] = pair.split('=');
          query[key] = value;
        }
        checkResolves(query, 1035, item.route, [], `menu item "${item.name}"`);
        return {
          type: 'miniprogram',
          name: item.name,
          // Opened by clients that cannot open mini-programs: the college's page under the prefix.
          url: qrLinkUrl(config.qrLinkPrefix, item.route),
          appid: config.appId,
          pagepath,
        };
      }),
    };
  });
  return { button };
}

/**
 * The wxacode.getUnlimited parameters for each route, for colleges that make mini-program codes
 * on their own server. Each scene is ≤ 32 allowed characters and opens its route in the app.
 */
function buildScenes() {
  return routes.map((route) => {
    const scene = wxacodeScene(route.code);
    if (scene.length > MAX_SCENE_LENGTH) {
      throw new KitError(`scene ${scene} is longer than ${MAX_SCENE_LENGTH} characters`);
    }
    if (!SCENE_CHARSET.test(scene))
      throw new KitError(`scene ${scene} has characters WeChat refuses`);
    // The page receives the scene URL-encoded; check both forms resolve.
    checkResolves({ scene: encodeURIComponent(scene) }, 1047, route.code, [], `scene ${scene}`);
    checkResolves({ scene }, 1047, route.code, [], `scene ${scene}`);
    return { code: route.code, topic: route.topic, page: ENTRY_PAGE_PATH, scene };
  });
}

/** Warnings to print before staff use the output: placeholders still in the configuration. */
/**
 * The warning for a pinned 入学年份 older than the current cohort (Beijing date), or none.
 * @param {Date} [now]
 * @param {import('../../miniprogram/content/school-config').SchoolSettings} [settings]
 */
function cohortWarnings(now = new Date(), settings = schoolSettings) {
  const warning = staleCohortWarning(settings.pinnedEnrollmentYear, now, settings.cohortStartMonth);
  return warning ? [`WARNING: ${CONFIG_FILE}: ${warning}`] : [];
}

/**
 * Everything a staff member must fix before printing or publishing: placeholder values, and a
 * pinned cohort year that lags the calendar.
 * @param {StaffConfig} [config]
 * @param {Date} [now]
 * @param {import('../../miniprogram/content/school-config').SchoolSettings} [settings]
 */
function configWarnings(config = staffConfig, now = new Date(), settings = schoolSettings) {
  return [
    ...(isPlaceholderConfig(config)
      ? [
          `WARNING: ${CONFIG_FILE} still holds PLACEHOLDER values (appId, appName and/or ` +
            'qrLinkPrefix). Replace them before printing or publishing anything (npm run check says how).',
        ]
      : []),
    ...cohortWarnings(now, settings),
  ];
}

module.exports = {
  KitError,
  MENU_LIMITS,
  POSTER_PROBLEMS,
  SCENE_CHARSET,
  buildMenu,
  buildScenes,
  checkResolves,
  cohortWarnings,
  configWarnings,
  knownPages,
  posterCodes,
  qrEntries,
  routes,
  staffConfig,
};
