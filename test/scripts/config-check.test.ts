/**
 * @jest-environment node
 */
// `npm run check`: a configuration that still holds the shipped college's values or placeholders
// is refused value by value; a filled one passes; each other fault is caught on its own; `--fix`
// copies the appid and the name where JSON cannot import them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  PLACEHOLDER_APPID,
  PLACEHOLDER_APP_NAME,
  staffConfig,
} from '../../miniprogram/content/staff-config';
import { currentCohortYear } from '../../miniprogram/core/cohort-year';
import {
  SHIPPED_VALUES,
  TITLE_FILES,
  applyFixes,
  configProblems,
  formatProblems,
  readProjectState,
} from '../../scripts/lib/config-check';
import { filledState } from '../helpers/filled-state';
import { OTHER_SCHOOL, OTHER_STAFF } from '../helpers/other-college';

const ROOT = path.resolve(__dirname, '../..');
const NOW = new Date('2026-12-07T04:00:00Z');
const SCHOOL = { ...OTHER_SCHOOL, pinnedEnrollmentYear: currentCohortYear(NOW, 8) };
const FILLED = {
  school: SCHOOL,
  staff: OTHER_STAFF,
  state: filledState(),
  env: {},
  now: NOW,
  contentCheckedOn: '2026-12-01',
};
type Input = NonNullable<Parameters<typeof configProblems>[0]>;
const fieldsOf = (input: Input): string[] => configProblems(input).map((problem) => problem.field);

test('a filled configuration passes', () => {
  expect(configProblems(FILLED)).toEqual([]);
  expect(formatProblems([])).toBe('配置检查通过：可以构建和上传。');
});

test('the configuration as shipped is refused, naming each value still to change', () => {
  const shipped: Input = {
    ...FILLED,
    school: {
      ...SCHOOL,
      fullName: SHIPPED_VALUES.fullName,
      contact: { office: '教务处', person: SHIPPED_VALUES.contactPerson },
    },
    staff: {
      ...OTHER_STAFF,
      appId: PLACEHOLDER_APPID,
      appName: PLACEHOLDER_APP_NAME,
      qrLinkPrefix: 'https://qr.example.com/xueji/',
    },
    state: { ...filledState(), projectAppid: 'touristappid' },
  };
  const problems = configProblems(shipped);
  expect(problems.map((problem) => problem.field)).toEqual([
    'schoolSettings.fullName',
    'schoolSettings.contact.person',
    'staffSettings.appId',
    'staffSettings.appName',
    'staffSettings.qrLinkPrefix',
    ...TITLE_FILES.map((file) => `${file} navigationBarTitleText`),
  ]);
  const text = formatProblems(problems);
  for (const value of [
    SHIPPED_VALUES.fullName,
    SHIPPED_VALUES.contactPerson,
    PLACEHOLDER_APPID,
    PLACEHOLDER_APP_NAME,
    'https://qr.example.com/xueji/',
  ]) {
    expect(text).toContain(value);
  }
  expect(text).toMatch(/^配置检查没通过，有 8 处要改/);
  // The placeholder appid is not also reported as a project.config.json mismatch (touristappid).
  expect(text).not.toContain('project.config.json 里的 appid');
});

test('each other fault is caught on its own, with what to do', () => {
  const cases: [string, Input, string, RegExp][] = [
    [
      'project.config.json names another appid',
      { ...FILLED, state: { ...filledState(), projectAppid: 'touristappid' } },
      'project.config.json appid',
      /npm run check -- --fix/,
    ],
    [
      'WX_APPID names another appid',
      { ...FILLED, env: { WX_APPID: 'wx0123456789abcdef' } },
      '环境变量 WX_APPID',
      /去掉 WX_APPID/,
    ],
    [
      'a title bar shows another name',
      {
        ...FILLED,
        state: {
          ...filledState(),
          titles: { ...filledState().titles, 'miniprogram/app.json': '学籍核对助手' },
        },
      },
      'miniprogram/app.json navigationBarTitleText',
      /--fix/,
    ],
    [
      'a pinned year older than this cohort',
      { ...FILLED, school: { ...SCHOOL, pinnedEnrollmentYear: 2025 } },
      'schoolSettings.pinnedEnrollmentYear',
      /2026 级/,
    ],
    [
      'content last checked before this cohort began',
      { ...FILLED, contentCheckedOn: '2026-07-31' },
      'CONTENT_CHECKED_ON',
      /2026-08-01 起/,
    ],
    [
      'a prefix with a query the app cannot parse',
      {
        ...FILLED,
        staff: { ...OTHER_STAFF, qrLinkPrefix: 'https://www.cnyy.edu.cn/xueji/?from=qr' },
      },
      'staffSettings.qrLinkPrefix',
      /以 \/ 结尾/,
    ],
    [
      'an older prefix that is not a web address',
      { ...FILLED, staff: { ...OTHER_STAFF, previousQrLinkPrefixes: ['cnyy.edu.cn/xj/'] } },
      'staffSettings.previousQrLinkPrefixes[0]',
      /无法识别/,
    ],
    [
      'a name that borrows CHSI’s brand',
      {
        ...FILLED,
        staff: { ...OTHER_STAFF, appName: '川南学信网学籍核对' },
        state: filledState({ ...OTHER_STAFF, appName: '川南学信网学籍核对' }),
      },
      'staffSettings.appName',
      /仿冒/,
    ],
    [
      'a value left as 待填',
      { ...FILLED, school: { ...SCHOOL, contact: { ...SCHOOL.contact, room: '待填' } } },
      'schoolSettings.contact.room',
      /占位值/,
    ],
    [
      'a Vant icon font pointing at the CDN again (DevTools 构建 npm)',
      {
        ...FILLED,
        state: {
          ...filledState(),
          vantIconWxss: '@font-face{font-family:vant-icon;src:url(//at.alicdn.com/t/font.woff2)}',
        },
      },
      'miniprogram_npm',
      /构建 npm/,
    ],
    [
      'the tools subpackage’s Vant copy missing',
      { ...FILLED, state: { ...filledState(), toolsNpmBuilt: false } },
      'miniprogram_npm',
      /npm install/,
    ],
    [
      'a share-card picture drawn with the old name',
      { ...FILLED, state: { ...filledState(), staleCards: ['assets/guide-card.png'] } },
      '转发卡片图片',
      /miniprogram\/assets\/guide-card\.png.*npm run check -- --fix/,
    ],
    [
      'a check window written so the app cannot read it (it would say 按学校通知)',
      {
        ...FILLED,
        school: {
          ...SCHOOL,
          checkWindow: { start: '2026-10-8', end: '2026-10-31', cutoffTime: '17:00' },
        },
      },
      'schoolSettings.checkWindow',
      /checkWindow\.start: YYYY-MM-DD/,
    ],
    [
      'a check window from an earlier year',
      {
        ...FILLED,
        school: {
          ...SCHOOL,
          checkWindow: { start: '2025-09-10', end: '2025-10-31', cutoffTime: '17:00' },
        },
      },
      'schoolSettings.checkWindow',
      /往届/,
    ],
  ];
  for (const [what, input, field, message] of cases) {
    const problems = configProblems(input);
    expect({ what, fields: problems.map((problem) => problem.field) }).toEqual({
      what,
      fields: [field],
    });
    expect(problems[0]?.message).toMatch(message);
  }
});

describe('the first college confirms the shipped values are its own', () => {
  // The repository's own college, filled in: its name and contact as shipped, its real appid.
  const FIRST_APPID = 'wx1a2b3c4d5e6f7081';
  const firstSchool = {
    ...SCHOOL,
    fullName: SHIPPED_VALUES.fullName,
    contact: { office: '教务处', person: SHIPPED_VALUES.contactPerson },
  };
  const confirmation = { appId: FIRST_APPID, by: '教务处 张老师', on: '2026-11-20' };
  const first = (staff: Partial<typeof OTHER_STAFF> = {}): Input => {
    const filled = { ...OTHER_STAFF, appId: FIRST_APPID, ...staff };
    return { ...FILLED, school: firstSchool, staff: filled, state: filledState(filled) };
  };

  test('with a current confirmation for its own appid, the shipped values pass', () => {
    expect(fieldsOf(first({ shippedValuesConfirmed: confirmation }))).toEqual([]);
  });

  test('without one they are refused, and the message says how the first college confirms', () => {
    const problems = configProblems(first());
    expect(problems.map((problem) => problem.field)).toEqual([
      'schoolSettings.fullName',
      'schoolSettings.contact.person',
    ]);
    for (const problem of problems) expect(problem.message).toContain('shippedValuesConfirmed');
  });

  test('another college cannot reuse the record: another appid, or none yet', () => {
    const copied = { shippedValuesConfirmed: confirmation };
    const second = first({ ...copied, appId: OTHER_STAFF.appId });
    const problems = configProblems(second);
    expect(problems.map((problem) => problem.field)).toEqual([
      'staffSettings.shippedValuesConfirmed',
      'schoolSettings.fullName',
      'schoolSettings.contact.person',
    ]);
    expect(problems[0]?.message).toContain(FIRST_APPID);
    expect(problems[0]?.message).toContain('别的学校');
    // With the placeholder appid the record confirms nothing either.
    expect(fieldsOf(first({ ...copied, appId: PLACEHOLDER_APPID }))).toEqual(
      expect.arrayContaining([
        'staffSettings.shippedValuesConfirmed',
        'schoolSettings.fullName',
        'staffSettings.appId',
      ]),
    );
  });

  test('a record from before this cohort, without who, or not a past day is refused', () => {
    const cases: [Partial<typeof confirmation>, RegExp][] = [
      [{ on: '2026-07-31' }, /早于本届（2026-08-01 起）/],
      [{ by: '  ' }, /谁确认/],
      [{ by: '待填' }, /谁确认/],
      [{ on: '2026-12-08' }, /YYYY-MM-DD/],
      [{ on: '2026/11/20' }, /YYYY-MM-DD/],
    ];
    for (const [change, message] of cases) {
      const problems = configProblems(
        first({ shippedValuesConfirmed: { ...confirmation, ...change } }),
      );
      expect({ change, fields: problems.map((problem) => problem.field) }).toEqual({
        change,
        fields: [
          'staffSettings.shippedValuesConfirmed',
          'schoolSettings.fullName',
          'schoolSettings.contact.person',
        ],
      });
      expect(problems[0]?.message).toMatch(message);
    }
  });

  test('a college with its own values is not asked about the record', () => {
    const stale = { ...confirmation, appId: 'wx0123456789abcdef', on: '2020-01-01' };
    expect(
      fieldsOf({ ...FILLED, staff: { ...OTHER_STAFF, shippedValuesConfirmed: stale } }),
    ).toEqual([]);
  });
});

test('the check runs the app’s own parser on the prefix: a variant the parser refuses is refused', () => {
  // An older prefix on another domain is fine: the app accepts every registered prefix.
  expect(
    fieldsOf({
      ...FILLED,
      staff: { ...OTHER_STAFF, previousQrLinkPrefixes: ['https://other.edu.cn/'] },
    }),
  ).toEqual([]);
  expect(
    fieldsOf({ ...FILLED, staff: { ...OTHER_STAFF, qrLinkPrefix: 'ftp://cnyy.edu.cn/x/' } }),
  ).toEqual(['staffSettings.qrLinkPrefix']);
});

test('--fix copies the appid into project.config.json and the name into the title bars', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-fix-'));
  for (const file of ['project.config.json', ...TITLE_FILES]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  // Start from the state of a fresh clone (DevTools' 测试号, the shipped name), whatever this
  // checkout holds, so the fix has something to change.
  applyFixes(dir, { ...OTHER_STAFF, appId: 'wx0000000000000001', appName: PLACEHOLDER_APP_NAME });
  fs.writeFileSync(
    path.join(dir, 'project.config.json'),
    fs
      .readFileSync(path.join(dir, 'project.config.json'), 'utf8')
      .replace(/("appid":\s*)"[^"]*"/, '$1"touristappid"'),
  );
  const before = fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8');
  // A placeholder appid is never written: DevTools keeps its 测试号 until the real one is in.
  applyFixes(dir, { ...OTHER_STAFF, appId: PLACEHOLDER_APPID });
  expect(fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8')).toBe(before);
  const changed = applyFixes(dir, OTHER_STAFF);
  expect(changed).toContain('project.config.json');
  const state = readProjectState(dir);
  expect(state.projectAppid).toBe(OTHER_STAFF.appId);
  expect(Object.values(state.titles)).toEqual(TITLE_FILES.map(() => OTHER_STAFF.appName));
  // Only the value changed: the file keeps its formatting (Prettier's check stays green).
  const after = fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8');
  expect(after.split('\n').length).toBe(before.split('\n').length);
  expect(applyFixes(dir, OTHER_STAFF)).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('this checkout’s JSON copies agree with the configuration (npm run check -- --fix was run)', () => {
  const state = readProjectState(ROOT);
  expect(Object.values(state.titles)).toEqual(TITLE_FILES.map(() => staffConfig.appName));
  const placeholder = staffConfig.appId === PLACEHOLDER_APPID;
  expect(state.projectAppid).toBe(placeholder ? 'touristappid' : staffConfig.appId);
});

test('the share-card pictures are read from disk: a missing or redrawn-elsewhere one is stale', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-cards-'));
  const cards = ['assets/guide-card.png', 'helper/assets/reply-card.png'];
  expect(readProjectState(ROOT).staleCards).toEqual([]);
  expect(readProjectState(dir).staleCards).toEqual(expect.arrayContaining(cards));
  for (const card of cards) {
    fs.mkdirSync(path.dirname(path.join(dir, 'miniprogram', card)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'miniprogram', card), path.join(dir, 'miniprogram', card));
  }
  // The reply card drawn as the guide card: another layout's fingerprint.
  fs.copyFileSync(
    path.join(ROOT, 'miniprogram', cards[0] ?? ''),
    path.join(dir, 'miniprogram', cards[1] ?? ''),
  );
  const stale = readProjectState(dir).staleCards;
  expect(stale).toContain(cards[1]);
  expect(stale).not.toContain(cards[0]);
  fs.rmSync(dir, { recursive: true, force: true });
});
