// The 入学年份 follows the Beijing calendar: a new cohort from the college's start month, in any
// time zone, and a pinned year that lags is flagged for the staff scripts.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { isPinnedYearStale, staleCohortWarning } from '../../miniprogram/core/cohort-check';
import { currentCohortYear } from '../../miniprogram/core/cohort-year';
import {
  enrollmentYearText,
  resolveSchoolConfig,
  schoolSettings,
} from '../../miniprogram/content/school-config';

// 2026-09-01 00:00 in Beijing is 2026-08-31 16:00 UTC: the first instant of the 2026 cohort.
const SWITCH = Date.UTC(2026, 7, 31, 16, 0, 0);

test('the cohort changes at 00:00 Beijing time on the first day of the start month', () => {
  expect(currentCohortYear(new Date(SWITCH - 1), 9)).toBe(2025);
  expect(currentCohortYear(new Date(SWITCH), 9)).toBe(2026);
  // Late in the year and early the next year still belong to the autumn's cohort.
  expect(currentCohortYear(new Date(Date.UTC(2026, 11, 1, 2, 0, 0)), 9)).toBe(2026);
  expect(currentCohortYear(new Date(Date.UTC(2027, 5, 30, 12, 0, 0)), 9)).toBe(2026);
  // In UTC it is still August 31 at the switch: a UTC-based version would say 2025 here.
  expect(new Date(SWITCH).getUTCMonth()).toBe(7);
});

test('the start month is the college’s: March starts a spring cohort', () => {
  const march1Beijing = Date.UTC(2027, 1, 28, 16, 0, 0);
  expect(currentCohortYear(new Date(march1Beijing - 1), 3)).toBe(2026);
  expect(currentCohortYear(new Date(march1Beijing), 3)).toBe(2027);
  expect(currentCohortYear(new Date(march1Beijing), 1)).toBe(2027);
  // A month outside 1–12 falls back to September rather than giving nonsense.
  expect(currentCohortYear(new Date(SWITCH), 13)).toBe(2026);
  expect(currentCohortYear(new Date(SWITCH - 1), 0)).toBe(2025);
  // December is a real start month, not an out-of-range one.
  const december1Beijing = Date.UTC(2026, 10, 30, 16, 0, 0);
  expect(currentCohortYear(new Date(december1Beijing - 1), 12)).toBe(2025);
  expect(currentCohortYear(new Date(december1Beijing), 12)).toBe(2026);
});

test('a pinned year wins, and a pinned year older than the current cohort is stale', () => {
  const now = new Date(Date.UTC(2026, 11, 1));
  expect(
    resolveSchoolConfig({ ...schoolSettings, pinnedEnrollmentYear: 2022 }, now).enrollmentYear,
  ).toBe(2022);
  const unpinned = { ...schoolSettings, cohortStartMonth: 9, pinnedEnrollmentYear: undefined };
  expect(resolveSchoolConfig(unpinned, now).enrollmentYear).toBe(2026);
  expect(isPinnedYearStale(2022, now, 9)).toBe(true);
  expect(isPinnedYearStale(2026, now, 9)).toBe(false);
  expect(isPinnedYearStale(undefined, now, 9)).toBe(false);
  expect(staleCohortWarning(2022, now, 9)).toContain('2022');
  expect(staleCohortWarning(2022, now, 9)).toContain('2026');
  expect(staleCohortWarning(2022, now, 9)).toContain('new cohort from month 9');
  expect(staleCohortWarning(2026, now, 9)).toBe('');
});

test('the configuration pins no year older than the current cohort (npm run check refuses one)', () => {
  const { pinnedEnrollmentYear, cohortStartMonth } = schoolSettings;
  expect(isPinnedYearStale(pinnedEnrollmentYear, new Date(), cohortStartMonth)).toBe(false);
});

test('wherever the year is shown, the student reads what it means', () => {
  const config = resolveSchoolConfig(
    { ...schoolSettings, cohortStartMonth: 9, pinnedEnrollmentYear: undefined },
    new Date(SWITCH),
  );
  expect(enrollmentYearText(config)).toBe(
    '入学年份：2026（填你自己入学的年份：2026 年入学就填 2026）',
  );
});

// Jest runs in one zone, so the switch is checked again in fresh Node processes in Beijing, UTC,
// and far zones on both sides (Los Angeles, UTC−7 in summer; Kiritimati, UTC+14).
const PROBE = `
require('./scripts/lib/register-ts');
const { currentCohortYear } = require('./miniprogram/core/cohort-year');
process.stdout.write(JSON.stringify({
  before: currentCohortYear(new Date(${SWITCH - 1}), 9),
  after: currentCohortYear(new Date(${SWITCH}), 9),
  offset: new Date(${SWITCH}).getTimezoneOffset(),
}));
`;

test.each([
  ['Asia/Shanghai', -480],
  ['UTC', 0],
  ['America/Los_Angeles', 420],
  ['Pacific/Kiritimati', -840],
])('with the device zone at %s the cohort still switches on the Beijing date', (zone, offset) => {
  const output = execFileSync(process.execPath, ['-e', PROBE], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  expect(JSON.parse(output)).toEqual({ before: 2025, after: 2026, offset });
});
