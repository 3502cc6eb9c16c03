// Who to contact for which trouble, and the ready-made messages: pure, without a renderer.
import { contactLines } from '../../miniprogram/content/contact';
import {
  chsiServiceMessage,
  contactCardView,
  teacherMessage,
} from '../../miniprogram/guide/content/contact-card';
import { findProblem, MSG_REQUEST_CANCELLED } from '../../miniprogram/content/problems';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { sections } from '../../miniprogram/content/sections';

test('record errors go to the school, account problems to CHSI, never the other way round', () => {
  const [record, account] = contactLines();
  expect(record).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
  expect(record).not.toContain(schoolConfig.chsiServiceEmail);
  expect(account).toContain(schoolConfig.chsiServiceEmail);
  expect(account).toContain('学校没有管理权限');
  expect(account).not.toContain(schoolConfig.contact.person);
});

test('with no phone configured there is no call button; with one there is', () => {
  // Its own contacts, whatever this checkout configures.
  const { office, person } = schoolConfig.contact;
  const bare = contactCardView('record', undefined, {
    ...schoolConfig,
    contact: { office, person },
  });
  expect(bare.phone).toBe('');
  expect(bare.phoneLabel).toBe('');
  expect(bare.lines).toHaveLength(1);
  const phone = '0830-1234567';
  const card = contactCardView('record', undefined, {
    ...schoolConfig,
    contact: { office, person, phone },
  });
  expect(card.phone).toBe(phone);
  expect(card.phoneLabel).toBe(`打电话：${phone}`);
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
