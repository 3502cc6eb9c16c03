// Adds a reminder to the phone's calendar with wx.addPhoneCalendar (scope.addPhoneCalendar, a
// privacy API declared as 日历（仅写入） in the privacy guide). WeChat allows it only from a tap, so
// it is called straight from the tap handler: WeChat then asks for the scope itself, and a missing
// privacy consent goes to the dialog on the page (services/privacy). Nothing personal is written.
import { announcePrivacyCall } from './privacy';

export interface Reminder {
  readonly title: string;
  readonly description: string;
  /** Epoch milliseconds. */
  readonly startsAt: number;
}

/**
 * opened: the phone's calendar sheet was shown and closed. That is all success means: on Android
 * a cancelled sheet reports success too, so the app never claims the event was saved. cancelled:
 * the student closed the sheet (iOS reports it). denied: the calendar permission was refused
 * (WeChat will not ask again; the settings page can allow it). no-consent: the privacy guide was
 * not agreed to. unavailable: the mini-program's privacy guide does not declare 日历 (errno 112).
 * unsupported: this WeChat has no addPhoneCalendar. failed: anything else.
 */
export type ReminderOutcome =
  'opened' | 'cancelled' | 'denied' | 'no-consent' | 'unavailable' | 'unsupported' | 'failed';

export const CALENDAR_SCOPE = 'scope.addPhoneCalendar';

function outcomeOf(error: { errMsg?: string; errno?: number }): ReminderOutcome {
  const errMsg = error.errMsg ?? '';
  // Checked before "privacy": the undeclared-API message also mentions the privacy agreement.
  if (error.errno === 112 || /not declared/i.test(errMsg)) return 'unavailable';
  if (/privacy/i.test(errMsg)) return 'no-consent';
  if (/cancel/i.test(errMsg)) return 'cancelled';
  if (/auth|deny|denied|permission/i.test(errMsg)) return 'denied';
  if (/not support|not supported|unsupported/i.test(errMsg)) return 'unsupported';
  return 'failed';
}

/** Call from a tap handler. Never rejects. */
export function addPhoneReminder(reminder: Reminder): Promise<ReminderOutcome> {
  const api = wx as Partial<typeof wx>;
  if (typeof api.addPhoneCalendar !== 'function') return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    announcePrivacyCall('calendar');
    try {
      wx.addPhoneCalendar({
        title: reminder.title,
        description: reminder.description,
        // Seconds: the API takes a Unix timestamp.
        startTime: Math.floor(reminder.startsAt / 1000),
        alarm: true,
        alarmOffset: 0,
        success: () => {
          resolve('opened');
        },
        fail: (error: { errMsg?: string; errno?: number }) => {
          resolve(outcomeOf(error));
        },
      });
    } catch {
      resolve('failed');
    }
  });
}

/** Opens the mini-program's settings page, where a refused permission can be allowed (from a tap). */
export function openPermissionSettings(): Promise<boolean> {
  return new Promise((resolve) => {
    wx.openSetting({
      success: (result) => {
        resolve(result.authSetting[CALENDAR_SCOPE] === true);
      },
      fail: () => {
        resolve(false);
      },
    });
  });
}
