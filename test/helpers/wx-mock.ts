// A working stand-in for the parts of `wx` the app uses: real in-memory storage, and a record of
// every navigation, copy, toast and dialog so tests can assert on what the student would see.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface WxRecord {
  navigations: { method: string; url: string }[];
  clipboard: string[];
  toasts: string[];
  modals: { title: string; content: string }[];
  titles: string[];
  scrolls: string[];
}

export interface WxMockControl {
  storage: Map<string, unknown>;
  record: WxRecord;
  /** When set, setClipboardData fails with this errMsg (e.g. the privacy error, errno 112). */
  clipboardFailure: string | undefined;
  pageStack: { route: string; options: Record<string, string> }[];
  /** The privacy-consent state WeChat keeps; see getPrivacySetting below. */
  privacy: PrivacyControl;
  reset(): void;
}

export type PrivacyResolve = (option: { event: string; buttonId?: string }) => void;

export interface PrivacyControl {
  /** True until the student agrees to the privacy guide (false: already agreed or nothing declared). */
  needAuthorization: boolean;
  contractName: string;
  /** What the app registered with onNeedPrivacyAuthorization (kept for the app's lifetime). */
  listener: ((resolve: PrivacyResolve) => void) | undefined;
  /** Every resolve() the app called, in order. */
  resolutions: { event: string; buttonId?: string }[];
  contractOpened: number;
}

function emptyRecord(): WxRecord {
  return { navigations: [], clipboard: [], toasts: [], modals: [], titles: [], scrolls: [] };
}

type Callbacks = {
  success?: (res: any) => void;
  fail?: (err: any) => void;
  complete?: (res: any) => void;
};

function settle(options: Callbacks, ok: boolean, result: any): void {
  if (ok) options.success?.(result);
  else options.fail?.(result);
  options.complete?.(result);
}

export const wxControl: WxMockControl = {
  storage: new Map(),
  record: emptyRecord(),
  clipboardFailure: undefined,
  pageStack: [],
  privacy: {
    needAuthorization: false,
    contractName: '《学籍核对助手隐私保护指引》',
    listener: undefined,
    resolutions: [],
    contractOpened: 0,
  },
  reset() {
    this.storage.clear();
    this.record = emptyRecord();
    this.clipboardFailure = undefined;
    this.pageStack = [];
    this.privacy.needAuthorization = false;
    this.privacy.resolutions = [];
    this.privacy.contractOpened = 0;
  },
};

/** wx storage keeps a serialised copy: what comes back is never the object that went in. */
function copyValue(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function navigate(method: string) {
  return (options: Callbacks & { url: string }) => {
    wxControl.record.navigations.push({ method, url: options.url });
    settle(options, true, { errMsg: `${method}:ok` });
  };
}

export function createWxMock(): Record<string, unknown> {
  return {
    getStorageSync(key: string): unknown {
      return wxControl.storage.has(key) ? copyValue(wxControl.storage.get(key)) : '';
    },
    setStorageSync(key: string, value: unknown): void {
      wxControl.storage.set(key, copyValue(value));
    },
    removeStorageSync(key: string): void {
      wxControl.storage.delete(key);
    },
    getStorageInfoSync() {
      return { keys: [...wxControl.storage.keys()], currentSize: 0, limitSize: 10240 };
    },
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack(options: Callbacks & { delta?: number } = {}) {
      wxControl.record.navigations.push({ method: 'navigateBack', url: '' });
      settle(options, true, { errMsg: 'navigateBack:ok' });
    },
    getPrivacySetting(options: Callbacks) {
      const { needAuthorization, contractName } = wxControl.privacy;
      settle(options, true, {
        errMsg: 'getPrivacySetting:ok',
        needAuthorization,
        privacyContractName: contractName,
      });
    },
    onNeedPrivacyAuthorization(listener: (resolve: PrivacyResolve) => void) {
      wxControl.privacy.listener = listener;
    },
    openPrivacyContract(options: Callbacks = {}) {
      wxControl.privacy.contractOpened += 1;
      settle(options, true, { errMsg: 'openPrivacyContract:ok' });
    },
    setClipboardData(options: Callbacks & { data: string }) {
      // A privacy API while consent is missing: WeChat asks the app's listener and waits.
      const privacy = wxControl.privacy;
      if (privacy.needAuthorization) {
        const denied = { errMsg: 'setClipboardData:fail privacy permission is not authorized' };
        if (!privacy.listener) {
          settle(options, false, denied);
          return;
        }
        privacy.listener((option) => {
          privacy.resolutions.push(option);
          if (option.event === 'agree') {
            privacy.needAuthorization = false;
            wxControl.record.clipboard.push(options.data);
            settle(options, true, { errMsg: 'setClipboardData:ok' });
          } else if (option.event === 'disagree') {
            settle(options, false, denied);
          }
        });
        return;
      }
      if (wxControl.clipboardFailure !== undefined) {
        settle(options, false, { errMsg: wxControl.clipboardFailure });
        return;
      }
      wxControl.record.clipboard.push(options.data);
      settle(options, true, { errMsg: 'setClipboardData:ok' });
    },
    showToast(options: Callbacks & { title: string }) {
      wxControl.record.toasts.push(options.title);
      settle(options, true, { errMsg: 'showToast:ok' });
    },
    showModal(options: Callbacks & { title?: string; content?: string }) {
      wxControl.record.modals.push({ title: options.title ?? '', content: options.content ?? '' });
      settle(options, true, { errMsg: 'showModal:ok', confirm: true, cancel: false });
    },
    setNavigationBarTitle(options: Callbacks & { title: string }) {
      wxControl.record.titles.push(options.title);
      settle(options, true, { errMsg: 'setNavigationBarTitle:ok' });
    },
    pageScrollTo(options: Callbacks & { selector?: string }) {
      wxControl.record.scrolls.push(options.selector ?? '');
      settle(options, true, { errMsg: 'pageScrollTo:ok' });
    },
  };
}
