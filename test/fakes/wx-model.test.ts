// The platform model behind the jest fake and the preview answers as WeChat does: every refusal
// carries the platform's errMsg, and what the student chose in a system sheet is recorded, never
// assumed. These build their own model, so nothing here depends on the app's configuration.
import {
  MAX_PAGE_STACK,
  PRIVACY_NOT_AUTHORIZED,
  PRIVACY_NOT_DECLARED,
  STORAGE_ENTRY_TOO_BIG,
  STORAGE_FULL,
  WxModel,
  type WxError,
} from '../../scripts/lib/wx-model';

type Api = Record<string, (options?: unknown, ...rest: unknown[]) => unknown>;

function model(): { model: WxModel; wx: Api } {
  const created = new WxModel({
    routes: ['pages/home/index', 'pages/a/index', 'guide/pages/problem/index'],
    subpackageRoots: ['guide'],
  });
  return { model: created, wx: created.wx as Api };
}

/** Calls an async API and returns what its callbacks received. */
function call(wx: Api, name: string, options: object = {}): { ok: boolean; result: WxError } {
  let outcome: { ok: boolean; result: WxError } | undefined;
  wx[name]?.({
    ...options,
    success: (result: WxError) => (outcome = { ok: true, result }),
    fail: (result: WxError) => (outcome = { ok: false, result }),
  });
  if (!outcome) throw new Error(`${name} did not answer`);
  return outcome;
}

describe('storage', () => {
  test('keeps a serialised copy, and a full storage throws the platform error object', () => {
    const { model: m, wx } = model();
    const value = { list: [1] };
    wx.setStorageSync?.('k', value);
    value.list.push(2);
    expect(wx.getStorageSync?.('k')).toEqual({ list: [1] });
    expect(wx.getStorageSync?.('missing')).toBe('');
    m.failNext('setStorageSync', 1, STORAGE_FULL);
    let thrown: unknown;
    try {
      wx.setStorageSync?.('k', 1);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ message: STORAGE_FULL, errMsg: STORAGE_FULL });
    expect(m.record.failures).toEqual([{ api: 'setStorageSync', errMsg: STORAGE_FULL }]);
  });

  test('refuses one key over 1 MB and a total over 10 MB, keeping what was there', () => {
    const { model: m, wx } = model();
    expect(() => wx.setStorageSync?.('big', 'x'.repeat(1024 * 1024))).toThrow(
      STORAGE_ENTRY_TOO_BIG,
    );
    for (let i = 0; i < 10; i += 1) wx.setStorageSync?.(`k${i}`, 'x'.repeat(1000 * 1000));
    expect(() => wx.setStorageSync?.('one-more', 'x'.repeat(600 * 1000))).toThrow(STORAGE_FULL);
    expect(m.storage.has('one-more')).toBe(false);
    expect(m.storage.has('big')).toBe(false);
    expect((wx.getStorageInfoSync?.() as { keys: string[] }).keys).toHaveLength(10);
  });
});

describe('page stack', () => {
  test('an 11th page, an unknown page and Back from the first page are refused', () => {
    const { model: m, wx } = model();
    expect(call(wx, 'reLaunch', { url: '/pages/home/index' }).ok).toBe(true);
    expect(call(wx, 'navigateBack').result.errMsg).toBe(
      'navigateBack:fail cannot navigate back at first page.',
    );
    expect(call(wx, 'navigateTo', { url: '/pages/nope/index' }).result.errMsg).toBe(
      'navigateTo:fail page "pages/nope/index" is not found',
    );
    for (let i = 1; i < MAX_PAGE_STACK; i += 1) call(wx, 'navigateTo', { url: '../a/index?n=1' });
    expect(m.pageStack).toHaveLength(MAX_PAGE_STACK);
    expect(m.pageStack.at(-1)).toMatchObject({ route: 'pages/a/index', options: { n: '1' } });
    expect(call(wx, 'navigateTo', { url: '/pages/a/index' }).result.errMsg).toBe(
      'navigateTo:fail webview count limit exceed',
    );
    expect(call(wx, 'redirectTo', { url: '/pages/home/index' }).ok).toBe(true);
    expect(m.pageStack).toHaveLength(MAX_PAGE_STACK);
    expect(call(wx, 'navigateBack', { delta: 20 }).ok).toBe(true);
    expect(m.pageStack.map((page) => page.route)).toEqual(['pages/home/index']);
  });

  test('a subpackage that does not download leaves the page where it was', () => {
    const { model: m, wx } = model();
    call(wx, 'reLaunch', { url: '/pages/home/index' });
    m.failSubpackage('guide');
    for (const method of ['navigateTo', 'redirectTo', 'reLaunch']) {
      expect(call(wx, method, { url: '/guide/pages/problem/index?id=3' }).result.errMsg).toBe(
        `${method}:fail loadSubpackage: fail`,
      );
    }
    expect(m.pageStack.map((page) => page.route)).toEqual(['pages/home/index']);
    m.subpackageFailures.clear();
    expect(call(wx, 'navigateTo', { url: '/guide/pages/problem/index?id=3' }).ok).toBe(true);
    const seen: string[] = [];
    (wx.onLazyLoadError as unknown as (fn: (r: { errMsg: string }) => void) => void)((result) =>
      seen.push(result.errMsg),
    );
    m.emitLazyLoadError('tools', 'timeout');
    m.emitLazyLoadError('tools', 'fail');
    expect(seen).toEqual(['loadSubpackage: timeout', 'loadSubpackage: fail']);
  });
});

describe('privacy consent', () => {
  test('the app’s listener is asked, the call waits, and a refusal fails with errno 104', () => {
    const { model: m, wx } = model();
    m.privacy.needAuthorization = true;
    const pending: ((option: { event: string; buttonId?: string }) => void)[] = [];
    const referrers: string[] = [];
    (wx.onNeedPrivacyAuthorization as unknown as (fn: unknown) => void)(
      (resolve: (o: { event: string }) => void, info: { referrer: string }) => {
        pending.push(resolve);
        referrers.push(info.referrer);
      },
    );
    const results: WxError[] = [];
    const record = (result: WxError): number => results.push(result);
    wx.setClipboardData?.({ data: 'chsi.com.cn', success: record, fail: record });
    expect(results).toEqual([]);
    pending[0]?.({ event: 'disagree' });
    expect(results[0]).toEqual({
      errMsg: 'setClipboardData:fail privacy permission is not authorized',
      errno: PRIVACY_NOT_AUTHORIZED,
    });
    wx.requirePrivacyAuthorize?.({ success: record, fail: record });
    pending[1]?.({ event: 'agree', buttonId: 'agree' });
    expect(results[1]).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' });
    expect(referrers).toEqual(['setClipboardData', 'requirePrivacyAuthorize']);
    expect(m.privacy.needAuthorization).toBe(false);
    expect(m.record.clipboard).toEqual([]);
  });

  test('without a listener WeChat’s own popup asks; an undeclared API fails with errno 112', () => {
    const { model: m, wx } = model();
    m.privacy.needAuthorization = true;
    m.platformConsentAnswer = true;
    expect(call(wx, 'setClipboardData', { data: 'x' }).ok).toBe(true);
    expect(m.record.clipboard).toEqual(['x']);
    m.privacy.declared = ['剪切板'];
    expect(call(wx, 'addPhoneCalendar', { title: 't', startTime: 1 }).result).toEqual({
      errMsg: 'addPhoneCalendar:fail api scope is not declared in the privacy agreement',
      errno: PRIVACY_NOT_DECLARED,
    });
    expect(m.record.calendar).toEqual([]);
  });

  test('tapping the agree button gives consent', () => {
    const { model: m } = model();
    m.privacy.needAuthorization = true;
    m.tapAgreeButton('privacy-agree');
    expect(m.privacy.needAuthorization).toBe(false);
  });
});

describe('calendar and phone', () => {
  const event = { title: '提醒', description: '', startTime: 1_800_000_000 };

  test('a cancelled calendar sheet fails on iOS but reports success on Android', () => {
    const { model: m, wx } = model();
    m.calendarChoice = 'cancel';
    expect(call(wx, 'addPhoneCalendar', event).result.errMsg).toBe('addPhoneCalendar:fail cancel');
    m.platform = 'android';
    expect(call(wx, 'addPhoneCalendar', event)).toEqual({
      ok: true,
      result: { errMsg: 'addPhoneCalendar:ok' },
    });
    expect(m.record.calendar.map((entry) => entry.choice)).toEqual(['cancel', 'cancel']);
    m.calendarChoice = 'deny';
    expect(call(wx, 'addPhoneCalendar', event).result.errMsg).toBe(
      'addPhoneCalendar:fail auth deny',
    );
    expect(m.authSetting['scope.addPhoneCalendar']).toBe(false);
  });

  test('a call is recorded whether or not the student dials', () => {
    const { model: m, wx } = model();
    m.callChoice = 'cancel';
    expect(call(wx, 'makePhoneCall', { phoneNumber: '028-1' }).result.errMsg).toBe(
      'makePhoneCall:fail cancel',
    );
    expect(m.record.calls).toEqual(['028-1']);
  });

  test('a blank export succeeds; only a failing one fails', () => {
    const { model: m } = model();
    const exportApi = m.exportCanvasApi((blank) => (blank ? 'blank.png' : 'card.png'));
    m.addApi('canvasToTempFilePath', exportApi);
    const wx = m.wx as Api;
    m.canvasExport = 'blank';
    expect(call(wx, 'canvasToTempFilePath').result).toMatchObject({ tempFilePath: 'blank.png' });
    m.canvasExport = 'fails';
    expect(call(wx, 'canvasToTempFilePath').result.errMsg).toBe(
      'canvasToTempFilePath:fail canvas is empty',
    );
  });
});
