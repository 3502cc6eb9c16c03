// The school's check window (school-config `checkWindow`) as the student reads it: the cutoff with
// the days left, or 按学校通知 when the college set none or set it malformed — never a made-up date.
import { BEIJING_OFFSET_MS, DAY_MS, beijingDayKey, isDayKey } from './beijing-day';

export interface CheckWindowInput {
  readonly start: string;
  readonly end: string;
  readonly cutoffTime: string;
}

/** What the student is told when the college configured no window. */
export const UNSET_WINDOW_TEXT = '核对时间按学校通知';

/**
 * unset: nothing (valid) configured. before: the school has not opened the check yet. open: within
 * the window. last-day: the cutoff is today. closed: the cutoff has passed.
 */
export type CheckWindowState = 'unset' | 'before' | 'open' | 'last-day' | 'closed';

export interface CheckWindowView {
  readonly state: CheckWindowState;
  /** 学校要求：10 月 31 日 17:00 前核对完 / 核对时间按学校通知 */
  readonly text: string;
  /** 还有 5 天 / 今天 17:00 截止 / 已过截止时间 / '' */
  readonly daysLeft: string;
  /** 10 月 15 日: the first day of the window (records visible from then), or ''. */
  readonly startText: string;
  /** The cutoff as epoch ms, or undefined when unset. */
  readonly cutoffAt: number | undefined;
  /** When a calendar reminder should ring (a day before the cutoff), or undefined when too late. */
  readonly remindAt: number | undefined;
}

function isTime(value: string): boolean {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match !== null && Number(match[1]) < 24 && Number(match[2]) < 60;
}

/** What is wrong with a configured window, in Chinese for the staff (empty: nothing). */
export function checkWindowProblems(window: CheckWindowInput): readonly string[] {
  const problems: string[] = [];
  for (const key of ['start', 'end'] as const) {
    if (!isDayKey(window[key])) problems.push(`checkWindow.${key}: YYYY-MM-DD`);
  }
  if (!isTime(window.cutoffTime)) problems.push('checkWindow.cutoffTime: HH:MM');
  if (problems.length === 0 && window.end < window.start) problems.push('checkWindow: end < start');
  return problems;
}

/** The numbers of a validated YYYY-MM-DD or HH:MM. */
function numbers(text: string): readonly [number, number, number] {
  const [a = 0, b = 0, c = 0] = text.split(/[-:]/).map(Number);
  return [a, b, c];
}

/** Epoch ms of a Beijing day and HH:MM. */
function beijingInstant(day: string, time: string): number {
  const [year, month, date] = numbers(day);
  const [hours, minutes] = numbers(time);
  return Date.UTC(year, month - 1, date, hours, minutes) - BEIJING_OFFSET_MS;
}

/** 10 月 31 日 */
function dayText(day: string): string {
  const [, month, date] = numbers(day);
  return `${String(month)} 月 ${String(date)} 日`;
}

function dayNumber(day: string): number {
  const [year, month, date] = numbers(day);
  return Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
}

export function checkWindowView(
  window: CheckWindowInput | undefined,
  now: number,
): CheckWindowView {
  if (!window || checkWindowProblems(window).length > 0) {
    return {
      state: 'unset',
      text: UNSET_WINDOW_TEXT,
      daysLeft: '',
      startText: '',
      cutoffAt: undefined,
      remindAt: undefined,
    };
  }
  const cutoffAt = beijingInstant(window.end, window.cutoffTime);
  const today = beijingDayKey(now);
  const days = dayNumber(window.end) - dayNumber(today);
  const state: CheckWindowState =
    now >= cutoffAt ? 'closed' : days === 0 ? 'last-day' : today < window.start ? 'before' : 'open';
  const daysLeft =
    state === 'closed'
      ? '已过截止时间'
      : state === 'last-day'
        ? `今天 ${window.cutoffTime} 截止`
        : `还有 ${String(days)} 天`;
  const remindAt = cutoffAt - DAY_MS;
  return {
    state,
    text: `学校要求：${dayText(window.end)} ${window.cutoffTime} 前核对完`,
    daysLeft,
    startText: dayText(window.start),
    cutoffAt,
    remindAt: remindAt > now ? remindAt : undefined,
  };
}
