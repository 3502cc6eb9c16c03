// For the staff scripts only (never loaded by the app): is a pinned 入学年份 older than the current
// cohort, and the warning they print. build (scripts/ci.js) can refuse upload/preview on it.
import { currentCohortYear } from './cohort-year';

/** A pinned year older than the current cohort: the staff scripts warn (or refuse) before use. */
export function isPinnedYearStale(
  pinnedYear: number | undefined,
  now: Date,
  startMonth: number,
): boolean {
  return pinnedYear !== undefined && pinnedYear < currentCohortYear(now, startMonth);
}

/** What is wrong with a stale pinned year (the scripts say in which file); '' when nothing is. */
export function staleCohortWarning(
  pinnedYear: number | undefined,
  now: Date,
  startMonth: number,
): string {
  if (!isPinnedYearStale(pinnedYear, now, startMonth)) return '';
  const current = currentCohortYear(now, startMonth);
  return (
    `pinnedEnrollmentYear is ${String(pinnedYear)}, ` +
    `but the current cohort (Beijing date, new cohort from month ${String(startMonth)}) is ` +
    `${String(current)}. Freshmen would type the wrong 入学年份 on CHSI: remove the pin or update it.`
  );
}
