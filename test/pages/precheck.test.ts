// 填写前自查: typing into the fields shows specific findings per field; nothing is stored.
import { GUIDE_NAME } from '../../miniprogram/content/sources';
import { passwordRules } from '../../miniprogram/tools/core/validators/password';
import {
  all,
  find,
  openPage,
  simulate,
  tapVant,
  textOf,
  type Node,
  type Rendered,
} from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { staffConfig } from '../../miniprogram/content/staff-config';

beforeEach(() => {
  wxControl.reset();
});

/** Types into a field the way the keyboard does: an input event on its <input>. */
async function type(root: Rendered | Node, fieldClass: string, value: string): Promise<void> {
  find(root, '.precheck-form', `.field-${fieldClass}`).dispatchEvent('input', {
    detail: { value },
  });
  await simulate.sleep(0);
}

function fieldText(root: Rendered | Node, fieldClass: string): string {
  return textOf(find(root, '.precheck-form', `.precheck-${fieldClass}`));
}

async function openPrecheck(): Promise<Rendered> {
  return openPage('tools/pages/precheck/index');
}

test('each field says what is wrong, specifically', async () => {
  const page = await openPrecheck();
  await type(page, 'idNumber', '11010519491231002x');
  await type(page, 'name', '劉洋');
  await type(page, 'phone', '138 0013 8000');
  await type(page, 'email', '12345678@qq.con');

  expect(fieldText(page, 'idNumber')).toContain('第 18 位应为 X，你输入的是 x');
  expect(fieldText(page, 'idNumber')).toContain('建议写作：11010519491231002X');
  expect(fieldText(page, 'name')).toContain('“劉”是繁体字，简体是“刘”');
  expect(fieldText(page, 'phone')).toContain('2 个空格');
  expect(fieldText(page, 'email')).toContain('你是不是想写“@qq.com”');
  expect(textOf(page)).not.toContain('格式错误');
});

test('there is no password field: the password rules are a checklist to read', async () => {
  const page = await openPrecheck();
  expect(find(page, '.precheck-form').querySelector('.field-password')).toBeUndefined();
  expect(all(find(page, '.precheck-form'), '.field-input')).toHaveLength(4);
  const checklist = textOf(find(page, '.precheck-form', '.password-checklist'));
  expect(checklist).toContain('密码不用在这里输入');
  expect(checklist).toContain('学信网的规则');
  expect(checklist).toContain('6-30');
  expect(checklist).toContain('指南的建议');
  // The advice is credited to whoever wrote the guide: "学院指南" only when the configured college did.
  const author = staffConfig.guideSource.organisation;
  const guide = author === schoolConfig.fullName ? '学院指南' : `${author}的指南`;
  expect(checklist).toContain(`${guide}注册部分的注意第 4 条`);
  expect(checklist).toContain('不要设置特殊字符');
  expect(checklist).toContain('只在学信网上设置和填写');
  // Each rule (under the list's title) reads its name, the rule, then why.
  const rules = find(page, '.precheck-form', '.password-checklist').dom?.children ?? [];
  expect(
    Array.from(rules)
      .slice(1)
      .map((rule) => rule.textContent.replace(/\s+/g, '')),
  ).toEqual(
    passwordRules(GUIDE_NAME).map((rule) =>
      `${rule.title}：${rule.text}${rule.why}`.replace(/\s+/g, ''),
    ),
  );
  // No field on the page is a password input.
  const form = find(page, '.precheck-form');
  const { fields } = (form.instance as unknown as { data: { fields: { key: string }[] } }).data;
  expect(fields.map((field) => field.key)).toEqual(['phone', 'name', 'idNumber', 'email']);
});

test('a correct value says so, and a sohu address is flagged', async () => {
  const page = await openPrecheck();
  await type(page, 'idNumber', '11010519491231002X');
  expect(fieldText(page, 'idNumber')).toContain('没有发现问题');
  await type(page, 'email', 'me@sohu.com');
  expect(fieldText(page, 'email')).toContain('sohu 邮箱无法接收学信网邮件');
});

test('a name is changed only when the student confirms it matches the ID card', async () => {
  const page = await openPrecheck();
  await type(page, 'name', '張 偉');
  expect(fieldText(page, 'name')).toContain('身份证上写的是这样吗：张伟');
  expect(fieldText(page, 'name')).toContain('和身份证一致，改成这样');
  const button = find(page, '.precheck-form', '.use-name');
  await tapVant(button, '.van-button');
  const form = find(page, '.precheck-form');
  const { fields } = (
    form.instance as unknown as { data: { fields: { key: string; value: string }[] } }
  ).data;
  expect(fields.find((field) => field.key === 'name')?.value).toBe('张伟');
  expect(fieldText(page, 'name')).toContain('没有发现问题');
});

test('a standard character such as 昇 is never an error and offers no change', async () => {
  const page = await openPrecheck();
  await type(page, 'name', '李昇');
  const text = fieldText(page, 'name');
  expect(text).not.toContain('需要修改');
  expect(text).toContain('如果身份证上写的就是“昇”，照写即可');
  expect(all(find(page, '.precheck-form'), '.use-name')).toHaveLength(0);
});

test('nothing typed is stored or sent', async () => {
  const page = await openPrecheck();
  await type(page, 'idNumber', '11010519491231002X');
  await type(page, 'name', '刘洋');
  await type(page, 'phone', '13800138000');
  await type(page, 'email', '12345678@qq.com');
  expect([...wxControl.storage.keys()]).toEqual([]);
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.navigations).toEqual([]);
  expect(textOf(page)).toContain('不保存、不发送');
});

test('the registration section page carries the same form', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'register' });
  expect(all(page, '.precheck-form')).toHaveLength(1);
  await type(page, 'idNumber', '110105 19491231002X');
  expect(fieldText(page, 'idNumber')).toContain('1 个空格');
  const login = await openPage('guide/pages/section/index', { id: 'login' });
  expect(all(login, '.precheck-form')).toHaveLength(0);
});
