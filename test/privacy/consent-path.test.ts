// The path that used to lock copying for the whole run: a classmate opens the assist card, taps a
// guide link (a section page with a copy block, whose dialog registers WeChat's privacy listener),
// goes back, and taps 复制 on the classmate's page. That page's copy chip hosts its own consent
// dialog, so the copy asks there, and it copies on the second try after consent.
import { schoolConfig } from '../../miniprogram/content/school-config';
import { AGREE_BUTTON_ID } from '../../miniprogram/services/privacy';
import { parsePageUrl } from '../helpers/app-pages';
import { find, openPage, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

const CARD = { r: 'abcd2345', n: encodeURIComponent('张*'), d: '2026-11-30' };

async function tap(page: Rendered, selector: string, inner: string): Promise<void> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  await tapVant(node, inner);
  await simulate.sleep(0);
}

beforeEach(() => {
  wxControl.reset();
});

test('card → classmate page → guide link → back → copy: asks on the page, copies after consent', async () => {
  // WeChat still needs consent (the student has never agreed in this run).
  wxControl.privacy.needAuthorization = true;
  const assist = await openPage('helper/pages/assist/index', CARD);
  await tap(assist, '.register-link', '.van-cell');
  const opened = parsePageUrl(wxControl.record.navigations.at(-1)?.url ?? '');
  if (!opened) throw new Error('the guide link opened nothing');
  const guide = await openPage(opened.route, opened.query);
  expect(textOf(guide)).toContain('复制');
  // The guide's copy block has registered WeChat's privacy listener; Back removes that page.
  expect(wxControl.privacy.listener).toBeDefined();
  guide.detach();
  wxControl.pageStack.pop();

  // First try: the classmate's own page asks; declining still shows the address to copy by hand.
  const chips = find(assist, '.copy');
  const copy = async (): Promise<void> => {
    find(chips, '.copy-chip').dispatchEvent('tap');
    await simulate.sleep(0);
  };
  await copy();
  const consent = find(chips, '.privacy-consent');
  expect(textOf(consent)).toContain('剪切板');
  consent.querySelector('.consent__decline')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.modals).toEqual([{ title: '请手动复制', content: schoolConfig.chsiUrl }]);

  // Second try: the dialog asks again (nothing was locked); agreeing copies the address.
  await copy();
  expect(textOf(consent)).toContain('同意并复制');
  // WeChat records the agreement when its button is tapped, then fires the event.
  wxControl.privacy.needAuthorization = false;
  consent.querySelector(`#${AGREE_BUTTON_ID}`)?.dispatchEvent('agreeprivacyauthorization');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl]);
  expect(wxControl.privacy.resolutions.map((option) => option.event)).not.toContain('disagree');

  // And a third copy goes straight through.
  await copy();
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl, schoolConfig.chsiUrl]);
  assist.detach();
});
