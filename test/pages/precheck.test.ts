// 填写前自查: typing into real van-fields shows specific findings per field; nothing is stored.
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

beforeEach(() => {
  wxControl.reset();
});

/** Types into a van-field the way the keyboard does: an input event on its inner <input>. */
async function type(root: Rendered | Node, fieldClass: string, value: string): Promise<void> {
  const field = find(root, '.precheck-form', `.field-${fieldClass}`);
  // The first .van-field__control is the wrapper of the input slot; the <input> comes next.
  const input = all(field, '.van-field__control').find(
    (node) => !node.dom?.className.includes('--custom'),
  );
  if (!input) throw new Error(`no input inside .field-${fieldClass}`);
  input.dispatchEvent('input', { detail: { value } });
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
  await type(page, 'password', 'abc');

  expect(fieldText(page, 'idNumber')).toContain('第 18 位应为 X，你输入的是 x');
  expect(fieldText(page, 'idNumber')).toContain('建议写作：11010519491231002X');
  expect(fieldText(page, 'name')).toContain('“劉”是繁体字，简体是“刘”');
  expect(fieldText(page, 'phone')).toContain('2 个空格');
  expect(fieldText(page, 'email')).toContain('你是不是想写“@qq.com”');
  expect(fieldText(page, 'password')).toContain('你输入了 3 位');
  expect(textOf(page)).not.toContain('格式错误');
});

test('both password rules are shown, each with its reason', async () => {
  const page = await openPrecheck();
  const text = fieldText(page, 'password');
  expect(text).toContain('学信网的规则');
  expect(text).toContain('6-30');
  expect(text).toContain('学校的建议');
  expect(text).toContain('不要设置特殊字符');
  await type(page, 'password', 'abc123!');
  expect(fieldText(page, 'password')).toContain('学信网允许，但学校建议');
});

test('a correct value says so, and a sohu address is flagged', async () => {
  const page = await openPrecheck();
  await type(page, 'idNumber', '11010519491231002X');
  expect(fieldText(page, 'idNumber')).toContain('没有发现问题');
  await type(page, 'email', 'me@sohu.com');
  expect(fieldText(page, 'email')).toContain('sohu 邮箱无法接收学信网邮件');
});

test('改成这样 puts the suggestion in the field and checks it again', async () => {
  const page = await openPrecheck();
  await type(page, 'name', '張 偉');
  const button = find(page, '.precheck-form', '.use-name');
  await tapVant(button, '.van-button');
  const form = find(page, '.precheck-form');
  const { fields } = (
    form.instance as unknown as { data: { fields: { key: string; value: string }[] } }
  ).data;
  expect(fields.find((field) => field.key === 'name')?.value).toBe('张伟');
  expect(fieldText(page, 'name')).toContain('没有发现问题');
});

test('nothing typed is stored or sent', async () => {
  const page = await openPrecheck();
  await type(page, 'idNumber', '11010519491231002X');
  await type(page, 'name', '刘洋');
  await type(page, 'phone', '13800138000');
  await type(page, 'email', '12345678@qq.com');
  await type(page, 'password', 'abc12345');
  expect([...wxControl.storage.keys()]).toEqual([]);
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.navigations).toEqual([]);
  expect(textOf(page)).toContain('不保存、不发送');
});

test('the registration section page carries the same form', async () => {
  const page = await openPage('pages/section/index', { id: 'register' });
  expect(all(page, '.precheck-form')).toHaveLength(1);
  await type(page, 'idNumber', '110105 19491231002X');
  expect(fieldText(page, 'idNumber')).toContain('1 个空格');
  const login = await openPage('pages/section/index', { id: 'login' });
  expect(all(login, '.precheck-form')).toHaveLength(0);
});
