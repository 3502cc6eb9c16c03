// The pages that depend on the configuration, run with a wholly different college (every school
// and staff value changed, as a second college fills in content/college.ts): what students read
// is that college's, the original guide is credited to its author, and nothing of the shipped
// configuration is left on screen.
import { OTHER_SCHOOL, OTHER_STAFF } from '../helpers/other-college';
import { SHIPPED_VALUES } from '../../scripts/lib/config-check';
import { PLACEHOLDER_APP_NAME } from '../../miniprogram/content/staff-config';
import { currentCohortYear } from '../../miniprogram/core/cohort-year';
import { find, openPage, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

jest.mock('../../miniprogram/content/college', () => {
  const other = jest.requireActual<typeof import('../helpers/other-college')>(
    '../helpers/other-college',
  );
  return { schoolSettings: other.OTHER_SCHOOL, staffSettings: other.OTHER_STAFF };
});

const GUIDE = OTHER_STAFF.guideSource;
const CREDIT = `${GUIDE.organisation}《${GUIDE.title}》（${GUIDE.label}，${String(GUIDE.year)} 年）`;
const MADE_BY = `本小程序由${OTHER_SCHOOL.fullName}制作，不是学信网官方。`;
const CONTACT = `${OTHER_SCHOOL.contact.office}${OTHER_SCHOOL.contact.person}`;

beforeEach(() => {
  wxControl.reset();
});

/** The page's text without the original guide's credit, which names its author on purpose. */
function withoutCredit(text: string): string {
  return text.split(CREDIT).join('').split(`${GUIDE.organisation}的指南`).join('');
}

function expectNothingShipped(text: string): void {
  const rest = withoutCredit(text);
  expect(rest).not.toContain(SHIPPED_VALUES.fullName);
  expect(rest).not.toContain(SHIPPED_VALUES.contactPerson);
  expect(rest).not.toContain(PLACEHOLDER_APP_NAME);
  expect(rest).not.toContain('example.com');
}

test('home says which college made it and that it is not CHSI, with that college’s contact', async () => {
  const page = await openPage('pages/home/index');
  expect(textOf(find(page, '.made-by'))).toBe(MADE_BY);
  const text = textOf(page);
  expect(text).toContain(CONTACT);
  expectNothingShipped(text);
});

test('privacy says who made it, credits the original guide to its author, and names the app', async () => {
  const page = await openPage('pages/privacy/index');
  const text = textOf(page);
  expect(text).toContain(MADE_BY);
  expect(text).toContain(`原始指南：${CREDIT}`);
  expectNothingShipped(text);
  const share = (
    page.instance as unknown as { onShareAppMessage: (options: unknown) => { title: string } }
  ).onShareAppMessage({ from: 'menu' });
  expect(share.title).toContain(OTHER_STAFF.appName);
});

test('problem 3 gives that college’s full name and its year, and calls the guide another college’s', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '3' });
  const text = textOf(page);
  expect(text).toContain(`学校全称：${OTHER_SCHOOL.fullName}`);
  expect(text).toContain(`入学年份：${String(currentCohortYear(new Date(), 8))}`);
  expect(text).toContain(`以上是${GUIDE.organisation}的指南（${String(GUIDE.year)} 年）里的步骤`);
  expect(text).not.toContain('学院指南');
  expectNothingShipped(text);
});

test('the register section names whose guide its four notes come from', async () => {
  const text = textOf(await openPage('guide/pages/section/index', { id: 'register' }));
  expect(text).toContain(`${GUIDE.organisation}的指南里的四条注意`);
  expect(text).not.toContain('学院指南的四条注意');
});

test('the report part shows that college’s contact, room, hours and a call button', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'login', part: 'report' });
  const text = textOf(page);
  expect(text).toContain(CONTACT);
  expect(text).toContain(String(OTHER_SCHOOL.contact.room));
  expect(text).toContain(String(OTHER_SCHOOL.contact.phone));
  expectNothingShipped(text);
});

test('a QR code under that college’s prefix, or an older one, opens its topic', async () => {
  for (const prefix of [OTHER_STAFF.qrLinkPrefix, ...OTHER_STAFF.previousQrLinkPrefixes]) {
    wxControl.reset();
    const query = { q: encodeURIComponent(`${prefix}?r=p3`), scancode_time: '1788048000' };
    wxControl.enterOptions = { scene: 1011, path: 'pages/entry/index', query };
    await openPage('pages/entry/index', query);
    expect(wxControl.record.navigations.map((nav) => nav.url)).toEqual([
      '/pages/home/index?start=1',
      '/guide/pages/problem/index?id=3',
    ]);
  }
});

test('the password checklist credits the advice to the original guide’s author', async () => {
  const page = await openPage('tools/pages/precheck/index');
  const checklist = textOf(find(page, '.precheck-form', '.password-checklist'));
  expect(checklist).toContain(`${GUIDE.organisation}的指南注册部分的注意第 4 条`);
  expect(checklist).not.toContain('学院指南');
  expect(checklist).not.toContain('学校的建议');
});
