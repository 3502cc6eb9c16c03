// The privacy consent before the first clipboard copy: WeChat's getPrivacySetting decides whether
// the dialog opens; the agree button (open-type="agreePrivacyAuthorization") lets the copy go on;
// declining still shows the address; onNeedPrivacyAuthorization is answered by the same dialog.
import { copyChipViews } from '../../miniprogram/views/copy';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { copyText } from '../../miniprogram/services/clipboard';
import { AGREE_BUTTON_ID } from '../../miniprogram/services/privacy';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MINIPROGRAM_ROOT, load, simulate, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

let mounted: Rendered | undefined;

function renderPart(): Rendered {
  // The copy chips are the one renderer of every copy action; the CHSI address is one of them.
  const root = simulate.render(load('components/copy-chips/index'), {
    chips: copyChipViews(['chsi-url']),
  });
  root.attach(document.createElement('parent-wrapper'));
  mounted = root;
  return root;
}

function consentOf(root: Rendered) {
  const consent = root.querySelector('.privacy-consent');
  if (!consent) throw new Error('the copy chips have no consent dialog');
  return consent;
}

async function tapCopy(root: Rendered): Promise<void> {
  const chip = root.querySelector('.copy-chip');
  if (!chip) throw new Error('no copy chip');
  chip.dispatchEvent('tap');
  await simulate.sleep(0);
}

beforeEach(() => {
  wxControl.reset();
});
afterEach(() => {
  mounted?.detach();
  mounted = undefined;
});

test('once consent is given (or not required) the copy goes straight through, no dialog', async () => {
  const root = renderPart();
  await tapCopy(root);
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl]);
  expect(textOf(consentOf(root))).toBe('');
});

test('before the first copy the dialog explains the clipboard; agreeing copies the address', async () => {
  wxControl.privacy.needAuthorization = true;
  const root = renderPart();
  await tapCopy(root);
  const consent = consentOf(root);
  const text = textOf(consent);
  expect(text).toContain('剪切板');
  expect(text).toContain(wxControl.privacy.contractName);
  expect(wxControl.record.clipboard).toEqual([]);
  // Declining on the left, agreeing on the right, as in WeChat's own privacy dialog.
  const buttons = Array.from(
    consent.dom?.querySelectorAll('[class*="consent__decline"], [class*="consent__agree"]') ?? [],
  );
  expect(buttons.map((button) => button.textContent.trim())).toEqual(['不同意', '同意并复制']);

  const agree = consent.querySelector(`#${AGREE_BUTTON_ID}`);
  expect(agree).toBeDefined();
  // WeChat records the agreement when its button is tapped, then fires the event.
  wxControl.privacy.needAuthorization = false;
  agree?.dispatchEvent('agreeprivacyauthorization');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl]);
  // No toast: the paste sheet says what to do next.
  expect(wxControl.record.toasts).toEqual([]);
  await simulate.sleep(50);
  expect(textOf(root)).toContain('粘贴并访问');
  expect(textOf(consent)).toBe('');
});

test('declining copies nothing and shows the address to copy by hand', async () => {
  wxControl.privacy.needAuthorization = true;
  const root = renderPart();
  await tapCopy(root);
  const consent = consentOf(root);
  consent.querySelector('.consent__decline')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.modals).toEqual([{ title: '请手动复制', content: schoolConfig.chsiUrl }]);
});

test('the privacy guide opens from the dialog', async () => {
  wxControl.privacy.needAuthorization = true;
  const root = renderPart();
  await tapCopy(root);
  consentOf(root).querySelector('.consent__link')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.privacy.contractOpened).toBe(1);
});

test('a privacy API that WeChat stops is answered through the same dialog (onNeedPrivacyAuthorization)', async () => {
  const root = renderPart();
  const listener = wxControl.privacy.listener;
  if (!listener) throw new Error('the app did not listen to onNeedPrivacyAuthorization');
  const answers: { event: string; buttonId?: string }[] = [];
  listener((option) => answers.push(option));
  await simulate.sleep(0);
  const consent = consentOf(root);
  expect(textOf(consent)).toContain('请先同意隐私保护指引');
  expect(answers).toEqual([{ event: 'exposureAuthorization' }]);
  consent.querySelector(`#${AGREE_BUTTON_ID}`)?.dispatchEvent('agreeprivacyauthorization');
  await simulate.sleep(0);
  expect(answers).toEqual([
    { event: 'exposureAuthorization' },
    { event: 'agree', buttonId: AGREE_BUTTON_ID },
  ]);
  expect(textOf(consent)).toBe('');
});

test("the agree button is WeChat's agreePrivacyAuthorization button with the id the app resolves", () => {
  const wxml = fs.readFileSync(
    path.join(MINIPROGRAM_ROOT, 'components/privacy-consent/index.wxml'),
    'utf8',
  );
  const agree = /<button[^>]*\bid="\{\{agreeButtonId\}\}"[^>]*>/.exec(wxml)?.[0] ?? '';
  expect(agree).toContain('open-type="agreePrivacyAuthorization"');
  expect(agree).toContain('bindagreeprivacyauthorization="onAgree"');
});

test('without any dialog on screen, a copy shows the text by hand and nothing is refused', async () => {
  renderPart().detach();
  mounted = undefined;
  wxControl.privacy.needAuthorization = true;
  await expect(copyText(schoolConfig.chsiUrl, '已复制')).resolves.toBe('shown');
  expect(wxControl.record.modals).toEqual([{ title: '请手动复制', content: schoolConfig.chsiUrl }]);
  // The app refused nothing on the student's behalf: WeChat was never answered 'disagree'.
  expect(wxControl.privacy.resolutions).toEqual([]);
});

test('a privacy call stopped while no dialog is attached waits, and the next dialog answers it', async () => {
  renderPart().detach();
  mounted = undefined;
  const listener = wxControl.privacy.listener;
  if (!listener) throw new Error('the app did not listen to onNeedPrivacyAuthorization');
  const answers: { event: string; buttonId?: string }[] = [];
  listener((option) => answers.push(option));
  await simulate.sleep(0);
  // No automatic refusal: the call is still waiting.
  expect(answers).toEqual([]);
  const root = renderPart();
  await simulate.sleep(0);
  const consent = consentOf(root);
  expect(textOf(consent)).toContain('隐私保护指引');
  consent.querySelector(`#${AGREE_BUTTON_ID}`)?.dispatchEvent('agreeprivacyauthorization');
  await simulate.sleep(0);
  expect(answers).toEqual([
    { event: 'exposureAuthorization' },
    { event: 'agree', buttonId: AGREE_BUTTON_ID },
  ]);
});

// A page with a copy action but no dialog of its own, opened over a page that has one: the dialog
// underneath is hidden with its page, so it must not be the one that asks (the student would
// never see it, and the call would wait for ever).
/** What WeChat does to a page's components when another page covers it or it returns. */
function pageLifetime(root: Rendered, name: 'show' | 'hide'): void {
  // j-component has triggerPageLifeTime; its typings leave it out.
  (root as unknown as { triggerPageLifeTime(lifetime: string): void }).triggerPageLifeTime(name);
}

describe('the dialog answers only for the page the student sees', () => {
  test('a copy on a page without a dialog, over a hidden page with one, falls back to copying by hand', async () => {
    wxControl.privacy.needAuthorization = true;
    const below = renderPart();
    pageLifetime(below, 'hide');
    await expect(copyText(schoolConfig.chsiUrl, '已复制')).resolves.toBe('shown');
    expect(textOf(consentOf(below))).toBe('');
    expect(wxControl.record.modals).toEqual([
      { title: '请手动复制', content: schoolConfig.chsiUrl },
    ]);
  });

  test('a call WeChat stops while the page is hidden waits, and its dialog asks once the page is back', async () => {
    const below = renderPart();
    pageLifetime(below, 'hide');
    const listener = wxControl.privacy.listener;
    if (!listener) throw new Error('the app did not listen to onNeedPrivacyAuthorization');
    const answers: { event: string; buttonId?: string }[] = [];
    listener((option) => answers.push(option));
    await simulate.sleep(0);
    expect(textOf(consentOf(below))).toBe('');
    expect(answers).toEqual([]);
    pageLifetime(below, 'show');
    await simulate.sleep(0);
    expect(textOf(consentOf(below))).toContain('请先同意隐私保护指引');
    expect(answers).toEqual([{ event: 'exposureAuthorization' }]);
  });
});
