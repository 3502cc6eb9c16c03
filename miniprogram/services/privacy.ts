// WeChat's privacy consent before the first clipboard copy. The copy asks getPrivacySetting; if the
// student has not agreed yet, the consent dialog (components/privacy-consent) opens and the copy
// waits for its agree button (open-type="agreePrivacyAuthorization"). onNeedPrivacyAuthorization
// covers any other privacy API call with the same dialog. Nothing is stored: WeChat keeps consent.

export type ConsentOutcome = 'not-needed' | 'agreed' | 'declined' | 'no-dialog';

/** The id of the agree button; WeChat checks it was really tapped before honouring `agree`. */
export const AGREE_BUTTON_ID = 'privacy-agree';

/** Shown when WeChat gives no contract name (older clients). */
export const DEFAULT_CONTRACT_NAME = '《学籍核对助手隐私保护指引》';

export interface ConsentDialog {
  /** Opens the dialog; `done(true)` once the agree button was tapped, `done(false)` otherwise. */
  open(contractName: string, done: (agreed: boolean) => void): void;
}

type ResolveOption =
  { event: 'agree'; buttonId: string } | { event: 'disagree' | 'exposureAuthorization' };

/** The privacy APIs, typed as the documentation describes them (the typings' listener is wrong). */
interface PrivacyApi {
  getPrivacySetting(option: {
    success?: (result: { needAuthorization: boolean; privacyContractName: string }) => void;
    fail?: () => void;
  }): void;
  onNeedPrivacyAuthorization(listener: (resolve: (option: ResolveOption) => void) => void): void;
  openPrivacyContract(option: { fail?: () => void }): void;
}

/** The dialogs on screen; the most recently attached one is used. */
const dialogs: ConsentDialog[] = [];
let listening = false;

function privacyApi(): Partial<PrivacyApi> {
  return wx as unknown as Partial<PrivacyApi>;
}

function topDialog(): ConsentDialog | undefined {
  return dialogs[dialogs.length - 1];
}

function listenForPrivacyCalls(): void {
  const api = privacyApi();
  if (listening || typeof api.onNeedPrivacyAuthorization !== 'function') return;
  listening = true;
  // Registering replaces WeChat's own dialog, so every call must end in resolve().
  api.onNeedPrivacyAuthorization((resolve) => {
    const dialog = topDialog();
    if (!dialog) {
      resolve({ event: 'disagree' });
      return;
    }
    resolve({ event: 'exposureAuthorization' });
    dialog.open(DEFAULT_CONTRACT_NAME, (agreed) => {
      resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
    });
  });
}

/** Called by a consent dialog when it appears; returns the function to call when it goes. */
export function registerConsentDialog(dialog: ConsentDialog): () => void {
  dialogs.push(dialog);
  listenForPrivacyCalls();
  return () => {
    const index = dialogs.indexOf(dialog);
    if (index >= 0) dialogs.splice(index, 1);
  };
}

/**
 * Makes sure the student has agreed to the privacy guide before a privacy API (the clipboard) is
 * called. Resolves 'not-needed' when WeChat says no consent is missing or cannot tell.
 */
export function ensurePrivacyConsent(): Promise<ConsentOutcome> {
  const api = privacyApi();
  if (typeof api.getPrivacySetting !== 'function') return Promise.resolve('not-needed');
  const getPrivacySetting = api.getPrivacySetting.bind(wx);
  return new Promise((resolve) => {
    getPrivacySetting({
      success: (result) => {
        if (!result.needAuthorization) {
          resolve('not-needed');
          return;
        }
        const dialog = topDialog();
        if (!dialog) {
          resolve('no-dialog');
          return;
        }
        const name = result.privacyContractName || DEFAULT_CONTRACT_NAME;
        dialog.open(name, (agreed) => {
          resolve(agreed ? 'agreed' : 'declined');
        });
      },
      fail: () => {
        resolve('not-needed');
      },
    });
  });
}

/** Opens the privacy guide the college filled in on the admin console. */
export function openPrivacyContract(): void {
  const api = privacyApi();
  if (typeof api.openPrivacyContract === 'function') {
    api.openPrivacyContract.call(wx, { fail: () => undefined });
  }
}
