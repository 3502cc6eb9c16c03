// 问题诊断: tapping through the tree on the real page, with 上一步 and the way out to the contact.
import { NONE_OF_THESE } from '../../miniprogram/tools/content/finder';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { all, find, openPage, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

async function choose(page: Rendered, label: string): Promise<void> {
  const option = all(page, '.finder-option').find((node) => textOf(node) === label);
  if (!option) {
    const shown = all(page, '.finder-option').map((node) => textOf(node));
    throw new Error(`no option “${label}” among ${shown.join(' / ')}`);
  }
  await tapVant(option, '.van-cell');
}

test('walks from the first question to problem 8 and opens it', async () => {
  const page = await openPage('tools/pages/finder/index');
  expect(textOf(page)).toContain('以前注册过学信网吗？');
  await choose(page, '没注册过，正在注册');
  expect(textOf(page)).toContain('注册时，屏幕上提示的是哪一句？');
  await choose(page, '证件号码已被注册，查看【解决方法】');
  expect(textOf(page)).toContain('高中时办过兵役登记');
  await choose(page, '办过或注册过，还能登录那个账号');
  expect(textOf(page)).toContain('用原来的账号登录');
  expect(textOf(page)).toContain('不要重新注册');
  await tapVant(all(page, '.finder-back')[0] as never, '.van-button');
  await tapVant(all(page, '.finder-back')[0] as never, '.van-button');
  await choose(page, '证件号码已注册（下面有“我要重新注册”）');
  expect(textOf(page)).toContain('那个旧账号（例如高中兵役登记时注册的）你还能登录吗？');
  await choose(page, '按问题 4 找回过，找不回');
  expect(textOf(page)).toContain('问题 8：身份证被征兵部门注册过');
  expect(all(page, '.finder-option')).toHaveLength(0);
  await tapVant(all(page, '.open-answer')[0] as never, '.van-button');
  expect(wxControl.record.navigations).toEqual([
    { method: 'navigateTo', url: '/guide/pages/problem/index?id=8&part=solution' },
  ]);
});

test('上一步 goes back one question, 重新开始 to the first', async () => {
  const page = await openPage('tools/pages/finder/index');
  await choose(page, '注册过（或者不确定）');
  await choose(page, '忘了用户名或密码');
  expect(textOf(page)).toContain('找回用户名或密码时遇到了什么？');
  // 上一步 first, then 重新开始.
  expect(textOf(find(page, '.actions'))).toBe('上一步 重新开始');
  await tapVant(all(page, '.finder-back')[0] as never, '.van-button');
  expect(textOf(page)).toContain('现在是什么情况？');
  expect(textOf(page)).not.toContain('找回用户名或密码时遇到了什么？');
  await choose(page, '已经看过学籍，却还在未查名单上');
  expect(textOf(page)).toContain('问题 5');
  await tapVant(all(page, '.finder-restart')[0] as never, '.van-button');
  expect(textOf(page)).toContain('以前注册过学信网吗？');
  expect(all(page, '.finder-back')).toHaveLength(0);
});

test('a path of problem 3 opens the page at that part', async () => {
  const page = await openPage('tools/pages/finder/index');
  await choose(page, '没注册过，正在注册');
  await choose(page, '注册完成后，要求验证“证件号码重复”');
  await choose(page, '请已经审核通过的同班同学协助');
  await tapVant(all(page, '.open-answer')[0] as never, '.van-button');
  expect(wxControl.record.navigations[0]?.url).toBe(
    '/guide/pages/problem/index?id=3&part=classmate',
  );
});

test('都不是 ends at the right contact for each kind of trouble', async () => {
  const page = await openPage('tools/pages/finder/index');
  await choose(page, NONE_OF_THESE);
  const text = textOf(page.querySelector('.answer') ?? {});
  expect(text).toContain(`${schoolConfig.contact.office}${schoolConfig.contact.person}`);
  expect(text).toContain(schoolConfig.chsiServiceEmail);
  await tapVant(all(page, '.open-answer')[0] as never, '.van-button');
  expect(wxControl.record.navigations[0]?.url).toBe(
    '/guide/pages/problem/index?id=4&part=still-stuck',
  );
});
