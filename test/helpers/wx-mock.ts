// A working stand-in for the parts of `wx` the app uses: real in-memory storage, a page stack
// that grows and refuses an 11th page as WeChat does, a record of every navigation, copy, toast
// and dialog so tests can assert on what the student would see, and failure modes: any API can
// be made to fail (a *Sync API throws, others call `fail`) with `wxControl.failNext`.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface WxRecord {
  navigations: { method: string; url: string }[];
  /** Every storage key read with getStorageSync, in order. */
  storageReads: string[];
  /** Every call that failed (planned with failNext, or refused like an 11th page), in order. */
  failures: { api: string; errMsg: string }[];
  clipboard: string[];
  toasts: string[];
  modals: { title: string; content: string }[];
  titles: string[];
  scrolls: string[];
  /** Every number wx.makePhoneCall was asked to dial. */
  calls: string[];
}

export interface WxMockControl {
  storage: Map<string, unknown>;
  record: WxRecord;
  /** When set, setClipboardData fails with this errMsg (e.g. the privacy error, errno 112). */
  clipboardFailure: string | undefined;
  /** When set, makePhoneCall fails with this errMsg (no SIM, a tablet, the student cancelled). */
  phoneCallFailure: string | undefined;
  /** The pages open, bottom first; navigateTo/redirectTo/reLaunch/navigateBack change it. */
  pageStack: { route: string; options: Record<string, string> }[];
  /**
   * Makes the next `times` calls of `api` fail as the platform fails: a *Sync API throws an Error
   * whose message is `errMsg`, any other calls its `fail` (and `complete`) with `{ errMsg }`.
   * E.g. failNext('setStorageSync', 1, 'setStorageSync:fail exceed storage max size 10MB').
   */
  failNext(api: string, times?: number, errMsg?: string): void;
  /** Makes every call of `api` fail (as failNext) until clearFailures: storage stays full. */
  failUntilCleared(api: string, errMsg?: string): void;
  /** Ends the planned failures of `api` (all APIs when left out): the space is freed again. */
  clearFailures(api?: string): void;
  /**
   * Puts `value` in place of wx[name] until the next reset (undefined: the API is missing on this
   * client, as on an old base library), for answers failNext cannot give (a modal's choice).
   */
  replaceApi(name: string, value: unknown): void;
  /** Fills the page stack to `count` pages (WeChat's limit is MAX_PAGE_STACK). */
  fillPageStack(count: number, route?: string): void;
  /** How many planned failures have not happened yet, per API (a test can check all were used). */
  pendingFailures(): Record<string, number>;
  /** What getEnterOptionsSync / getLaunchOptionsSync return (1001: opened from the chat list). */
  enterOptions: { scene: number; path: string; query: Record<string, string> };
  /**
   * What a Canvas 2D node does: 'missing' (the selector finds no node, as under simulate),
   * 'export-fails' (drawing works, canvasToTempFilePath fails) or 'working'.
   */
  canvas: 'missing' | 'export-fails' | 'working';
  /** Every canvas drawing call, as `name(args)` strings, when canvas is not 'missing'. */
  canvasCalls: string[];
  /** The privacy-consent state WeChat keeps; see getPrivacySetting below. */
  privacy: PrivacyControl;
  /**
   * What the app registered with onLazyLoadError; undefined makes onLazyLoadError absent, as on
   * base libraries before 2.24.3. Tests call the listeners as WeChat would when a subpackage fails.
   */
  lazyLoadErrorListeners:
    ((result: { type: string; subpackage: string[]; errMsg: string }) => void)[] | undefined;
  reset(): void;
}

/** The temp path canvasToTempFilePath answers with when the canvas is 'working'. */
export const MOCK_CARD_PATH = 'wxfile://tmp/assist-card.png';

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
  return {
    navigations: [],
    storageReads: [],
    failures: [],
    clipboard: [],
    toasts: [],
    modals: [],
    titles: [],
    scrolls: [],
    calls: [],
  };
}

/** WeChat keeps at most this many pages; navigateTo beyond it fails. */
export const MAX_PAGE_STACK = 10;

/** The platform's message for a full storage (10 MB per mini-program). */
export const STORAGE_FULL = 'setStorageSync:fail exceed storage max size 10MB';

const failures = new Map<string, { times: number; errMsg: string }>();
/** How to undo each replaceApi, newest last. */
const replaced: (() => void)[] = [];

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
  phoneCallFailure: undefined,
  pageStack: [],
  enterOptions: { scene: 1001, path: 'pages/home/index', query: {} },
  canvas: 'missing',
  canvasCalls: [],
  privacy: {
    needAuthorization: false,
    contractName: '《学籍核对助手隐私保护指引》',
    listener: undefined,
    resolutions: [],
    contractOpened: 0,
  },
  failNext(api: string, times = 1, errMsg = `${api}:fail`) {
    failures.set(api, { times, errMsg });
  },
  failUntilCleared(api: string, errMsg = `${api}:fail`) {
    failures.set(api, { times: Number.POSITIVE_INFINITY, errMsg });
  },
  replaceApi(name: string, value: unknown) {
    const api = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
    const had = Object.prototype.hasOwnProperty.call(api, name);
    const before = api[name];
    Object.defineProperty(api, name, { value, configurable: true, writable: true });
    replaced.push(() => {
      if (had)
        Object.defineProperty(api, name, { value: before, configurable: true, writable: true });
      else Reflect.deleteProperty(api, name);
    });
  },
  clearFailures(api?: string) {
    if (api === undefined) failures.clear();
    else failures.delete(api);
  },
  fillPageStack(count: number, route = 'pages/home/index') {
    while (this.pageStack.length < count) this.pageStack.push({ route, options: {} });
  },
  pendingFailures() {
    return Object.fromEntries([...failures].map(([api, failure]) => [api, failure.times]));
  },
  lazyLoadErrorListeners: [],
  reset() {
    while (replaced.length > 0) replaced.pop()?.();
    failures.clear();
    this.lazyLoadErrorListeners = [];
    this.canvas = 'missing';
    this.canvasCalls = [];
    this.storage.clear();
    this.record = emptyRecord();
    this.clipboardFailure = undefined;
    this.phoneCallFailure = undefined;
    this.pageStack = [];
    this.enterOptions = { scene: 1001, path: 'pages/home/index', query: {} };
    this.privacy.needAuthorization = false;
    this.privacy.resolutions = [];
    this.privacy.contractOpened = 0;
  },
};

/** wx storage keeps a serialised copy: what comes back is never the object that went in. */
function copyValue(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** `/pages/x/index?a=1` → the page stack entry WeChat would keep. */
function stackEntry(url: string): { route: string; options: Record<string, string> } {
  const [path = '', search = ''] = url.split('?');
  const options: Record<string, string> = {};
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    options[key] = value;
  }
  return { route: path.replace(/^\//, ''), options };
}

function navigate(method: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab') {
  return (options: Callbacks & { url: string }) => {
    const stack = wxControl.pageStack;
    if (method === 'navigateTo' && stack.length >= MAX_PAGE_STACK) {
      const errMsg = 'navigateTo:fail webview count limit exceed';
      wxControl.record.failures.push({ api: method, errMsg });
      settle(options, false, { errMsg });
      return;
    }
    wxControl.record.navigations.push({ method, url: options.url });
    const entry = stackEntry(options.url);
    if (method === 'navigateTo') stack.push(entry);
    else if (method === 'redirectTo') stack.splice(Math.max(stack.length - 1, 0), 1, entry);
    else stack.splice(0, stack.length, entry);
    settle(options, true, { errMsg: `${method}:ok` });
  };
}

/** Wraps one API so that a planned failure happens before it runs. */
function failable(name: string, api: (...args: unknown[]) => unknown) {
  return (...args: unknown[]): unknown => {
    const failure = failures.get(name);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      if (failure.times === 0) failures.delete(name);
      wxControl.record.failures.push({ api: name, errMsg: failure.errMsg });
      if (name.endsWith('Sync')) throw new Error(failure.errMsg);
      const options = (args[0] ?? {}) as Callbacks;
      settle(options, false, { errMsg: failure.errMsg });
      return undefined;
    }
    return api(...args);
  };
}

/** A Canvas 2D node whose context records calls and measures every character as 1 em. */
function fakeCanvas(): unknown {
  const context = {
    fillStyle: '',
    font: '16px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(context.font)?.[1] ?? 16);
      return { width: Array.from(text).length * size };
    },
  } as Record<string, unknown> & { font: string };
  for (const name of ['scale', 'fillRect', 'beginPath', 'arc', 'fill', 'fillText']) {
    context[name] = (...args: unknown[]) => {
      wxControl.canvasCalls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(',')})`);
    };
  }
  return { width: 300, height: 150, getContext: () => context };
}

/** wx.createSelectorQuery, enough for `.in().select().fields().exec()` on a canvas node. */
function selectorQuery(): unknown {
  const query = {
    in: () => query,
    select: () => query,
    fields: () => query,
    exec(callback?: (results: unknown[]) => void) {
      const node = wxControl.canvas === 'missing' ? null : fakeCanvas();
      callback?.([node ? { node, width: 500, height: 400 } : null]);
    },
  };
  return query;
}

export function createWxMock(): Record<string, unknown> {
  const api: Record<string, (...args: any[]) => unknown> = {
    getStorageSync(key: string): unknown {
      wxControl.record.storageReads.push(key);
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
    getEnterOptionsSync() {
      return { ...wxControl.enterOptions, referrerInfo: {} };
    },
    getLaunchOptionsSync() {
      return { ...wxControl.enterOptions, referrerInfo: {} };
    },
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    reLaunch: navigate('reLaunch'),
    switchTab: navigate('switchTab'),
    navigateBack(options: Callbacks & { delta?: number } = {}) {
      wxControl.record.navigations.push({ method: 'navigateBack', url: '' });
      const stack = wxControl.pageStack;
      stack.splice(Math.max(stack.length - (options.delta ?? 1), 1));
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
    makePhoneCall(options: Callbacks & { phoneNumber: string }) {
      wxControl.record.calls.push(options.phoneNumber);
      if (wxControl.phoneCallFailure !== undefined) {
        settle(options, false, { errMsg: wxControl.phoneCallFailure });
        return;
      }
      settle(options, true, { errMsg: 'makePhoneCall:ok' });
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
    createSelectorQuery: selectorQuery,
    canvasToTempFilePath(options: Callbacks) {
      if (wxControl.canvas === 'working') {
        settle(options, true, { errMsg: 'canvasToTempFilePath:ok', tempFilePath: MOCK_CARD_PATH });
      } else {
        settle(options, false, { errMsg: 'canvasToTempFilePath:fail canvas is empty' });
      }
    },
    getWindowInfo() {
      return { pixelRatio: 2, windowWidth: 375, windowHeight: 667 };
    },
    showShareMenu(options: Callbacks = {}) {
      settle(options, true, { errMsg: 'showShareMenu:ok' });
    },
    pageScrollTo(options: Callbacks & { selector?: string }) {
      wxControl.record.scrolls.push(options.selector ?? '');
      settle(options, true, { errMsg: 'pageScrollTo:ok' });
    },
  };
  const wx: Record<string, unknown> = Object.fromEntries(
    Object.entries(api).map(([name, fn]) => [name, failable(name, fn)]),
  );
  // Absent when lazyLoadErrorListeners is undefined, as on base libraries before 2.24.3.
  Object.defineProperty(wx, 'onLazyLoadError', {
    enumerable: true,
    get() {
      const listeners = wxControl.lazyLoadErrorListeners;
      return listeners === undefined
        ? undefined
        : (listener: (result: { type: string; subpackage: string[]; errMsg: string }) => void) => {
            listeners.push(listener);
          };
    },
  });
  return wx;
}
