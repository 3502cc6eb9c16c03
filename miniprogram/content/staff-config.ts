// What the college's staff set up outside the app: the QR link prefix, the appid, the official
// account's menu. Read by the entry page and by the staff kit (scripts/), so both agree.
// Every value marked PLACEHOLDER must be replaced by the college before anything is printed.
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

export interface StaffConfig {
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
}

export const PLACEHOLDER_APPID = 'wx0000000000000000';

export const staffConfig: StaffConfig = {
  qrLinkPrefix: 'https://qr.example.com/xueji/',
  previousQrLinkPrefixes: [],
  appId: PLACEHOLDER_APPID,
  menu: [
    {
      name: '学籍核对',
      items: [
        { name: '从这里开始', route: 'home' },
        { name: '注册学信网', route: 'reg' },
        { name: '登录并核对', route: 'check' },
      ],
    },
    {
      name: '常见问题',
      items: [
        { name: '证件号已被注册', route: 'p2' },
        { name: '证件重号验证', route: 'p3' },
        { name: '同学协助验证', route: 'assist' },
        { name: '找回用户名密码', route: 'p4' },
        { name: '还在未查名单', route: 'p5' },
      ],
    },
  ],
};

/** True while a value is still the shipped placeholder: scripts warn before printing it. */
export function isPlaceholderConfig(config: StaffConfig = staffConfig): boolean {
  return (
    config.appId === PLACEHOLDER_APPID || /\/\/([^/]*\.)?example\.com\//i.test(config.qrLinkPrefix)
  );
}
