// Day arithmetic in Beijing time (UTC+8, no daylight saving), whatever the phone's time zone.
// Only epoch arithmetic and UTC getters are used: a local-time getter (getDate, getHours…) would
// shift the day with the device's zone, which is exactly the bug this module exists to avoid.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A Beijing calendar day as YYYY-MM-DD. */
export type DayKey = string;

/** The Beijing calendar day that contains the instant `epochMs`. */
export function beijingDayKey(epochMs: number): DayKey {
  const shifted = new Date(epochMs + BEIJING_OFFSET_MS);
  const year = String(shifted.getUTCFullYear()).padStart(4, '0');
  const month = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const day = String(shifted.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The Beijing time of day of `epochMs` as HH:MM. */
export function beijingTimeText(epochMs: number): string {
  const shifted = new Date(epochMs + BEIJING_OFFSET_MS);
  const hours = String(shifted.getUTCHours()).padStart(2, '0');
  const minutes = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${hours}:${minutes}`;
}

/**
 * The next `hour`:00 Beijing time after `epochMs` on the following Beijing day (the morning after
 * the day's quota is used up), as epoch milliseconds.
 */
export function nextBeijingMorning(epochMs: number, hour: number): number {
  return epochMs + msUntilNextBeijingMidnight(epochMs) + hour * 60 * 60 * 1000;
}

/** Milliseconds from `epochMs` until the next 00:00 Beijing time (never 0: at midnight, a day). */
export function msUntilNextBeijingMidnight(epochMs: number): number {
  const intoDay = (((epochMs + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return DAY_MS - intoDay;
}

/** "3 小时 20 分钟" for a positive duration, rounded up to the minute. */
export function durationText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

/** True for a well-formed YYYY-MM-DD that names a real calendar day. */
export function isDayKey(value: string): value is DayKey {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
