// The privacy page says in plain words what is kept and why, and the home page links to it.
import { APP_ROUTES } from '../helpers/app-routes';
import { PAGES } from '../../miniprogram/content/links';
import { privacyView } from '../../miniprogram/views/privacy';
import { openPage, simulate, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

test('says nothing is sent anywhere, what is stored, what is never stored, and the clipboard use', async () => {
  const page = await openPage('pages/privacy/index');
  const text = textOf(page);
  expect(text).toContain('不会把你的任何信息发送到任何地方');
  expect(text).toContain('手机上保存了什么');
  expect(text).toContain('不保存、不要求你输入身份证号、手机号、密码');
  expect(text).toContain('剪切板');
  expect(text).toContain('从不读取剪切板');
  expect(text).toContain('怎样清除');
});

test('lists each stored key with what it holds and why', () => {
  const view = privacyView([{ key: 'progress', holds: '你的核对进度', why: '下次打开时接着做' }]);
  const stored = view.sections.find((section) => section.key === 'stored');
  expect(stored?.lines[0]).toBe('你的核对进度：下次打开时接着做（保存名称：progress）');
  expect(privacyView([]).sections[0]?.lines).toEqual(['目前不在你的手机上保存任何内容。']);
});

test('the home page footer opens the privacy page', async () => {
  const home = await openPage('pages/home/index');
  const link = home.querySelector('.privacy-link');
  expect(link && textOf(link)).toContain('隐私说明');
  link?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.navigations).toEqual([{ method: 'navigateTo', url: PAGES.privacy }]);
  expect(APP_ROUTES).toContain(PAGES.privacy.slice(1));
});
