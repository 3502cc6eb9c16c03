// The school's values as the app reads them: their types, and what is derived from them (the
// 入学年份, the CHSI domain). The values themselves are in content/college.ts, the one file a
// college edits; nothing else in miniprogram/ repeats them.
import { currentCohortYear } from '../core/cohort-year';
import { schoolSettings as collegeSchoolSettings } from './college';

export interface SchoolContact {
  /** The department, e.g. 教务处. */
  readonly office: string;
  readonly person: string;
  /** Optional: a phone number students may call; a tap on it dials (guide/services/phone.ts). */
  readonly phone?: string;
  /** Optional: where to find the contact, e.g. 行政楼 201 室. */
  readonly room?: string;
  /** Optional: when to find them, e.g. 工作日 8:30–11:30、14:30–17:30. */
  readonly hours?: string;
  /** Optional: a WeChat ID or group students can message (the ready-made message is pasted there). */
  readonly wechat?: string;
  /** Optional: a QQ number or group. */
  readonly qq?: string;
  /** Optional: an e-mail address. */
  readonly email?: string;
}

/**
 * The school's trouble kinds: a wrong field of the record, no 学籍 visible yet on CHSI, still on
 * the school's 未查名单. Each may have its own contact; the default is `contact`.
 */
export type SchoolTrouble = 'record' | 'no-record' | 'unchecked';

/**
 * When the school wants the record checked, in Beijing time, from its own notice. The school has
 * finished its 新生学籍电子注册 by `start`, so records are visible from then on.
 */
export interface CheckWindow {
  /** YYYY-MM-DD. */
  readonly start: string;
  /** YYYY-MM-DD: the last day. */
  readonly end: string;
  /** HH:MM on `end` by which checks and corrections must be in (the cutoff). */
  readonly cutoffTime: string;
}

/** What a college sets. `schoolConfig` below adds the values derived from them. */
export interface SchoolSettings {
  /** Full official name, exactly as CHSI expects it in the 学籍学历信息 verification. */
  readonly fullName: string;
  /** The month (1–12) from which, in Beijing time, a new cohort has started. */
  readonly cohortStartMonth: number;
  /** Optional fixed 入学年份; the staff scripts warn when it lags the current cohort. */
  readonly pinnedEnrollmentYear?: number;
  /** Who students contact when a field of their record is wrong (the guide's contact). */
  readonly contact: SchoolContact;
  /** Optional: another contact for a kind of trouble (falls back to `contact`). */
  readonly contactFor?: Partial<Readonly<Record<SchoolTrouble, SchoolContact>>>;
  /** Optional: the check window from the school's notice. Unset: the app says 按学校通知. */
  readonly checkWindow?: CheckWindow;
  /** Optional: where a freshman finds the 学号, e.g. 录取通知书上，或者问辅导员. */
  readonly studentIdSource?: string;
  /** The CHSI address students copy; always the real domain, never a look-alike. */
  readonly chsiUrl: string;
  /** CHSI's service e-mail for account trouble (注意 2); source SOURCES.haue2025. No phone: sources differ. */
  readonly chsiServiceEmail: string;
  /** CHSI's help centre; same source. */
  readonly chsiHelpUrl: string;
}

export interface SchoolConfig extends SchoolSettings {
  /** 入学年份 the freshmen enter on CHSI: the pinned year, or the current cohort. */
  readonly enrollmentYear: number;
  /** The domain students are told to check in the address bar: chsiUrl's host without "www.". */
  readonly chsiDomain: string;
}

/** The host of an http(s) address without a leading "www." (chsi.com.cn for https://www.chsi.com.cn/). */
export function domainOf(url: string): string {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1];
  if (host === undefined) throw new Error(`not an http(s) address: ${url}`);
  return host.toLowerCase().replace(/^www\./, '');
}

/** The college's values, from the one file a college edits (content/college.ts). */
export const schoolSettings: SchoolSettings = collegeSchoolSettings;

/** The settings with the 入学年份 resolved for `now` (pinned, or the current cohort in Beijing). */
export function resolveSchoolConfig(settings: SchoolSettings, now: Date): SchoolConfig {
  return {
    ...settings,
    chsiDomain: domainOf(settings.chsiUrl),
    enrollmentYear:
      settings.pinnedEnrollmentYear ?? currentCohortYear(now, settings.cohortStartMonth),
  };
}

/** Resolved when the mini-program starts: WeChat restarts it often, so the year stays current. */
export const schoolConfig: SchoolConfig = resolveSchoolConfig(schoolSettings, new Date());

/** The contact for one kind of trouble: its own when configured, else the guide's contact. */
export function contactOf(
  trouble: SchoolTrouble = 'record',
  config: SchoolConfig = schoolConfig,
): SchoolContact {
  return config.contactFor?.[trouble] ?? config.contact;
}

/** "教务处周娟老师": how the guide names the contact in running text. */
export function contactName(
  config: SchoolConfig = schoolConfig,
  trouble: SchoolTrouble = 'record',
): string {
  const contact = contactOf(trouble, config);
  return `${contact.office}${contact.person}`;
}

/** Where a freshman finds the 学号: the school's words, or the app's own advice when unset. */
export function studentIdSourceText(config: SchoolConfig = schoolConfig): string {
  return config.studentIdSource
    ? `学号在哪里看：${config.studentIdSource}`
    : '学号在哪里看：按学校通知；还不知道的，问辅导员或班主任。';
}

/** "入学年份：2026（你入学的年份，2026 年入学就填 2026）": the year with what it means. */
export function enrollmentYearText(config: SchoolConfig = schoolConfig): string {
  const year = String(config.enrollmentYear);
  return `入学年份：${year}（填你自己入学的年份：${year} 年入学就填 ${year}）`;
}
