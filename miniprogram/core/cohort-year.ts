// The cohort year (入学年份) a freshman types on CHSI, from the Beijing date: a new cohort starts in
// the month the college sets (September by default), whatever the phone's or the server's time zone.

/** Beijing is UTC+8 all year (no daylight saving); the same offset as beijing-day.ts. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

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
