// The cohort year (入学年份) a freshman types on CHSI, from the Beijing date: a new cohort starts in
// the month the college sets (September by default), whatever the phone's or the server's time zone.
import { BEIJING_OFFSET_MS } from './beijing-day';

/** The year of the Beijing calendar day containing `now`, and its month (1–12). */
function beijingYearMonth(now: Date): { readonly year: number; readonly month: number } {
  const shifted = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/**
 * The newest cohort on the Beijing date of `now`: from the first day of `startMonth` (1–12) a new
 * cohort has started, so 2026-09-01 in Beijing gives 2026 and 2026-08-31 gives 2025.
 * A month outside 1–12 is treated as September, the usual start of the academic year.
 */
export function currentCohortYear(now: Date, startMonth: number): number {
  const month =
    Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12 ? startMonth : 9;
  const beijing = beijingYearMonth(now);
  return beijing.month >= month ? beijing.year : beijing.year - 1;
}

/** A pinned year older than the current cohort: the staff scripts warn (or refuse) before use. */
export function isPinnedYearStale(
  pinnedYear: number | undefined,
  now: Date,
  startMonth: number,
): boolean {
  return pinnedYear !== undefined && pinnedYear < currentCohortYear(now, startMonth);
}

/** The warning the staff scripts print for a stale pinned year; '' when nothing is wrong. */
export function staleCohortWarning(
  pinnedYear: number | undefined,
  now: Date,
  startMonth: number,
): string {
  if (!isPinnedYearStale(pinnedYear, now, startMonth)) return '';
  const current = currentCohortYear(now, startMonth);
  return (
    `WARNING: miniprogram/content/school-config.ts pins enrollmentYear to ${String(pinnedYear)}, ` +
    `but the current cohort (Beijing date, new cohort from month ${String(startMonth)}) is ` +
    `${String(current)}. Freshmen would type the wrong 入学年份 on CHSI: remove the pin or update it.`
  );
}
