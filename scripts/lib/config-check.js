// @ts-check
// `npm run check`'s pure part: everything that must change in the configuration
// (miniprogram/content/college.ts) before a college publishes, each with a Chinese message a
// teacher can act on. `npm run build` and `npm run upload` refuse on it, `npm start` warns.
// The repository ships the first college's values and placeholders, so the check is red on a
// fresh clone on purpose: `npm test` passes, `npm run check` says what to fill in.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
require('./register-ts');
const { schoolSettings } = require('../../miniprogram/content/school-config');
const {
  PLACEHOLDER_APPID,
  PLACEHOLDER_APP_NAME,
  staffConfig,
} = require('../../miniprogram/content/staff-config');
const { CONTENT_CHECKED_ON } = require('../../miniprogram/content/sources');
const { routes } = require('../../miniprogram/content/routes');
const { currentCohortYear } = require('../../miniprogram/core/cohort-year');
const { checkWindowProblems } = require('../../miniprogram/core/check-window');
const { parseEntry } = require('../../miniprogram/core/entry');
const { qrLinkUrl } = require('../../miniprogram/core/entry-links');
const { ENTRY_OPTIONS } = require('../../miniprogram/views/entry');
const { SUBPACKAGE_VANT } = require('./vant-layout');
const { staleCards } = require('../make-card-png');

const ROOT = path.resolve(__dirname, '../..');
const CONFIG_FILE = 'miniprogram/content/college.ts';

/** @typedef {import('../../miniprogram/content/school-config').SchoolSettings} SchoolSettings */
/** @typedef {import('../../miniprogram/content/staff-config').StaffConfig} StaffConfig */
/** @typedef {{ field: string, message: string }} ConfigProblem */

/**
 * The first college's values as the repository ships them. They are not wrong for that college,
 * but a copy that still holds them shows another college's name and a 2022 contact to students:
 * a college confirms its own values before publishing. Kept apart from college.ts on purpose
 * (the check compares the configuration against what was shipped, not against itself).
 */
const SHIPPED_VALUES = Object.freeze({
  fullName: '四川西南航空职业学院',
  contactPerson: '周娟老师',
});

/** Words that mark a value nobody filled in. */
const PLACEHOLDER_WORDS = /PLACEHOLDER|TODO|待填|请填写|example\.(com|org|net)/i;

/** The files whose title bar shows the app's name (JSON cannot import it; `--fix` copies it). */
const TITLE_FILES = Object.freeze([
  'miniprogram/app.json',
  'miniprogram/pages/home/index.json',
  'miniprogram/pages/entry/index.json',
]);

/** Vant's icon WXSS in the main package, and the folder `npm install` builds for `tools`. */
const VANT_ICON_WXSS = 'miniprogram/miniprogram_npm/@vant/weapp/icon/index.wxss';
/** The Vant copies `npm install` puts into subpackages (none when every page uses the main copy). */
const SUBPACKAGE_NPM = Object.keys(SUBPACKAGE_VANT).map(
  (root) => `miniprogram/${root}/miniprogram_npm/@vant/weapp`,
);

/**
 * What the check reads from disk besides the configuration.
 * @typedef {{
 *   projectAppid: string | undefined,
 *   titles: Readonly<Record<string, string | undefined>>,
 *   vantIconWxss: string | undefined,
 *   toolsNpmBuilt: boolean,
 *   staleCards: readonly string[],
 * }} ProjectState
 */

/**
 * @param {string} root
 * @returns {ProjectState}
 */
function readProjectState(root = ROOT) {
  /** @param {string} file */
  const read = (file) => {
    const full = path.join(root, file);
    return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
  };
  /** @type {Record<string, string | undefined>} */
  const titles = {};
  for (const file of TITLE_FILES) {
    const json = JSON.parse(read(file) ?? '{}');
    titles[file] = (json.window ?? json).navigationBarTitleText;
  }
  return {
    projectAppid: JSON.parse(read('project.config.json') ?? '{}').appid,
    titles,
    vantIconWxss: read(VANT_ICON_WXSS),
    toolsNpmBuilt: SUBPACKAGE_NPM.every((dir) => fs.existsSync(path.join(root, dir))),
    staleCards: staleCards(path.join(root, 'miniprogram')).map((card) => card.file),
  };
}

/**
 * Every string in a value with its path (`contact.person`), for the placeholder scan.
 * @param {unknown} value
 * @param {string} at
 * @returns {[string, string][]}
 */
function stringsOf(value, at) {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringsOf(item, `${at}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${at}.${key}`));
  }
  return [];
}

/**
 * Every contact the school configures: the guide's one and any per kind of trouble.
 * @param {SchoolSettings} school
 * @returns {[string, { person?: unknown }][]}
 */
function contactsOf(school) {
  /** @type {Record<string, { person?: unknown }> | undefined} */
  const perTrouble = /** @type {any} */ (school).contactFor;
  return [
    ['schoolSettings.contact', school.contact],
    ...Object.entries(perTrouble ?? {}).map(
      ([kind, contact]) =>
        /** @type {[string, { person?: unknown }]} */ ([
          `schoolSettings.contactFor.${kind}`,
          contact,
        ]),
    ),
  ];
}

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/**
 * The first Beijing day of the current cohort, YYYY-MM-DD.
 * @param {Date} now
 * @param {number} startMonth
 */
function cohortStartDay(now, startMonth) {
  const month =
    Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12 ? startMonth : 9;
  return `${currentCohortYear(now, startMonth)}-${pad(month)}-01`;
}

/**
 * The QR prefix through the app's own parser: every route's code, as WeChat hands it to the
 * entry page, must open that route. Returns the first failure, or ''.
 * @param {string} prefix
 * @param {readonly string[]} registered all prefixes the app accepts
 */
function prefixFailure(prefix, registered) {
  if (!/^https?:\/\/[^/?#\s]+\/[^?#\s]*$/i.test(prefix)) return 'not-an-http-prefix';
  const options = { ...ENTRY_OPTIONS, prefixes: registered };
  for (const route of routes) {
    const url = qrLinkUrl(prefix, route.code);
    const result = parseEntry(
      { query: { q: encodeURIComponent(url), scancode_time: '0' }, scene: 1011 },
      options,
    );
    if (!result.ok) return result.error;
    if (result.route !== route.code) return `opens ${result.route} for ${route.code}`;
  }
  return '';
}

/**
 * Why the first college's confirmation of the shipped values does not hold, or '' when it does:
 * it names this configuration's (real) appid, who confirmed, and a day since this cohort began.
 * @param {import('../../miniprogram/content/staff-config').ShippedValuesConfirmation} confirmation
 * @param {string} appId the configured appid
 * @param {boolean} appIdOk whether that appid is a real one
 * @param {Date} now
 * @param {string} cohortStart YYYY-MM-DD
 */
function confirmationFailure(confirmation, appId, appIdOk, now, cohortStart) {
  const record = 'shippedValuesConfirmed（第一所学校对自带值的确认）';
  if (!appIdOk) return `${record}要和你校的 AppID 一起用：先填好 appId。`;
  if (confirmation.appId !== appId) {
    return `${record}是 AppID ${String(confirmation.appId)} 的，不是这里配置的 ${appId}：只有${SHIPPED_VALUES.fullName}能用自己的 AppID 确认这些值。别的学校把学校全称和联系人改成自己的，再删掉这条确认。`;
  }
  if (
    typeof confirmation.by !== 'string' ||
    confirmation.by.trim() === '' ||
    PLACEHOLDER_WORDS.test(confirmation.by)
  ) {
    return `${record}没写是谁确认的：by 填确认人，如“教务处 张老师”。`;
  }
  const today = new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const on = String(confirmation.on);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on > today) {
    return `${record}的日期“${on}”不对：on 填确认当天，写成 YYYY-MM-DD。`;
  }
  if (on < cohortStart) {
    return `${record}是 ${on} 做的，早于本届（${cohortStart} 起）：每年迎新前和联系人重新确认学校全称和联系人，再把 on 改成确认当天。`;
  }
  return '';
}

/**
 * Everything that must change before publishing, in the order a teacher fixes it.
 * @param {{
 *   school?: SchoolSettings,
 *   staff?: StaffConfig,
 *   state?: ProjectState,
 *   env?: Record<string, string | undefined>,
 *   now?: Date,
 *   contentCheckedOn?: string,
 * }} [input]
 * @returns {ConfigProblem[]}
 */
function configProblems(input = {}) {
  const school = input.school ?? schoolSettings;
  const staff = input.staff ?? staffConfig;
  const state = input.state ?? readProjectState();
  const env = input.env ?? process.env;
  const now = input.now ?? new Date();
  const checkedOn = input.contentCheckedOn ?? CONTENT_CHECKED_ON;
  /** @type {ConfigProblem[]} */
  const problems = [];
  /** @param {string} field @param {string} message */
  const add = (field, message) => problems.push({ field, message });

  const appIdOk = /^wx[0-9a-f]{16}$/.test(staff.appId) && staff.appId !== PLACEHOLDER_APPID;
  const cohort = currentCohortYear(now, school.cohortStartMonth);
  const cohortStart = cohortStartDay(now, school.cohortStartMonth);

  // The first college's values, still in place: refused unless that college confirmed them.
  const shippedName = school.fullName === SHIPPED_VALUES.fullName;
  const shippedContacts = contactsOf(school).filter(
    ([, contact]) => contact.person === SHIPPED_VALUES.contactPerson,
  );
  const confirmation = staff.shippedValuesConfirmed;
  let confirmed = false;
  if ((shippedName || shippedContacts.length > 0) && confirmation !== undefined) {
    const failure = confirmationFailure(confirmation, staff.appId, appIdOk, now, cohortStart);
    if (failure === '') confirmed = true;
    else add('staffSettings.shippedValuesConfirmed', failure);
  }
  const ifFirst = `如果你校就是${SHIPPED_VALUES.fullName}，按 docs/deploy.md 第 4 步填 shippedValuesConfirmed。`;
  if (shippedName && !confirmed) {
    add(
      'schoolSettings.fullName',
      `学校全称还是仓库自带的“${SHIPPED_VALUES.fullName}”：改成你校在学信网上的学校全称，与学籍学历信息里的写法一字不差。${ifFirst}`,
    );
  }
  for (const [field] of confirmed ? [] : shippedContacts) {
    add(
      `${field}.person`,
      `联系人还是仓库自带的“${SHIPPED_VALUES.contactPerson}”（2022 年原指南里的老师）：改成你校学生学籍有误时该找的老师，并先和他/她确认。${ifFirst}`,
    );
  }

  // Placeholders.
  if (!appIdOk) {
    add(
      'staffSettings.appId',
      `appId“${staff.appId}”不是你的小程序 AppID：到微信公众平台 → 开发管理 → 开发设置 → 开发者 ID，复制 AppID（wx 开头，共 18 位）填进来。`,
    );
  }
  if (staff.appName.trim() === '' || staff.appName === PLACEHOLDER_APP_NAME) {
    add(
      'staffSettings.appName',
      `小程序名称还是“${staff.appName}”：这是纯功能描述，微信会以“通用词”拒绝。填你在公众平台注册的名称，以学校简称开头，如“××职院新生学籍核对”。`,
    );
  } else if (/学信|chsi/i.test(staff.appName)) {
    add(
      'staffSettings.appName',
      `小程序名称“${staff.appName}”里有“学信网/CHSI”：名称不能用不属于你校的品牌，会被当作仿冒拒绝。去掉它，以学校简称开头。`,
    );
  }
  const reported = new Set(problems.map((problem) => problem.field));
  for (const [field, value] of [
    ...stringsOf(school, 'schoolSettings'),
    ...stringsOf(staff, 'staffSettings'),
  ]) {
    // A value already reported, or inside one (shippedValuesConfirmed.by), is not reported twice.
    const inReported = [...reported].some((done) => field === done || field.startsWith(`${done}.`));
    if (!inReported && PLACEHOLDER_WORDS.test(value)) {
      reported.add(field);
      add(field, `“${value}”是占位值，不是你校的：换成真实的值。`);
    }
  }

  // One appid: project.config.json (DevTools, upload) and WX_APPID follow the configuration.
  if (appIdOk && state.projectAppid !== staff.appId) {
    add(
      'project.config.json appid',
      `project.config.json 里的 appid（${String(state.projectAppid)}）和配置里的 appId（${staff.appId}）不一致：运行 npm run check -- --fix 自动改好。`,
    );
  }
  const envAppid = (env.WX_APPID ?? '').trim();
  if (envAppid !== '' && envAppid !== staff.appId) {
    add(
      '环境变量 WX_APPID',
      `环境变量 WX_APPID（${envAppid}）和配置里的 appId（${staff.appId}）不一致：appId 只在 ${CONFIG_FILE} 填一次，去掉 WX_APPID 即可。`,
    );
  }
  for (const [file, title] of Object.entries(state.titles)) {
    if (title !== staff.appName) {
      add(
        `${file} navigationBarTitleText`,
        `${file} 的标题“${String(title)}”和小程序名称“${staff.appName}”不一致：运行 npm run check -- --fix 自动改好。`,
      );
    }
  }

  // The bundled share-card pictures carry the app's name: drawn again when it (or a card) changed.
  if (state.staleCards.length > 0) {
    add(
      '转发卡片图片',
      `${state.staleCards.map((file) => `miniprogram/${file}`).join('、')} 是按旧的名称或文字画的（卡片上印着小程序名称）：运行 npm run check -- --fix 重画（要用到电脑上的 Chrome 或 Edge）。`,
    );
  }

  // The year and the dates of this cohort.
  if (school.pinnedEnrollmentYear !== undefined && school.pinnedEnrollmentYear < cohort) {
    add(
      'schoolSettings.pinnedEnrollmentYear',
      `入学年份固定为 ${school.pinnedEnrollmentYear}，但按北京时间现在入学的是 ${cohort} 级：新生会在学信网填错入学年份。删掉 pinnedEnrollmentYear 这一行（自动按当年算），或改成 ${cohort}。`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checkedOn) || checkedOn < cohortStart) {
    add(
      'CONTENT_CHECKED_ON',
      `内容核对日期 CONTENT_CHECKED_ON（miniprogram/content/sources.ts）是 ${checkedOn}，早于本届（${cohort} 级，${cohortStart} 起）：对照原指南和所列资料重新核对内容，再把日期改成核对当天。`,
    );
  }
  const window = school.checkWindow;
  const malformed = window ? checkWindowProblems(window) : [];
  if (malformed.length > 0) {
    // The app would quietly say 按学校通知 instead of the school's dates.
    add(
      'schoolSettings.checkWindow',
      `核对时间写得不对（${malformed.join('；')}）：日期写成 YYYY-MM-DD，截止时刻写成 HH:MM，截止日不早于开始日。写错时小程序只会说“按学校通知”。`,
    );
  } else if (window && window.end < cohortStart) {
    add(
      'schoolSettings.checkWindow',
      `核对时间（截止 ${window.end}）是往届的：改成学校今年通知里的起止日期，或删掉 checkWindow（页面会说“按学校通知”）。`,
    );
  }

  // The QR prefix, through the app's own parser.
  const registered = [staff.qrLinkPrefix, ...staff.previousQrLinkPrefixes];
  for (const [field, prefix] of [
    ['staffSettings.qrLinkPrefix', staff.qrLinkPrefix],
    ...staff.previousQrLinkPrefixes.map((value, index) => [
      `staffSettings.previousQrLinkPrefixes[${index}]`,
      value,
    ]),
  ]) {
    const failure = prefixFailure(String(prefix), registered);
    if (failure !== '') {
      add(
        String(field),
        `二维码前缀“${prefix}”生成的码，小程序自己会当作无法识别（${failure}）：写成 http(s)://域名/路径/ 的形式（以 / 结尾，不带 ? 和 #），并与公众平台“扫普通链接二维码打开小程序”里登记的规则一字不差。`,
      );
    }
  }

  // Vant as `npm install` builds it (DevTools' 构建 npm would bring the CDN icon font back).
  if (state.vantIconWxss === undefined || !state.toolsNpmBuilt) {
    add(
      'miniprogram_npm',
      `${state.vantIconWxss === undefined ? VANT_ICON_WXSS : SUBPACKAGE_NPM.join('、')} 不存在：运行 npm install（它会构建 miniprogram_npm）。不要用开发者工具的“构建 npm”。`,
    );
  } else if (/alicdn|url\(\s*['"]?(https?:)?\/\//i.test(state.vantIconWxss)) {
    add(
      'miniprogram_npm',
      `${VANT_ICON_WXSS} 的图标字体又指向了网上（at.alicdn.com），多半是在开发者工具里点了“构建 npm”：运营商屏蔽时所有图标会消失。运行 npm install 重新生成，以后不要点“构建 npm”。`,
    );
  }
  return problems;
}

/**
 * What `npm run check` prints: each problem numbered, or that all is well.
 * @param {readonly ConfigProblem[]} problems
 */
function formatProblems(problems) {
  if (problems.length === 0) return '配置检查通过：可以构建和上传。';
  return [
    `配置检查没通过，有 ${problems.length} 处要改（除非另有说明，都在 ${CONFIG_FILE} 里改）：`,
    ...problems.map((problem, index) => `  ${index + 1}. [${problem.field}] ${problem.message}`),
    '改完再运行 npm run check。步骤见 docs/deploy.md。',
  ].join('\n');
}

/**
 * Copies the configuration's appid into project.config.json and its name into the pages' title
 * bars (JSON cannot import it). Only once the appid is real: until then DevTools keeps its
 * 测试号 (touristappid). Returns the files changed.
 * @param {string} [root]
 * @param {StaffConfig} [staff]
 * @returns {string[]}
 */
function applyFixes(root = ROOT, staff = staffConfig) {
  /** @type {string[]} */
  const changed = [];
  /** @param {string} file @param {RegExp} pattern @param {string} value */
  const replace = (file, pattern, value) => {
    const full = path.join(root, file);
    const text = fs.readFileSync(full, 'utf8');
    const next = text.replace(pattern, (_, head) => `${head}${JSON.stringify(value)}`);
    if (next !== text) {
      fs.writeFileSync(full, next);
      changed.push(file);
    }
  };
  if (/^wx[0-9a-f]{16}$/.test(staff.appId) && staff.appId !== PLACEHOLDER_APPID) {
    replace('project.config.json', /("appid":\s*)"[^"]*"/, staff.appId);
  }
  for (const file of TITLE_FILES) {
    replace(file, /("navigationBarTitleText":\s*)"[^"]*"/, staff.appName);
  }
  return changed;
}

module.exports = {
  CONFIG_FILE,
  SHIPPED_VALUES,
  TITLE_FILES,
  applyFixes,
  configProblems,
  formatProblems,
  readProjectState,
};
