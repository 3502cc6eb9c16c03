// A wholly different college's configuration, filled in as a second college would (every value
// differs from what the repository ships). Tests that depend on the configuration run with it
// too (test/pages/other-college.test.ts mocks content/college.ts with it), so any valid
// configuration passes them. Imports nothing that reads the configuration.
import { currentCohortYear } from '../../miniprogram/core/cohort-year';
import type { SchoolSettings } from '../../miniprogram/content/school-config';
import type { StaffConfig } from '../../miniprogram/content/staff-config';

export const OTHER_SCHOOL: SchoolSettings = {
  fullName: '川南应用技术职业学院',
  cohortStartMonth: 8,
  pinnedEnrollmentYear: currentCohortYear(new Date(), 8),
  contact: {
    office: '学生处学籍科',
    person: '王建国老师',
    phone: '0830-1234567',
    room: '行政楼 305 室',
    hours: '工作日 8:30–11:30、14:30–17:30',
  },
  chsiUrl: 'https://www.chsi.com.cn/',
  chsiServiceEmail: 'kefu@chsi.com.cn',
  chsiHelpUrl: 'https://account.chsi.com.cn/account/help/index.jsp',
};

export const OTHER_STAFF: StaffConfig = {
  appName: '川南职院新生学籍核对',
  qrLinkPrefix: 'https://www.cnyy.edu.cn/xueji/',
  previousQrLinkPrefixes: ['https://www.cnyy.edu.cn/xj2025/'],
  appId: 'wx3f9a2c1d4e5b6a70',
  menu: [
    {
      name: '新生学籍',
      items: [
        { name: '从这里开始', route: 'home' },
        { name: '证件重号验证', route: 'p3' },
        { name: '同学协助验证', route: 'assist' },
      ],
    },
  ],
  // The content still comes from the first college's guide: credited to its author, not to us.
  guideSource: {
    organisation: '四川西南航空职业学院',
    title: '新生学信网学籍查询方法及常见问题处理办法',
    label: '附件 1',
    year: 2022,
  },
};
