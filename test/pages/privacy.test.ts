// The privacy page says in plain words what is kept and why, and the home page links to it.
import { APP_ROUTES } from '../helpers/app-routes';
import { PAGES } from '../../miniprogram/core/page-paths';
import { ALL_PUBLIC_SOURCES } from '../../miniprogram/content/sources';
import { privacyView } from '../../miniprogram/views/privacy';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { find, openPage, simulate, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

test('says nothing is sent anywhere, what is stored, what is never stored, and the clipboard use', async () => {
  const page = await openPage('pages/privacy/index');
  const text = textOf(page);
  expect(text).toContain('不会把你的任何信息发送到任何地方');
  expect(text).toContain('手机上保存了什么');
  expect(text).toContain('从不保存、从不上传你输入的身份证号、手机号');
  expect(text).toContain('“填写前自查”会请你输入手机号、姓名、证件号码、安全邮箱');
  expect(text).toContain('离开页面就清空');
  expect(text).toContain('密码只在学信网上设置和填写');
  expect(text).toContain('剪切板');
  expect(text).toContain('从不读取剪切板');
  expect(text).toContain('怎样清除');
});

test('says who made it and that it is not CHSI (from the configuration), under the summary', async () => {
  const page = await openPage('pages/privacy/index');
  const head = textOf(find(page, '.page-head'));
  expect(head).toContain(`本小程序由${schoolConfig.fullName}制作，不是学信网官方。`);
});

test('no heading promises “never” over a line that asks for the same thing', () => {
  for (const section of privacyView().sections) {
    if (!/从不/.test(section.title)) continue;
    for (const line of section.lines) expect(line).not.toMatch(/会请你输入|请你填写/);
  }
  const selfCheck = privacyView().sections.find((section) => section.key === 'self-check');
  expect(selfCheck?.title).not.toMatch(/从不/);
  expect(selfCheck?.lines.join('')).toContain('不保存、不上传');
});

test('lists every source with organisation, title, year and address, and says what the date means', async () => {
  const text = textOf(await openPage('pages/privacy/index'));
  expect(text).toContain('资料来源');
  for (const source of ALL_PUBLIC_SOURCES) {
    expect(text).toContain(source.organisation);
    expect(text).toContain(source.title);
    expect(text).toContain(`${String(source.year)} 年`);
    expect(text).toContain(source.url);
  }
  expect(text).toContain('不是在学信网上核实的日期');
});

test('lists each stored key with what it holds and why', () => {
  const view = privacyView([{ key: 'progress', holds: '你的核对进度', why: '下次打开时接着做' }]);
  const stored = view.sections.find((section) => section.key === 'stored');
  expect(stored?.lines[0]).toBe('你的核对进度：下次打开时接着做（保存名称：progress）');
  expect(privacyView([]).sections[0]?.lines).toEqual(['目前不在你的手机上保存任何内容。']);
});

test('the home page footer opens the privacy page', async () => {
  const home = await openPage('pages/home/index');
  // Right above the link: who made it, and that it is not CHSI.
  expect(textOf(find(home, '.made-by'))).toBe(
    `本小程序由${schoolConfig.fullName}制作，不是学信网官方。`,
  );
  const link = home.querySelector('.privacy-link');
  expect(link && textOf(link)).toContain('隐私说明');
  link?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.navigations).toEqual([{ method: 'navigateTo', url: PAGES.privacy }]);
  expect(APP_ROUTES).toContain(PAGES.privacy.slice(1));
});
