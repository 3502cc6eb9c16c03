// The school's check window as the student reads it: a cutoff with the days left, in Beijing time
// whatever the phone's zone, or 按学校通知 when nothing (valid) is configured — never a made-up date.
import {
  checkWindowProblems,
  checkWindowView,
  UNSET_WINDOW_TEXT,
} from '../../miniprogram/core/check-window';

const WINDOW = { start: '2026-10-08', end: '2026-10-31', cutoffTime: '17:00' };
/** An instant given in Beijing time. */
const beijing = (text: string): number => Date.parse(`${text}+08:00`);

test('unset or malformed: 按学校通知, no date, no reminder', () => {
  for (const window of [
    undefined,
    { ...WINDOW, end: '2026-10-32' },
    { ...WINDOW, cutoffTime: '5pm' },
    { ...WINDOW, start: '2026-11-01' },
  ]) {
    const view = checkWindowView(window, beijing('2026-10-20T09:00'));
    expect(view).toMatchObject({ state: 'unset', text: UNSET_WINDOW_TEXT, daysLeft: '' });
    expect(view.text).not.toMatch(/\d/);
    expect(view.cutoffAt).toBeUndefined();
    expect(view.remindAt).toBeUndefined();
  }
});

test('the staff are told what is malformed', () => {
  expect(checkWindowProblems(WINDOW)).toEqual([]);
  expect(checkWindowProblems({ ...WINDOW, end: '10/31' }).join()).toContain('checkWindow.end');
  expect(checkWindowProblems({ ...WINDOW, cutoffTime: '24:00' }).join()).toContain('cutoffTime');
  expect(checkWindowProblems({ ...WINDOW, start: '2026-11-01' }).join()).toContain('end < start');
});

test('open: the cutoff and the days left, counted in Beijing days', () => {
  const view = checkWindowView(WINDOW, beijing('2026-10-20T23:30'));
  expect(view.state).toBe('open');
  expect(view.text).toBe('学校要求：10 月 31 日 17:00 前核对完');
  expect(view.daysLeft).toBe('还有 11 天');
  expect(view.startText).toBe('10 月 8 日');
  expect(view.cutoffAt).toBe(beijing('2026-10-31T17:00'));
  // A day before the cutoff, at the cutoff's time of day.
  expect(view.remindAt).toBe(beijing('2026-10-30T17:00'));
});

test('before the window, on the last day, and after the cutoff', () => {
  expect(checkWindowView(WINDOW, beijing('2026-10-01T08:00'))).toMatchObject({
    state: 'before',
    daysLeft: '还有 30 天',
  });
  const lastDay = checkWindowView(WINDOW, beijing('2026-10-31T16:59'));
  expect(lastDay).toMatchObject({ state: 'last-day', daysLeft: '今天 17:00 截止' });
  expect(lastDay.remindAt).toBeUndefined();
  expect(checkWindowView(WINDOW, beijing('2026-10-31T17:00'))).toMatchObject({
    state: 'closed',
    daysLeft: '已过截止时间',
  });
});
