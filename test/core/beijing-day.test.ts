import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import {
  beijingDayKey,
  beijingTimeText,
  durationText,
  nextBeijingMorning,
  isDayKey,
  msUntilNextBeijingMidnight,
} from '../../miniprogram/core/beijing-day';

// 2026-11-30 23:59:59 and 2026-12-01 00:00:00 in Beijing are 15:59:59 and 16:00:00 UTC.
const LAST_SECOND = Date.UTC(2026, 10, 30, 15, 59, 59);
const MIDNIGHT = Date.UTC(2026, 10, 30, 16, 0, 0);

test('the day turns at 00:00 Beijing time', () => {
  expect(beijingDayKey(LAST_SECOND)).toBe('2026-11-30');
  expect(beijingDayKey(MIDNIGHT)).toBe('2026-12-01');
  expect(beijingDayKey(MIDNIGHT - 1)).toBe('2026-11-30');
  // New year and a leap day.
  expect(beijingDayKey(Date.UTC(2027, 11, 31, 16, 0, 0))).toBe('2028-01-01');
  expect(beijingDayKey(Date.UTC(2028, 1, 28, 16, 0, 0))).toBe('2028-02-29');
});

test('time until the next Beijing midnight', () => {
  expect(msUntilNextBeijingMidnight(LAST_SECOND)).toBe(1000);
  expect(msUntilNextBeijingMidnight(MIDNIGHT)).toBe(24 * 3600 * 1000);
  expect(msUntilNextBeijingMidnight(Date.UTC(2026, 10, 30, 2, 0, 0))).toBe(14 * 3600 * 1000);
  expect(msUntilNextBeijingMidnight(-1)).toBe(16 * 3600 * 1000 + 1);
});

test('durations read as hours and minutes, rounded up', () => {
  expect(durationText(1000)).toBe('1 分钟');
  expect(durationText(14 * 3600 * 1000)).toBe('14 小时');
  expect(durationText(3600 * 1000 + 61 * 1000)).toBe('1 小时 2 分钟');
});

test('day keys are checked as real calendar days', () => {
  expect(isDayKey('2026-11-30')).toBe(true);
  expect(isDayKey('2028-02-29')).toBe(true);
  expect(isDayKey('2026-02-29')).toBe(false);
  expect(isDayKey('2026-13-01')).toBe(false);
  expect(isDayKey('2026-1-1')).toBe(false);
  expect(isDayKey('<script>')).toBe(false);
  expect(isDayKey('x2026-11-30')).toBe(false);
  expect(isDayKey('2026-11-30x')).toBe(false);
  // Date.UTC reads years 0–99 as 1900–1999: year 26 must not pass for 1926.
  expect(isDayKey('0026-11-30')).toBe(false);
});

test('times of day read as HH:MM in Beijing, with leading zeros', () => {
  // 08:05 in Beijing is 00:05 UTC.
  expect(beijingTimeText(Date.UTC(2026, 10, 30, 0, 5, 0))).toBe('08:05');
  expect(beijingTimeText(LAST_SECOND)).toBe('23:59');
});

test('the next morning is that hour on the following Beijing day', () => {
  // 2026-12-01 08:00 Beijing is 2026-12-01 00:00 UTC: the morning after 22:00 on 2026-11-30, and
  // also after 00:30 on 2026-11-30 (the following day, not the same morning).
  const morning = Date.UTC(2026, 11, 1, 0, 0, 0);
  expect(nextBeijingMorning(Date.UTC(2026, 10, 30, 14, 0, 0), 8)).toBe(morning);
  expect(nextBeijingMorning(Date.UTC(2026, 10, 29, 16, 30, 0), 8)).toBe(morning);
});

// Jest runs in one time zone, so the boundary is checked again in fresh Node processes whose
// zone is UTC, UTC−5 (New York in winter) and UTC+9 (Tokyo). A version built on local-time
// getters (getDate, getHours) gives different days in these processes and fails here.
const PROBE = `
require('./scripts/lib/register-ts');
const day = require('./miniprogram/core/beijing-day');
const offset = new Date(${LAST_SECOND}).getTimezoneOffset();
process.stdout.write(JSON.stringify({
  offset,
  before: day.beijingDayKey(${LAST_SECOND}),
  after: day.beijingDayKey(${MIDNIGHT}),
  left: day.msUntilNextBeijingMidnight(${LAST_SECOND}),
}));
`;

test.each([
  ['UTC', 0],
  ['America/New_York', 300],
  ['Asia/Tokyo', -540],
])('with the device zone at %s the day still turns at 00:00 Beijing time', (zone, offset) => {
  const output = execFileSync(process.execPath, ['-e', PROBE], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  expect(JSON.parse(output)).toEqual({
    offset,
    before: '2026-11-30',
    after: '2026-12-01',
    left: 1000,
  });
});
