// What the college's staff set up outside the app, as the app and the staff scripts read it: the
// app's name, the appid, the QR link prefix, the official account's menu, and whose guide the
// content comes from. The values are in content/college.ts, the one file a college edits;
// `npm run check` refuses placeholders and copies the appid and the name into project.config.json
// and the pages' JSON (`npm run check -- --fix`).
import { staffSettings } from './college';
import type { RouteCode } from './routes';

export interface MenuItemConfig {
  /** Menu label, at most 8 CJK characters for a sub-item (WeChat cuts longer ones). */
  readonly name: string;
  readonly route: RouteCode;
}

export interface MenuGroupConfig {
  /** Top-level label, at most 4 CJK characters. */
  readonly name: string;
  readonly items: readonly MenuItemConfig[];
}

/** The guide the content was written from: another college's document, credited as such. */
export interface GuideSource {
  readonly organisation: string;
  readonly title: string;
  /** How the document labels itself, e.g. 附件 1. */
  readonly label: string;
  readonly year: number;
}

/**
 * Only for the college whose values the repository ships: its record that the shipped school
 * values (full name, contact) are its own and still current. `npm run check` accepts them only with
 * this record, for the appid registered to that college, confirmed since this cohort began.
 */
export interface ShippedValuesConfirmation {
  /** The college's own appid: a copy under another appid cannot reuse the record. */
  readonly appId: string;
  /** Who confirmed with the contact, e.g. 教务处 周娟. */
  readonly by: string;
  /** The day of the confirmation, YYYY-MM-DD (Beijing); renewed every year. */
  readonly on: string;
}

export interface StaffConfig {
  /**
   * The mini-program's name exactly as registered (设置 → 基本设置 → 名称): the title bar, share
   * cards and the privacy guide's name use it. WeChat refuses a bare functional name such as
   * 学籍核对助手: start with the college's short name. PLACEHOLDER until the college registers one.
   */
  readonly appName: string;
  /**
   * The URL prefix registered in the admin console (开发管理 → 开发设置 → 扫普通链接二维码打开小程序)
   * and mapped to pages/entry/index. Every orientation-day QR code is this prefix plus `?r=<code>`.
   * PLACEHOLDER: example.com is reserved and never belongs to a college.
   */
  readonly qrLinkPrefix: string;
  /** Prefixes registered earlier whose printed codes must keep working (may be empty). */
  readonly previousQrLinkPrefixes: readonly string[];
  /** The mini-program's appid, used by the menu JSON. PLACEHOLDER until the college fills it in. */
  readonly appId: string;
  /** The official account's custom menu: at most 3 groups of at most 5 items. */
  readonly menu: readonly MenuGroupConfig[];
  /** The original guide, credited on every page footer; not the configured college's unless it wrote it. */
  readonly guideSource: GuideSource;
  /** Set only by the college the repository ships (see ShippedValuesConfirmation). */
  readonly shippedValuesConfirmed?: ShippedValuesConfirmation;
}

export const PLACEHOLDER_APPID = 'wx0000000000000000';
/** The name the repository ships with: a bare functional name WeChat would refuse. */
export const PLACEHOLDER_APP_NAME = '学籍核对助手';

/** The staff values, from the one file a college edits (content/college.ts). */
export const staffConfig: StaffConfig = staffSettings;

/** True while a value is still the shipped placeholder: scripts warn before printing it. */
export function isPlaceholderConfig(config: StaffConfig = staffConfig): boolean {
  return (
    config.appId === PLACEHOLDER_APPID ||
    config.appName === PLACEHOLDER_APP_NAME ||
    /\/\/([^/]*\.)?example\.com\//i.test(config.qrLinkPrefix)
  );
}
