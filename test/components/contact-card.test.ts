// The contact card: the school for a wrong record (a set phone number dials on a tap, the
// ready-made message copies), CHSI's recovery pages and service e-mail for account trouble.
import { load, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

jest.mock('../../miniprogram/content/school-config', () => {
  const actual = jest.requireActual<typeof import('../../miniprogram/content/school-config')>(
    '../../miniprogram/content/school-config',
  );
  const settings = {
    ...actual.schoolSettings,
    contact: {
      office: '教务处',
      person: '周娟老师',
      phone: '028-12345678',
      room: '行政楼 201 室',
      hours: '工作日 8:30–11:30',
    },
  };
  return { ...actual, schoolConfig: actual.resolveSchoolConfig(settings, new Date()) };
});

beforeEach(() => {
  wxControl.reset();
});

function renderCard(props: Record<string, unknown>): Rendered {
  const root = simulate.render(load('guide/components/contact-card/index'), props);
  root.attach(document.createElement('parent-wrapper'));
  return root;
}

test('a wrong record goes to the school contact, with office, hours and a phone that dials', async () => {
  const card = renderCard({ trouble: 'record' });
  const text = textOf(card);
  expect(text).toContain('教务处周娟老师');
  expect(text).toContain('行政楼 201 室');
  expect(text).toContain('工作日 8:30–11:30');
  expect(text).not.toContain('kefu@chsi.com.cn');
  const call = card.querySelector('.contact-call');
  expect(call && textOf(call)).toContain('028-12345678');
  await tapVant(call as never, '.van-button');
  expect(wxControl.record.calls).toEqual(['028-12345678']);
  expect(wxControl.record.modals).toEqual([]);
});

test('when the call fails, the number is shown to dial by hand', async () => {
  wxControl.phoneCallFailure = 'makePhoneCall:fail cancel';
  const card = renderCard({ trouble: 'record' });
  await tapVant(card.querySelector('.contact-call') as never, '.van-button');
  await simulate.sleep(0);
  expect(wxControl.record.modals[0]?.content).toContain('028-12345678');
});

test('the message for the teacher copies, quoting what the student saw on that problem', async () => {
  const card = renderCard({ trouble: 'record', problem: 5 });
  await tapVant(card.querySelector('.contact-copy-message') as never, '.van-button');
  await simulate.sleep(0);
  const copied = wxControl.record.clipboard[0] ?? '';
  expect(copied).toContain('周娟老师好');
  expect(copied).toContain('“未查名单”');
  expect(copied).toContain('问题 5');
  expect(copied).toContain('（写下你试过哪几步）');
});

test('account trouble goes to CHSI: recovery first, then the help centre and the e-mail, sourced', async () => {
  const card = renderCard({ trouble: 'account', problem: 6 });
  const text = textOf(card);
  expect(text).toContain('学校没有管理学信网账号的权限');
  expect(text.indexOf('找回用户名')).toBeLessThan(text.indexOf('kefu@chsi.com.cn'));
  expect(text).toContain('https://account.chsi.com.cn/account/help/index.jsp');
  expect(text).toContain('据河南工程学院教务处 2025 年通知');
  // The source closes the card, under the button that copies the e-mail.
  expect(text.indexOf('据河南工程学院')).toBeGreaterThan(text.indexOf('复制邮件内容'));
  expect(card.querySelector('.contact-call')).toBeUndefined();
  await tapVant(card.querySelector('.contact-copy-email') as never, '.van-button');
  await tapVant(card.querySelector('.contact-copy-message') as never, '.van-button');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard[0]).toBe('kefu@chsi.com.cn');
  expect(wxControl.record.clipboard[1]).toContain('“请求被取消，不能频繁使用该功能”');
});
