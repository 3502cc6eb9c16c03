// The privacy consent service on its own (no page): which dialog asks, with which contract name and
// purpose, and what the caller hears. Each test loads a fresh module: dialogs and the listener are
// module state, as they are for the app's lifetime.
import type * as Privacy from '../../miniprogram/services/privacy';
import { wxControl } from '../helpers/wx-mock';

type Open = { name: string; purpose: string; done: (agreed: boolean) => void };

async function fresh(): Promise<typeof Privacy> {
  jest.resetModules();
  return import('../../miniprogram/services/privacy');
}

function dialog(opened: Open[]) {
  return {
    open(name: string, purpose: Privacy.ConsentPurpose, done: (agreed: boolean) => void) {
      opened.push({ name, purpose, done });
    },
  };
}

beforeEach(() => {
  wxControl.reset();
  wxControl.privacy.listener = undefined;
  wxControl.privacy.needAuthorization = true;
});

test('the dialog names the contract WeChat gives, and the default when it gives none', async () => {
  const privacy = await fresh();
  const opened: Open[] = [];
  privacy.registerConsentDialog(dialog(opened));
  wxControl.privacy.contractName = '《某学院小程序隐私保护指引》';
  const first = privacy.ensurePrivacyConsent('clipboard');
  opened[0]?.done(true);
  await expect(first).resolves.toBe('agreed');
  wxControl.privacy.contractName = '';
  const second = privacy.ensurePrivacyConsent('clipboard');
  opened[1]?.done(false);
  await expect(second).resolves.toBe('declined');
  expect(opened.map((open) => [open.name, open.purpose])).toEqual([
    ['《某学院小程序隐私保护指引》', 'clipboard'],
    [privacy.DEFAULT_CONTRACT_NAME, 'clipboard'],
  ]);
  expect(privacy.DEFAULT_CONTRACT_NAME).toContain('隐私保护指引');
});

test('a call WeChat stops is explained with the purpose announced just before it', async () => {
  const privacy = await fresh();
  const opened: Open[] = [];
  privacy.registerConsentDialog(dialog(opened));
  privacy.announcePrivacyCall('calendar');
  const answers: unknown[] = [];
  wxControl.privacy.listener?.((option) => answers.push(option));
  expect(opened.map((open) => open.purpose)).toEqual(['calendar']);
  opened[0]?.done(true);
  expect(answers).toEqual([
    { event: 'exposureAuthorization' },
    { event: 'agree', buttonId: privacy.AGREE_BUTTON_ID },
  ]);
});

test('once a dialog has been on screen and gone, a copy hears no-dialog (not not-needed)', async () => {
  const privacy = await fresh();
  const remove = privacy.registerConsentDialog(dialog([]));
  remove();
  await expect(privacy.ensurePrivacyConsent('clipboard')).resolves.toBe('no-dialog');
});

test('removing a dialog twice does not remove the one underneath', async () => {
  const privacy = await fresh();
  const below: Open[] = [];
  privacy.registerConsentDialog(dialog(below));
  const remove = privacy.registerConsentDialog(dialog([]));
  remove();
  remove();
  void privacy.ensurePrivacyConsent('clipboard');
  expect(below).toHaveLength(1);
});

test('when WeChat cannot tell, the call goes ahead (not-needed)', async () => {
  const privacy = await fresh();
  privacy.registerConsentDialog(dialog([]));
  wxControl.failNext('getPrivacySetting');
  await expect(privacy.ensurePrivacyConsent('clipboard')).resolves.toBe('not-needed');
});
