// Who to contact for which trouble, and the ready-made messages: pure, without a renderer.
import { contactLines } from '../../miniprogram/content/contact';
import {
  chsiServiceMessage,
  contactCardView,
  teacherMessage,
} from '../../miniprogram/guide/content/contact-card';
import { findProblem, MSG_REQUEST_CANCELLED } from '../../miniprogram/content/problems';
import {
  resolveSchoolConfig,
  schoolConfig,
  schoolSettings,
} from '../../miniprogram/content/school-config';
import { sections } from '../../miniprogram/content/sections';

test('record errors go to the school, account problems to CHSI, never the other way round', () => {
  const [record, account] = contactLines();
  expect(record).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
  expect(record).not.toContain(schoolConfig.chsiServiceEmail);
  expect(account).toContain(schoolConfig.chsiServiceEmail);
  expect(account).toContain('学校没有管理权限');
  expect(account).not.toContain(schoolConfig.contact.person);
});

/** Another college's configuration, with every channel or none. */
const bare = resolveSchoolConfig(
  {
    ...schoolSettings,
    fullName: '某某职业学院',
    contact: { office: '学工处', person: '王老师' },
    // None of the optional values, whatever this checkout configures.
    contactFor: undefined,
    checkWindow: undefined,
    studentIdSource: undefined,
  },
  new Date('2026-10-20T01:00:00Z'),
);
const full = resolveSchoolConfig(
  {
    ...bare,
    contact: {
      office: '学工处',
      person: '王老师',
      phone: '0851-1234567',
      wechat: 'wang-xueji',
      qq: '12345',
      email: 'xueji@example.edu.cn',
      room: '行政楼 201',
      hours: '工作日 9:00–17:00',
    },
    contactFor: { 'no-record': { office: '招生办', person: '李老师', qq: '67890' } },
    checkWindow: { start: '2026-10-08', end: '2026-10-31', cutoffTime: '17:00' },
  },
  new Date('2026-10-20T01:00:00Z'),
);
const NOW = Date.parse('2026-10-20T09:00+08:00');

test('with nothing configured: no call button, no copy chips, 按学校通知 and no invented date', () => {
  const card = contactCardView('record', undefined, bare, [], NOW);
  expect(card.phone).toBe('');
  expect(card.copies).toEqual([]);
  expect(card.lines.join('')).toContain('核对时间按学校通知');
  expect(card.lines.join('')).not.toMatch(/\d+ 月/);
  expect(card.messageTitle).toContain('按学校通知的方式');
  expect(card.messageTitle).not.toContain('微信');
});

test('every configured channel is shown and copyable; the message goes where the college said', () => {
  const card = contactCardView('record', undefined, full, [], NOW);
  const lines = card.lines.join('\n');
  for (const value of [
    'wang-xueji',
    '12345',
    'xueji@example.edu.cn',
    '行政楼 201',
    '工作日 9:00–17:00',
  ])
    expect(lines).toContain(value);
  expect(card.phoneLabel).toBe('打电话：0851-1234567');
  expect(card.copies.map((copy) => copy.text)).toEqual([
    'wang-xueji',
    '12345',
    'xueji@example.edu.cn',
  ]);
  expect(card.messageTitle).toContain('粘贴到微信');
  expect(lines).toContain('学校要求：10 月 31 日 17:00 前核对完（还有 11 天）');
  expect(lines).toContain('证明');
});

test('a kind of trouble with its own contact uses it, with its own channel', () => {
  const card = contactCardView('no-record', undefined, full, [], NOW);
  expect(card.title).toBe('联系招生办李老师');
  expect(card.copies.map((copy) => copy.text)).toEqual(['67890']);
  expect(card.message).toContain('李老师好');
  expect(contactCardView('unchecked', undefined, full, [], NOW).title).toBe('联系学工处王老师');
});

test('the fields marked 不对 are named in the message, with the proof offered', () => {
  const message = contactCardView('record', undefined, full, ['民族', '学号'], NOW).message;
  expect(message).toContain('发现这几项和实际不符：民族、学号。');
  expect(message).not.toContain('例如：民族');
  expect(message).toContain('证明材料');
});

test('the messages quote the exact on-screen words of the problem and ask what was tried', () => {
  expect(teacherMessage(findProblem(6))).toContain(`“${MSG_REQUEST_CANCELLED}”`);
  expect(chsiServiceMessage(findProblem(8))).toContain('“证件号码已注册”');
  expect(chsiServiceMessage()).toContain('（照抄屏幕上提示的原话）');
  expect(teacherMessage()).toContain('学信网上显示：');
  expect(teacherMessage()).toContain('实际应该是：');
});

test('the check section links its “不对” case to the report part, which holds the teacher card', () => {
  const login = sections.find((section) => section.id === 'login');
  const report = login?.parts.find((part) => part.id === 'report');
  expect(
    report?.blocks.some((block) => block.type === 'contact' && block.trouble === 'record'),
  ).toBe(true);
  const check = login?.parts.find((part) => part.id === 'check');
  expect(
    check?.blocks.some(
      (block) =>
        (block.type === 'link' &&
          block.link.to.kind === 'section' &&
          block.link.to.part === 'report') ||
        (block.type === 'checklist' && block.wrong.part === 'report'),
    ),
  ).toBe(true);
});
