// "明天提醒我": wx.addPhoneCalendar's answers become what the page says; nothing ever rejects.
import {
  CALENDAR_SCOPE,
  addPhoneReminder,
  openPermissionSettings,
} from '../../miniprogram/services/calendar';
import { wxControl } from '../helpers/wx-mock';

type CalendarOptions = Record<string, unknown> & {
  success?: () => void;
  fail?: (error: { errMsg?: string }) => void;
};

beforeEach(() => {
  wxControl.reset();
});

const REMINDER = { title: '申请同学协助', description: '今天可以再申请', startsAt: 1796083200500 };

test('the reminder is added at its time, in seconds, with an alarm', async () => {
  const seen: CalendarOptions[] = [];
  wxControl.replaceApi('addPhoneCalendar', (options: CalendarOptions) => {
    seen.push(options);
    options.success?.();
  });
  await expect(addPhoneReminder(REMINDER)).resolves.toBe('opened');
  expect(seen[0]).toMatchObject({
    title: REMINDER.title,
    description: REMINDER.description,
    startTime: 1796083200,
    alarm: true,
    alarmOffset: 0,
  });
});

test.each([
  ['addPhoneCalendar:fail privacy permission is not authorized', 'no-consent'],
  ['addPhoneCalendar:fail api scope is not declared in the privacy agreement', 'unavailable'],
  ['addPhoneCalendar:fail cancel', 'cancelled'],
  ['addPhoneCalendar:fail auth deny', 'denied'],
  ['addPhoneCalendar:fail authorize no response', 'denied'],
  ['addPhoneCalendar:fail system permission denied', 'denied'],
  ['addPhoneCalendar:fail not supported', 'unsupported'],
  ['addPhoneCalendar:fail unsupported', 'unsupported'],
  ['addPhoneCalendar:fail', 'failed'],
  ['', 'failed'],
])('a failure "%s" is %s', async (errMsg, outcome) => {
  wxControl.replaceApi('addPhoneCalendar', (options: CalendarOptions) => {
    options.fail?.({ errMsg });
  });
  await expect(addPhoneReminder(REMINDER)).resolves.toBe(outcome);
});

test('a failure without errMsg is failed', async () => {
  wxControl.replaceApi('addPhoneCalendar', (options: CalendarOptions) => {
    options.fail?.({});
  });
  await expect(addPhoneReminder(REMINDER)).resolves.toBe('failed');
});

test('a client without addPhoneCalendar is unsupported; one that throws is failed', async () => {
  wxControl.replaceApi('addPhoneCalendar', undefined);
  await expect(addPhoneReminder(REMINDER)).resolves.toBe('unsupported');
  wxControl.replaceApi('addPhoneCalendar', () => {
    throw new Error('boom');
  });
  await expect(addPhoneReminder(REMINDER)).resolves.toBe('failed');
});

test('the settings page reports whether the calendar is now allowed', async () => {
  const answer = (authSetting: Record<string, boolean>) => (options: CalendarOptions) => {
    (options.success as ((result: unknown) => void) | undefined)?.({ authSetting });
  };
  wxControl.replaceApi('openSetting', answer({ [CALENDAR_SCOPE]: true }));
  await expect(openPermissionSettings()).resolves.toBe(true);
  wxControl.replaceApi('openSetting', answer({ [CALENDAR_SCOPE]: false }));
  await expect(openPermissionSettings()).resolves.toBe(false);
  wxControl.replaceApi('openSetting', answer({}));
  await expect(openPermissionSettings()).resolves.toBe(false);
  wxControl.replaceApi('openSetting', (options: CalendarOptions) => {
    options.fail?.({ errMsg: 'openSetting:fail' });
  });
  await expect(openPermissionSettings()).resolves.toBe(false);
  expect(CALENDAR_SCOPE).toBe('scope.addPhoneCalendar');
});
