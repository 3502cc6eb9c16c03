// The one file a college edits for its own deployment: the school's values (what students read)
// and the staff values (the app's name, appid, QR prefix, menu, the original guide's credit).
// Everything else reads these through content/school-config.ts and content/staff-config.ts.
// `npm run check` says, in Chinese, what still has to change before publishing; the staff guide
// (docs/deploy.md) explains every value. Values marked PLACEHOLDER must be replaced.
import type { SchoolSettings } from './school-config';
import type { StaffConfig } from './staff-config';

export const schoolSettings: SchoolSettings = {
  fullName: '四川西南航空职业学院',
  cohortStartMonth: 9,
  contact: { office: '教务处', person: '周娟老师' },
  chsiUrl: 'https://www.chsi.com.cn/',
  chsiServiceEmail: 'kefu@chsi.com.cn',
  chsiHelpUrl: 'https://account.chsi.com.cn/account/help/index.jsp',
  // From the school's own notice, when it has one (left out: the app says 按学校通知, never a date):
  // checkWindow: { start: '2026-10-08', end: '2026-10-31', cutoffTime: '17:00' },
  // studentIdSource: '录取通知书上；还没有的问辅导员',
  // The contact may add wechat, qq, email, phone, room, hours; another contact per kind of trouble:
  // contactFor: { 'no-record': { office: '招生办', person: '李老师', qq: '12345' } },
};

export const staffSettings: StaffConfig = {
  // PLACEHOLDER: a bare functional name; WeChat refuses it. Start with the college's short name.
  appName: '学籍核对助手',
  // PLACEHOLDER: example.com never belongs to a college.
  qrLinkPrefix: 'https://qr.example.com/xueji/',
  previousQrLinkPrefixes: [],
  // PLACEHOLDER until the college fills it in (开发管理 → 开发设置 → 开发者 ID).
  appId: 'wx0000000000000000',
  menu: [
    {
      name: '学籍核对',
      items: [
        { name: '从这里开始', route: 'home' },
        { name: '注册学信网', route: 'reg' },
        { name: '登录并核对', route: 'check' },
      ],
    },
    {
      name: '常见问题',
      items: [
        { name: '证件号已被注册', route: 'p2' },
        { name: '证件重号验证', route: 'p3' },
        { name: '同学协助验证', route: 'assist' },
        { name: '找回用户名密码', route: 'p4' },
        { name: '还在未查名单', route: 'p5' },
      ],
    },
  ],
  guideSource: {
    organisation: '四川西南航空职业学院',
    title: '新生学信网学籍查询方法及常见问题处理办法',
    label: '附件 1',
    year: 2022,
  },
  // Only the college these school values came with, once it has confirmed they are its own
  // (docs/deploy.md 第 4 步); any other college changes the values instead:
  // shippedValuesConfirmed: { appId: 'wx…', by: '教务处 某老师', on: 'YYYY-MM-DD' },
};
