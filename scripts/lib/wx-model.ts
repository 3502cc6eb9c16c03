// One model of the WeChat platform as the app meets it, shared by the jest fake
// (test/helpers/wx-mock.ts) and the browser preview (scripts/preview/runtime/wx.js), so both
// answer, refuse and fail alike: storage (a serialised copy, 1 MB per key, 10 MB in all), the page
// stack (10 pages, routes from app.json, subpackages that may fail to download), privacy consent
// (getPrivacySetting, onNeedPrivacyAuthorization, requirePrivacyAuthorize, the agree button, APIs
// not declared in the privacy guide), calendar and phone calls recorded with what the student chose
// (never reported as done on their own), and failures planned per API. Every failure carries the
// platform's `errMsg` ("<api>:fail …"); a *Sync API throws it. What the student sees (toasts,
// dialogs, the calendar sheet) is left to a host: the preview draws it, jest answers at once.

export type Platform = 'ios' | 'android' | 'devtools';

export interface WxError {
  errMsg: string;
  errno?: number;
}

export interface Callbacks {
  success?: (result: never) => void;
  fail?: (error: WxError) => void;
  complete?: (result: never) => void;
}

/** Where storage lives: a Map in jest, localStorage in the preview. */
export interface StorageArea {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): unknown;
  delete(key: string): boolean;
  keys(): Iterable<string>;
  clear(): void;
}

export interface PageEntry {
  route: string;
  options: Record<string, string>;
  /** The query as written (undecoded), for the preview's address bar and share defaults. */
  search?: string;
}

export interface EnterOptions {
  scene: number;
  path: string;
  query: Record<string, string>;
  referrerInfo?: { appId?: string };
  shareTicket?: string;
}

export interface CalendarEvent {
  title: string;
  description: string;
  /** Unix seconds, as the API takes it. */
  startTime: number;
  alarm: boolean;
}

/** What the student did in the phone's calendar sheet, and what the app was told. */
export interface CalendarRecord extends CalendarEvent {
  choice: CalendarChoice;
  /** What the app's callback received. */
  errMsg: string;
}

/** save: the event was saved; cancel: closed without saving; deny: refused the calendar scope. */
export type CalendarChoice = 'save' | 'cancel' | 'deny';
export type CallChoice = 'call' | 'cancel';

export interface WxRecord {
  navigations: { method: string; url: string }[];
  /** Every storage key read with getStorageSync, in order. */
  storageReads: string[];
  /** Every call that failed (planned, or refused as WeChat refuses), in order. */
  failures: { api: string; errMsg: string }[];
  clipboard: string[];
  toasts: string[];
  modals: { title: string; content: string }[];
  titles: string[];
  scrolls: string[];
  /** Every number wx.makePhoneCall was asked to dial (whether or not the student called). */
  calls: string[];
  /** Every wx.addPhoneCalendar that reached the calendar sheet, with the student's choice. */
  calendar: CalendarRecord[];
  /** Every wx.openSetting. */
  settingsOpened: number;
}

/** WeChat keeps at most this many pages; navigateTo beyond it fails. */
export const MAX_PAGE_STACK = 10;
/** One key holds at most 1 MB, all keys together 10 MB (per user, per mini-program). */
export const STORAGE_KEY_LIMIT = 1024 * 1024;
export const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024;
/** The platform's message for a full storage. */
export const STORAGE_FULL = 'setStorageSync:fail exceed storage max size 10MB';
export const STORAGE_ENTRY_TOO_BIG = 'setStorageSync:fail entry size limit reached';
/** errno of a privacy API refused consent, and of one the privacy guide does not declare. */
export const PRIVACY_NOT_AUTHORIZED = 104;
export const PRIVACY_NOT_DECLARED = 112;

/**
 * The wx APIs WeChat gates behind the privacy guide (用户隐私保护指引), by the item the college
 * declares in the admin console. Source: WeChat, 小程序用户隐私保护指引内容介绍,
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 */
export const PRIVACY_ITEMS: Readonly<Record<string, readonly string[]>> = {
  剪切板: ['setClipboardData', 'getClipboardData'],
  '日历（仅写入）': ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
  '相册（仅写入）': ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  '通讯录（仅写入）': ['addPhoneContact'],
  选中的照片或视频信息: ['chooseImage', 'chooseMedia', 'chooseVideo'],
  选中的文件: ['chooseMessageFile'],
  位置信息: [
    'getLocation',
    'getFuzzyLocation',
    'startLocationUpdate',
    'startLocationUpdateBackground',
  ],
  选择的位置信息: ['chooseLocation', 'choosePoi'],
  地址: ['chooseAddress'],
  发票信息: ['chooseInvoice', 'chooseInvoiceTitle'],
  微信运动步数: ['getWeRunData'],
  麦克风: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
  摄像头: ['createCameraContext', 'createVKSession'],
  蓝牙: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
};

/** The privacy item an API belongs to, or undefined for an API WeChat does not gate. */
export function privacyItemOf(api: string): string | undefined {
  return Object.keys(PRIVACY_ITEMS).find((item) => PRIVACY_ITEMS[item]?.includes(api));
}

export type PrivacyResolve = (option: { event: string; buttonId?: string }) => void;
type PrivacyListener = (resolve: PrivacyResolve, eventInfo?: { referrer: string }) => void;

export interface PrivacyState {
  /** True until the student agrees (false: already agreed, or nothing declared). */
  needAuthorization: boolean;
  contractName: string;
  /** The privacy items the college declared; undefined: every item the app uses is declared. */
  declared: readonly string[] | undefined;
  /** What the app registered with onNeedPrivacyAuthorization (kept for the app's lifetime). */
  listener: PrivacyListener | undefined;
  /** Every resolve() the app called, in order. */
  resolutions: { event: string; buttonId?: string }[];
  /** Ids of the agreePrivacyAuthorization buttons tapped. */
  agreeButtonsTapped: string[];
  contractOpened: number;
}

/** What the student meets: the preview draws it; jest answers straight away. */
export interface WxHost {
  /** WeChat's own consent popup, shown when the app registered no onNeedPrivacyAuthorization. */
  platformConsent(api: string, contractName: string, answer: (agreed: boolean) => void): void;
  /** The phone's calendar sheet opened by addPhoneCalendar. */
  calendar(event: CalendarEvent, answer: (choice: CalendarChoice) => void): void;
  /** The dialler opened by makePhoneCall. */
  phoneCall(phoneNumber: string, answer: (choice: CallChoice) => void): void;
  toast(options: { title: string; icon?: string; duration?: number }): void;
  /** What setClipboardData wrote (the preview also writes the browser's clipboard). */
  clipboard(data: string): void;
  modal(options: ModalOptions, answer: (confirm: boolean, content?: string) => void): void;
  setTitle(title: string): void;
  scrollTo(options: { selector?: string; scrollTop?: number }): WxError | undefined;
  openPrivacyContract(contractName: string): void;
  /** The settings page: shows the scopes, hands back what the student left on. */
  openSetting(
    authSetting: Record<string, boolean>,
    done: (next: Record<string, boolean>) => void,
  ): void;
}

export interface ModalOptions {
  title?: string;
  content?: string;
  showCancel?: boolean;
  cancelText?: string;
  confirmText?: string;
  editable?: boolean;
  placeholderText?: string;
}

/** Draws the page stack (the preview); jest has none, pages are rendered by the tests. */
export interface PageView {
  open(entry: PageEntry): void;
  hide(entry: PageEntry): void;
  show(entry: PageEntry): void;
  unload(entry: PageEntry): void;
}

export interface WxModelOptions<S extends StorageArea = StorageArea> {
  storage?: S;
  /** Every page of app.json (subpackages included); undefined: any route opens. */
  routes?: readonly string[];
  /** app.json's subpackage roots, e.g. 'guide'. */
  subpackageRoots?: readonly string[];
  platform?: Platform;
  /** When callbacks run: at once (jest) or later, as on a phone (the preview). */
  schedule?: (run: () => void) => void;
  host?: Partial<WxHost>;
  pageView?: PageView;
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
    calendar: [],
    settingsOpened: 0,
  };
}

/** wx storage keeps a serialised copy: what comes back is never the object that went in. */
function copyValue(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** UTF-8 bytes of the serialised value (by hand: jest's jsdom has no TextEncoder). */
function sizeOf(value: unknown): number {
  let bytes = 0;
  for (const char of (JSON.stringify(value) as string | undefined) ?? '') {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Splits 'a=1&b=2' into { a: '1', b: '2' } without decoding, as WeChat hands queries over. */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const index = pair.indexOf('=');
    query[index < 0 ? pair : pair.slice(0, index)] = index < 0 ? '' : pair.slice(index + 1);
  }
  return query;
}

/** Answers given at once, as a test wants: the model's own settings say what the student does. */
function immediateHost(model: WxModel<StorageArea>): WxHost {
  return {
    platformConsent: (_api, _name, answer) => {
      answer(model.platformConsentAnswer);
    },
    calendar: (_event, answer) => {
      answer(model.calendarChoice);
    },
    phoneCall: (_number, answer) => {
      answer(model.callChoice);
    },
    toast: () => undefined,
    clipboard: () => undefined,
    modal: (_options, answer) => {
      answer(true);
    },
    setTitle: () => undefined,
    scrollTo: () => undefined,
    openPrivacyContract: () => undefined,
    openSetting: (authSetting, done) => {
      done(authSetting);
    },
  };
}

type AnyFn = (...args: never[]) => unknown;

const CALLBACKS = ['success', 'fail', 'complete'];
/** Asynchronous APIs: not *Sync, not a listener, not a factory. */
const ASYNC_API = /^(?!on[A-Z]|off[A-Z]|create|canIUse|nextTick).*(?<!Sync)$/;
/** Documented as not callable in Promise style. */
const NO_PROMISE = new Set(['getPrivacySetting', 'requirePrivacyAuthorize', 'openPrivacyContract']);

export class WxModel<S extends StorageArea = Map<string, unknown>> {
  storage: S;
  record: WxRecord = emptyRecord();
  platform: Platform;
  routes: readonly string[] | undefined;
  subpackageRoots: readonly string[];
  /** The pages open, bottom first. */
  pageStack: PageEntry[] = [];
  /** What getEnterOptionsSync / getLaunchOptionsSync return (1001: opened from the chat list). */
  enterOptions: EnterOptions = {
    scene: 1001,
    path: 'pages/home/index',
    query: {},
  };
  privacy: PrivacyState = {
    needAuthorization: false,
    // The platform names the guide after the registered mini-program; hosts set the app's name.
    contractName: '《小程序隐私保护指引》',
    declared: undefined,
    listener: undefined,
    resolutions: [],
    agreeButtonsTapped: [],
    contractOpened: 0,
  };
  /** What the student answers WeChat's own consent popup (the host may ask instead). */
  platformConsentAnswer = false;
  /** What the student does in the calendar sheet (the host may ask instead). */
  calendarChoice: CalendarChoice = 'save';
  /** What the student does in the dialler (the host may ask instead). */
  callChoice: CallChoice = 'call';
  /** The scopes the settings page shows (scope.addPhoneCalendar …). */
  authSetting: Record<string, boolean> = {};
  /**
   * What a Canvas 2D export does: 'working', 'fails' (canvasToTempFilePath calls fail), or
   * 'blank' (it succeeds, but the picture is empty, as on some phones when the canvas is off
   * screen or not yet drawn: only reading a pixel back tells).
   */
  canvasExport: 'working' | 'fails' | 'blank' = 'working';
  /** Subpackages whose download fails ('fail') or times out ('timeout') when a page needs them. */
  subpackageFailures = new Map<string, 'fail' | 'timeout'>();
  /** Subpackages downloaded so far (the main package is always there). */
  loadedSubpackages = new Set<string>();
  /**
   * What the app registered with onLazyLoadError; undefined makes onLazyLoadError absent, as on
   * base libraries before 2.24.3.
   */
  lazyLoadErrorListeners:
    ((result: { type: string; subpackage: string[]; errMsg: string }) => void)[] | undefined = [];
  /** The wx object the app calls. */
  readonly wx: Record<string, unknown>;

  private readonly failures = new Map<string, { times: number; errMsg: string }>();
  private readonly schedule: (run: () => void) => void;
  private readonly host: WxHost;
  private readonly pageView: PageView | undefined;

  constructor(options: WxModelOptions<S> = {}) {
    this.storage = options.storage ?? (new Map<string, unknown>() as unknown as S);
    this.routes = options.routes;
    this.subpackageRoots = options.subpackageRoots ?? [];
    this.platform = options.platform ?? 'ios';
    this.schedule =
      options.schedule ??
      ((run) => {
        run();
      });
    this.host = { ...immediateHost(this), ...options.host };
    this.pageView = options.pageView;
    this.wx = this.createWx();
  }

  /**
   * Makes the next `times` calls of `api` fail as the platform fails: a *Sync API throws an
   * Error whose message and errMsg are `errMsg`, any other calls its `fail` (and `complete`).
   * E.g. failNext('setStorageSync', 1, STORAGE_FULL).
   */
  failNext(api: string, times = 1, errMsg = `${api}:fail`): void {
    this.failures.set(api, { times, errMsg });
  }

  /** Makes every call of `api` fail (as failNext) until clearFailures: storage stays full. */
  failUntilCleared(api: string, errMsg = `${api}:fail`): void {
    this.failures.set(api, { times: Number.POSITIVE_INFINITY, errMsg });
  }

  /** Ends the planned failures of `api` (all APIs when left out). */
  clearFailures(api?: string): void {
    if (api === undefined) this.failures.clear();
    else this.failures.delete(api);
  }

  /** How many planned failures have not happened yet, per API. */
  pendingFailures(): Record<string, number> {
    return Object.fromEntries([...this.failures].map(([api, failure]) => [api, failure.times]));
  }

  /**
   * The subpackage under `root` does not download: opening one of its pages fails with
   * "<method>:fail loadSubpackage: <kind>" (the exact wording on phones is not documented), and
   * emitLazyLoadError reports it to onLazyLoadError listeners.
   */
  failSubpackage(root: string, kind: 'fail' | 'timeout' = 'fail'): void {
    this.subpackageFailures.set(root, kind);
  }

  /**
   * What WeChat reports for a component from a subpackage that did not arrive (分包异步化):
   * 'timeout' after 10 s, then 'fail' once the download really failed.
   */
  emitLazyLoadError(root: string, kind: 'fail' | 'timeout'): void {
    for (const listener of this.lazyLoadErrorListeners ?? []) {
      listener({ type: 'subpackage', subpackage: [root], errMsg: `loadSubpackage: ${kind}` });
    }
  }

  /** Fills the page stack to `count` pages. */
  fillPageStack(count: number, route = 'pages/home/index'): void {
    while (this.pageStack.length < count) this.pageStack.push({ route, options: {} });
  }

  /** The student taps a <button open-type="agreePrivacyAuthorization">: consent is given. */
  tapAgreeButton(buttonId: string): void {
    this.privacy.agreeButtonsTapped.push(buttonId);
    this.privacy.needAuthorization = false;
  }

  /** Back to a fresh install: empty storage, no pages, nothing planned, nothing recorded. */
  reset(): void {
    this.failures.clear();
    this.storage.clear();
    this.record = emptyRecord();
    this.pageStack = [];
    this.enterOptions = { scene: 1001, path: 'pages/home/index', query: {} };
    this.privacy.needAuthorization = false;
    this.privacy.declared = undefined;
    this.privacy.resolutions = [];
    this.privacy.agreeButtonsTapped = [];
    this.privacy.contractOpened = 0;
    this.platformConsentAnswer = false;
    this.calendarChoice = 'save';
    this.callChoice = 'call';
    this.authSetting = {};
    this.canvasExport = 'working';
    this.subpackageFailures.clear();
    this.loadedSubpackages.clear();
    this.lazyLoadErrorListeners = [];
  }

  /** Runs `options`' callbacks with a result, as the platform would (later, in the preview). */
  settle(options: Callbacks | undefined, api: string, ok: boolean, result: object): void {
    const callbacks = (options ?? {}) as {
      success?: (result: object) => void;
      fail?: (result: object) => void;
      complete?: (result: object) => void;
    };
    if (!ok) this.record.failures.push({ api, errMsg: (result as WxError).errMsg });
    this.schedule(() => {
      if (ok) callbacks.success?.(result);
      else callbacks.fail?.(result);
      callbacks.complete?.(result);
    });
  }

  private ok(options: Callbacks | undefined, api: string, result: object = {}): void {
    this.settle(options, api, true, { errMsg: `${api}:ok`, ...result });
  }

  private fail(options: Callbacks | undefined, api: string, message: string, errno?: number): void {
    const error: WxError = { errMsg: `${api}:fail ${message}` };
    if (errno !== undefined) error.errno = errno;
    this.settle(options, api, false, error);
  }

  /** A planned failure of `api`, used up by this call; undefined when none is planned. */
  private takeFailure(api: string): string | undefined {
    const failure = this.failures.get(api);
    if (!failure || failure.times <= 0) return undefined;
    failure.times -= 1;
    if (failure.times === 0) this.failures.delete(api);
    return failure.errMsg;
  }

  /**
   * Wraps one API so that a planned failure happens before it runs, and an asynchronous API
   * called without success/fail/complete returns a Promise, as WeChat's do (base library 2.10.2).
   */
  private failable(name: string, api: AnyFn): AnyFn {
    const promising = ASYNC_API.test(name) && !NO_PROMISE.has(name);
    return (...args: never[]): unknown => {
      const options = args[0] as Record<string, unknown> | undefined;
      if (promising && !CALLBACKS.some((key) => typeof options?.[key] === 'function')) {
        return new Promise((resolve, reject) => {
          const withCallbacks = { ...options, success: resolve, fail: reject };
          this.failable(name, api)(withCallbacks as never);
        });
      }
      const errMsg = this.takeFailure(name);
      if (errMsg === undefined) return api(...args);
      if (name.endsWith('Sync')) {
        this.record.failures.push({ api: name, errMsg });
        throw Object.assign(new Error(errMsg), { errMsg });
      }
      this.settle(args[0], name, false, { errMsg });
      return undefined;
    };
  }

  // Privacy -----------------------------------------------------------------------------------

  /**
   * Runs a privacy API as WeChat does: refused at once (errno 112) when its item is not declared;
   * when consent is missing, the app's listener (or WeChat's own popup) is asked first and the
   * call waits; a refusal fails it with errno 104.
   */
  private withConsent(api: string, options: Callbacks | undefined, run: () => void): void {
    const item = privacyItemOf(api);
    const privacy = this.privacy;
    if (item !== undefined && privacy.declared !== undefined && !privacy.declared.includes(item)) {
      this.fail(
        options,
        api,
        'api scope is not declared in the privacy agreement',
        PRIVACY_NOT_DECLARED,
      );
      return;
    }
    if (!privacy.needAuthorization) {
      run();
      return;
    }
    const refused = (): void => {
      this.fail(options, api, 'privacy permission is not authorized', PRIVACY_NOT_AUTHORIZED);
    };
    const listener = privacy.listener;
    if (!listener) {
      this.host.platformConsent(api, privacy.contractName, (agreed) => {
        if (agreed) privacy.needAuthorization = false;
        if (agreed) run();
        else refused();
      });
      return;
    }
    let answered = false;
    listener(
      (option) => {
        privacy.resolutions.push(option);
        if (answered || (option.event !== 'agree' && option.event !== 'disagree')) return;
        answered = true;
        if (option.event === 'agree') {
          privacy.needAuthorization = false;
          run();
        } else refused();
      },
      { referrer: api },
    );
  }

  // Navigation --------------------------------------------------------------------------------

  /** '/a/b?x=1' or a path relative to the top page → the entry WeChat would keep. */
  resolveUrl(url: string): PageEntry {
    const [pathPart = '', search = ''] = url.split('?');
    let route = pathPart;
    if (route.startsWith('/')) route = route.slice(1);
    else {
      const top = this.pageStack[this.pageStack.length - 1];
      const base = top ? top.route.split('/').slice(0, -1) : [];
      for (const part of route.split('/')) {
        if (part === '..') base.pop();
        else if (part !== '.' && part) base.push(part);
      }
      route = base.join('/');
    }
    const entry: PageEntry = { route, options: parseQuery(search) };
    // Kept for the preview's address bar, out of sight of tests that compare whole entries.
    Object.defineProperty(entry, 'search', { value: search, enumerable: false });
    return entry;
  }

  private subpackageOf(route: string): string | undefined {
    return this.subpackageRoots.find((root) => route.startsWith(`${root.replace(/\/$/, '')}/`));
  }

  /**
   * Opens a page as navigateTo / redirectTo / reLaunch do; returns the error when WeChat refuses
   * (unknown page, full stack, subpackage not downloaded), leaving the stack as it was.
   */
  navigate(method: 'navigateTo' | 'redirectTo' | 'reLaunch', url: string): WxError | undefined {
    const entry = this.resolveUrl(url);
    const refuse = (message: string): WxError => ({ errMsg: `${method}:fail ${message}` });
    if (this.routes !== undefined && !this.routes.includes(entry.route))
      return refuse(`page "${entry.route}" is not found`);
    const stack = this.pageStack;
    if (method === 'navigateTo' && stack.length >= MAX_PAGE_STACK)
      return refuse('webview count limit exceed');
    const root = this.subpackageOf(entry.route);
    if (root !== undefined && !this.loadedSubpackages.has(root)) {
      const failure = this.subpackageFailures.get(root);
      if (failure) return refuse(`loadSubpackage: ${failure}`);
      this.loadedSubpackages.add(root);
    }
    this.record.navigations.push({ method, url });
    const view = this.pageView;
    if (method === 'navigateTo') {
      const top = stack[stack.length - 1];
      if (top) view?.hide(top);
    } else {
      const removed = method === 'redirectTo' ? stack.splice(-1, 1) : stack.splice(0);
      for (const page of removed.reverse()) view?.unload(page);
    }
    stack.push(entry);
    view?.open(entry);
    return undefined;
  }

  navigateBack(delta = 1): WxError | undefined {
    const stack = this.pageStack;
    if (stack.length <= 1)
      return { errMsg: 'navigateBack:fail cannot navigate back at first page.' };
    this.record.navigations.push({ method: 'navigateBack', url: '' });
    const removed = stack.splice(Math.max(stack.length - Math.max(1, delta), 1));
    for (const page of removed.reverse()) this.pageView?.unload(page);
    const top = stack[stack.length - 1];
    if (top) this.pageView?.show(top);
    return undefined;
  }

  // The wx object -------------------------------------------------------------------------------

  private storageSize(): number {
    let total = 0;
    for (const key of this.storage.keys()) total += key.length + sizeOf(this.storage.get(key));
    return total;
  }

  private createWx(): Record<string, unknown> {
    const navigation =
      (method: 'navigateTo' | 'redirectTo' | 'reLaunch') =>
      (options: Callbacks & { url: unknown }) => {
        const error = this.navigate(method, String(options.url));
        if (error) this.settle(options, method, false, error);
        else this.ok(options, method);
      };
    const api: Record<string, AnyFn> = {
      getStorageSync: (key: string): unknown => {
        this.record.storageReads.push(key);
        return this.storage.has(key) ? copyValue(this.storage.get(key)) : '';
      },
      setStorageSync: (key: string, data: unknown): void => {
        const refuse = (errMsg: string): never => {
          this.record.failures.push({ api: 'setStorageSync', errMsg });
          throw Object.assign(new Error(errMsg), { errMsg });
        };
        if (typeof key !== 'string' || key === '')
          refuse('setStorageSync:fail parameter error: parameter.key should be String');
        const size = sizeOf(data);
        if (size > STORAGE_KEY_LIMIT) refuse(STORAGE_ENTRY_TOO_BIG);
        const before = this.storage.has(key) ? key.length + sizeOf(this.storage.get(key)) : 0;
        if (this.storageSize() - before + key.length + size > STORAGE_TOTAL_LIMIT)
          refuse(STORAGE_FULL);
        this.storage.set(key, copyValue(data));
      },
      removeStorageSync: (key: string): void => {
        this.storage.delete(key);
      },
      clearStorageSync: (): void => {
        this.storage.clear();
      },
      getStorageInfoSync: () => ({
        keys: [...this.storage.keys()],
        currentSize: Math.ceil(this.storageSize() / 1024),
        limitSize: STORAGE_TOTAL_LIMIT / 1024,
      }),
      getEnterOptionsSync: () => ({
        referrerInfo: {},
        ...(copyValue(this.enterOptions) as object),
      }),
      getLaunchOptionsSync: () => ({
        referrerInfo: {},
        ...(copyValue(this.enterOptions) as object),
      }),
      navigateTo: navigation('navigateTo'),
      redirectTo: navigation('redirectTo'),
      reLaunch: navigation('reLaunch'),
      navigateBack: (options: Callbacks & { delta?: number } = {}) => {
        const error = this.navigateBack(Number(options.delta) || 1);
        if (error) this.settle(options, 'navigateBack', false, error);
        else this.ok(options, 'navigateBack');
      },
      getPrivacySetting: (options: Callbacks) => {
        const { needAuthorization, contractName } = this.privacy;
        this.ok(options, 'getPrivacySetting', {
          needAuthorization,
          privacyContractName: contractName,
        });
      },
      onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
        this.privacy.listener = listener;
      },
      requirePrivacyAuthorize: (options: Callbacks = {}) => {
        this.withConsent('requirePrivacyAuthorize', options, () => {
          this.ok(options, 'requirePrivacyAuthorize');
        });
      },
      openPrivacyContract: (options: Callbacks = {}) => {
        this.privacy.contractOpened += 1;
        this.host.openPrivacyContract(this.privacy.contractName);
        this.ok(options, 'openPrivacyContract');
      },
      setClipboardData: (options: Callbacks & { data: unknown }) => {
        this.withConsent('setClipboardData', options, () => {
          const data = String(options.data);
          this.record.clipboard.push(data);
          this.host.clipboard(data);
          this.host.toast({ title: '内容已复制', icon: 'none', duration: 1500 });
          this.ok(options, 'setClipboardData');
        });
      },
      addPhoneCalendar: (options: Callbacks & Record<keyof CalendarEvent, unknown>) => {
        this.withConsent('addPhoneCalendar', options, () => {
          const event: CalendarEvent = {
            title: String(options.title),
            description: typeof options.description === 'string' ? options.description : '',
            startTime: Number(options.startTime),
            alarm: options.alarm !== false,
          };
          this.host.calendar(event, (hostChoice) => {
            const choice = hostChoice;
            // A cancel is reported as success on Android and as fail on iOS (WeChat forum answer,
            // https://developers.weixin.qq.com/community/personal/oCJUsw149jFpL9HWGDzNIWtJBYOg/answer).
            const ok = choice === 'save' || (choice === 'cancel' && this.platform === 'android');
            const errMsg = ok
              ? 'addPhoneCalendar:ok'
              : choice === 'deny'
                ? 'addPhoneCalendar:fail auth deny'
                : 'addPhoneCalendar:fail cancel';
            this.record.calendar.push({ ...event, choice, errMsg });
            if (choice === 'deny') this.authSetting['scope.addPhoneCalendar'] = false;
            this.settle(options, 'addPhoneCalendar', ok, { errMsg });
          });
        });
      },
      makePhoneCall: (options: Callbacks & { phoneNumber: unknown }) => {
        this.record.calls.push(String(options.phoneNumber));
        this.host.phoneCall(String(options.phoneNumber), (choice) => {
          if (choice === 'call') this.ok(options, 'makePhoneCall');
          else this.fail(options, 'makePhoneCall', 'cancel');
        });
      },
      openSetting: (options: Callbacks = {}) => {
        this.record.settingsOpened += 1;
        this.host.openSetting({ ...this.authSetting }, (next) => {
          this.authSetting = { ...next };
          this.ok(options, 'openSetting', { authSetting: { ...next } });
        });
      },
      showToast: (options: Callbacks & { title: unknown; icon?: string; duration?: number }) => {
        const title = String(options.title);
        this.record.toasts.push(title);
        this.host.toast({ ...options, title });
        this.ok(options, 'showToast');
      },
      showModal: (options: Callbacks & ModalOptions) => {
        this.record.modals.push({ title: options.title ?? '', content: options.content ?? '' });
        this.host.modal(options, (confirm, content) => {
          this.ok(options, 'showModal', {
            confirm,
            cancel: !confirm,
            ...(options.editable ? { content } : {}),
          });
        });
      },
      setNavigationBarTitle: (options: Callbacks & { title: unknown }) => {
        this.record.titles.push(String(options.title));
        this.host.setTitle(String(options.title));
        this.ok(options, 'setNavigationBarTitle');
      },
      pageScrollTo: (options: Callbacks & { selector?: string; scrollTop?: number }) => {
        this.record.scrolls.push(options.selector ?? '');
        const error = this.host.scrollTo(options);
        if (error) this.settle(options, 'pageScrollTo', false, error);
        else this.ok(options, 'pageScrollTo');
      },
      showShareMenu: (options: Callbacks = {}) => {
        this.ok(options, 'showShareMenu');
      },
    };
    const wx: Record<string, unknown> = Object.fromEntries(
      Object.entries(api).map(([name, fn]) => [name, this.failable(name, fn)]),
    );
    // Absent when lazyLoadErrorListeners is undefined, as on base libraries before 2.24.3.
    Object.defineProperty(wx, 'onLazyLoadError', {
      enumerable: true,
      configurable: true,
      get: () => {
        const listeners = this.lazyLoadErrorListeners;
        return listeners === undefined
          ? undefined
          : (
              listener: (result: { type: string; subpackage: string[]; errMsg: string }) => void,
            ) => {
              listeners.push(listener);
            };
      },
    });
    return wx;
  }

  /** Wraps `name` (added by a host: the canvas, window info) in the same failure planning. */
  addApi(name: string, fn: AnyFn): void {
    this.wx[name] = this.failable(name, fn);
  }

  /** canvasToTempFilePath: `exportCanvas` writes the picture (a blank one when canvasExport is 'blank'). */
  exportCanvasApi(exportCanvas: (blank: boolean) => string | undefined): AnyFn {
    return (options: Callbacks) => {
      const path =
        this.canvasExport === 'fails' ? undefined : exportCanvas(this.canvasExport === 'blank');
      if (path === undefined) this.fail(options, 'canvasToTempFilePath', 'canvas is empty');
      else this.ok(options, 'canvasToTempFilePath', { tempFilePath: path });
    };
  }
}
