// WeChat's privacy consent before a privacy API (the clipboard, the phone calendar). A caller asks
// ensurePrivacyConsent first: if the student has not agreed yet, the consent dialog on screen
// (components/privacy-consent) opens and the call waits for its agree button
// (open-type="agreePrivacyAuthorization"). Nothing is stored: WeChat keeps consent.
//
// WeChat has no way to unregister onNeedPrivacyAuthorization, and registering it turns WeChat's own
// consent popup off for the rest of the run. So it is registered only once a dialog exists, and it
// never refuses on its own: a call stopped while no dialog is on screen waits for the next dialog
// (every page that calls a privacy API hosts one), instead of failing for the rest of the run.

export type ConsentOutcome = 'not-needed' | 'agreed' | 'declined' | 'no-dialog';

/** What the consent is for: the dialog says why WeChat asks. */
export type ConsentPurpose = 'clipboard' | 'calendar' | 'other';

/** The id of the agree button; WeChat checks it was really tapped before honouring `agree`. */
export const AGREE_BUTTON_ID = 'privacy-agree';

/** Shown when WeChat gives no contract name (older clients); names no app, so it never goes stale. */
export const DEFAULT_CONTRACT_NAME = '《本小程序隐私保护指引》';

export interface ConsentDialog {
  /** Opens the dialog; `done(true)` once the agree button was tapped, `done(false)` otherwise. */
  open(contractName: string, purpose: ConsentPurpose, done: (agreed: boolean) => void): void;
  /**
   * False while the dialog's page is hidden under another page: a dialog there would open where
   * the student cannot see it and the call would wait for ever. Left out: always on screen.
   */
  onShownPage?(): boolean;
}

type ResolveOption =
  { event: 'agree'; buttonId: string } | { event: 'disagree' | 'exposureAuthorization' };

type Resolve = (option: ResolveOption) => void;

/** The privacy APIs, typed as the documentation describes them (the typings' listener is wrong). */
interface PrivacyApi {
  getPrivacySetting(option: {
    success?: (result: { needAuthorization: boolean; privacyContractName: string }) => void;
    fail?: () => void;
  }): void;
  onNeedPrivacyAuthorization(listener: (resolve: Resolve) => void): void;
  openPrivacyContract(option: { fail?: () => void }): void;
}

/** The dialogs attached now; the latest one on the page the student sees is used. */
const dialogs: ConsentDialog[] = [];
/** Privacy calls WeChat stopped while no dialog was attached: answered by the next dialog. */
const waiting: Resolve[] = [];
let listening = false;
/** What the next call WeChat stops is for (set just before a privacy API is called directly). */
let nextPurpose: ConsentPurpose = 'other';

/**
 * Says what the privacy API about to be called is for, so the dialog WeChat's question opens
 * explains it (APIs that must be called straight from a tap cannot wait for ensurePrivacyConsent).
 */
export function announcePrivacyCall(purpose: ConsentPurpose): void {
  nextPurpose = purpose;
}

function privacyApi(): Partial<PrivacyApi> {
  return wx as unknown as Partial<PrivacyApi>;
}

function topDialog(): ConsentDialog | undefined {
  for (let index = dialogs.length - 1; index >= 0; index -= 1) {
    const dialog = dialogs[index];
    if (dialog && dialog.onShownPage?.() !== false) return dialog;
  }
  return undefined;
}

/** Shows the dialog for every waiting call; each gets the student's answer. */
function answerWaiting(dialog: ConsentDialog): void {
  const calls = waiting.splice(0, waiting.length);
  if (calls.length === 0) return;
  for (const resolve of calls) resolve({ event: 'exposureAuthorization' });
  const purpose = nextPurpose;
  nextPurpose = 'other';
  dialog.open(DEFAULT_CONTRACT_NAME, purpose, (agreed) => {
    for (const resolve of calls) {
      resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
    }
  });
}

function listenForPrivacyCalls(): void {
  const api = privacyApi();
  if (listening || typeof api.onNeedPrivacyAuthorization !== 'function') return;
  listening = true;
  // Every call must end in resolve(): a call that arrives with no dialog waits for one.
  api.onNeedPrivacyAuthorization((resolve) => {
    waiting.push(resolve);
    const dialog = topDialog();
    if (dialog) answerWaiting(dialog);
  });
}

/** Called by a consent dialog whose page is shown again: calls stopped meanwhile are answered. */
export function consentDialogShown(dialog: ConsentDialog): void {
  if (dialogs.includes(dialog) && topDialog() === dialog) answerWaiting(dialog);
}

/** Called by a consent dialog when it appears; returns the function to call when it goes. */
export function registerConsentDialog(dialog: ConsentDialog): () => void {
  dialogs.push(dialog);
  listenForPrivacyCalls();
  if (topDialog() === dialog) answerWaiting(dialog);
  return () => {
    const index = dialogs.indexOf(dialog);
    if (index >= 0) dialogs.splice(index, 1);
  };
}

/**
 * Makes sure the student has agreed to the privacy guide before a privacy API is called.
 * Resolves 'not-needed' when WeChat says no consent is missing, cannot tell, or will ask with
 * its own popup (no dialog was ever attached, so the listener is not registered). 'no-dialog'
 * means consent is missing and nothing on screen can ask for it: the caller offers another way
 * (the address to copy by hand) instead of a call that would wait.
 */
export function ensurePrivacyConsent(purpose: ConsentPurpose = 'other'): Promise<ConsentOutcome> {
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
          resolve(listening ? 'no-dialog' : 'not-needed');
          return;
        }
        const name = result.privacyContractName || DEFAULT_CONTRACT_NAME;
        dialog.open(name, purpose, (agreed) => {
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
