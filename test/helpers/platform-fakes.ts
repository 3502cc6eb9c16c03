// Failures only a real phone shows, installed on the jest `wx` fake (wx-mock) through
// wxControl.replaceApi, so a test states which way the platform fails and reset() undoes it.
// Each fails the way WeChat does, as the platform notes record it.
import { wxControl } from './wx-mock';

type Callbacks = {
  success?: (result: Record<string, unknown>) => void;
  fail?: (result: { errMsg: string }) => void;
  complete?: (result: Record<string, unknown>) => void;
};

function currentWx(): Record<string, unknown> {
  return (globalThis as unknown as { wx: Record<string, unknown> }).wx;
}

function failWith(api: string, options: Callbacks, errMsg: string): void {
  wxControl.record.failures.push({ api, errMsg });
  options.fail?.({ errMsg });
  options.complete?.({ errMsg });
}

/**
 * The subpackages under `roots` never download (a weak campus network): navigateTo, redirectTo
 * and reLaunch to any of their pages fail, and the page stays where it was; pages of the main
 * package still open.
 */
export function subpackagesUnreachable(roots: readonly string[]): void {
  for (const method of ['navigateTo', 'redirectTo', 'reLaunch'] as const) {
    const original = currentWx()[method] as (options: Callbacks & { url: string }) => void;
    wxControl.replaceApi(method, (options: Callbacks & { url: string }) => {
      const root = options.url.replace(/^\//, '').split('/')[0] ?? '';
      if (roots.includes(root)) {
        failWith(method, options, `${method}:fail loadSubpackage fail`);
        return;
      }
      original(options);
    });
  }
}

/**
 * wx.addPhoneCalendar as each platform answers it: the system sheet opens, and the student saves
 * or cancels. On Android a cancel still calls success; on iOS it calls fail.
 */
export function phoneCalendar(platform: 'android' | 'ios', student: 'saves' | 'cancels'): void {
  wxControl.replaceApi('addPhoneCalendar', (options: Callbacks) => {
    if (student === 'cancels' && platform === 'ios') {
      failWith('addPhoneCalendar', options, 'addPhoneCalendar:fail cancel');
      return;
    }
    options.success?.({ errMsg: 'addPhoneCalendar:ok' });
    options.complete?.({ errMsg: 'addPhoneCalendar:ok' });
  });
}
