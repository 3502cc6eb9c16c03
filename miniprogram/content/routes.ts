// The route table: short, stable codes printed on posters, QR codes and menus, each mapped to a
// page and query. Pages may move; a code, once printed, keeps working as long as it stays here.
import { linkUrl, PAGES } from './links';
import type { LinkTarget } from './types';

export const ROUTE_CODES = [
  'home',
  'reg',
  'login',
  'check',
  'p1',
  'p2',
  'p3',
  'p4',
  'p5',
  'p6',
  'p7',
  'p8',
  'p9',
  'assist',
  'precheck',
  'finder',
  'search',
  'privacy',
] as const;

export type RouteCode = (typeof ROUTE_CODES)[number];

/** Where a route goes: any content link target (section, problem, page). */
export type RouteTarget = { readonly kind: 'link'; readonly to: LinkTarget };

export interface RouteEntry {
  /** The topic printed under the QR code and used as the menu's default label. */
  readonly topic: string;
  readonly target: RouteTarget;
  /**
   * false: left off the printed orientation-day QR sheet (the code still works in QR codes,
   * menus and share cards). Pages that are forwarded more than posted.
   */
  readonly printed?: false;
  /** The title of the page's forwarded card, when it should differ from the topic. */
  readonly shareTitle?: string;
}

export interface Route extends RouteEntry {
  readonly code: RouteCode;
}

// A record keyed by every code, so the compiler proves each code has exactly one entry.
const ROUTE_TABLE: { readonly [Code in RouteCode]: RouteEntry } = {
  home: {
    topic: '学籍核对：从这里开始',
    target: { kind: 'link', to: { kind: 'home' } },
  },
  reg: {
    topic: '第 1 步：注册学信网账号',
    target: { kind: 'link', to: { kind: 'section', id: 'register' } },
  },
  login: {
    topic: '第 2 步：登录并核对学籍',
    target: { kind: 'link', to: { kind: 'section', id: 'login' } },
  },
  check: {
    topic: '核对六项关键内容',
    target: { kind: 'link', to: { kind: 'section', id: 'login', part: 'check' } },
  },
  p1: { topic: '忘了用户名和密码，又说被注册过', target: problem(1) },
  p2: { topic: '提示“证件号码已被注册”', target: problem(2) },
  p3: { topic: '证件重号：四种验证途径', target: problem(3) },
  p4: { topic: '找回用户名和密码', target: problem(4) },
  p5: { topic: '看过学籍，仍在未查名单', target: problem(5) },
  p6: { topic: '提示“请求被取消，不能频繁使用该功能”', target: problem(6) },
  p7: { topic: '注册邮箱用不了或填错了', target: problem(7) },
  p8: { topic: '身份证号被征兵网注册过', target: problem(8) },
  p9: { topic: '提示“手机号已存在”', target: problem(9) },
  assist: {
    topic: '同学协助验证（证件重号）',
    target: { kind: 'link', to: { kind: 'class-helper' } },
  },
  precheck: {
    topic: '注册前自查填写内容',
    target: { kind: 'link', to: { kind: 'page', page: 'precheck' } },
    printed: false,
    shareTitle: '注册学信网前，先自查一遍',
  },
  finder: {
    topic: '问题诊断',
    target: { kind: 'link', to: { kind: 'page', page: 'finder' } },
    printed: false,
    shareTitle: '学信网遇到问题？几步找到办法',
  },
  search: {
    topic: '搜索学信网的提示',
    target: { kind: 'link', to: { kind: 'page', page: 'search' } },
    printed: false,
    shareTitle: '学信网上的提示看不懂？搜一下就知道怎么办',
  },
  privacy: {
    topic: '隐私说明',
    target: { kind: 'link', to: { kind: 'page', page: 'privacy' } },
    printed: false,
    shareTitle: '学籍核对助手：不收集、不上传任何信息',
  },
};

export const routes: readonly Route[] = ROUTE_CODES.map((code) => ({ code, ...ROUTE_TABLE[code] }));

/** The routes on the printed orientation-day QR sheet (all but those marked printed: false). */
export const printedRoutes: readonly Route[] = routes.filter((route) => route.printed !== false);

function problem(id: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): RouteTarget {
  return { kind: 'link', to: { kind: 'problem', id } };
}

/** Every page path the app has, as listed in links.ts. */
export function knownPages(): readonly string[] {
  return Object.values(PAGES);
}

export function isRouteCode(value: string): value is RouteCode {
  return (ROUTE_CODES as readonly string[]).includes(value);
}

export function findRoute(code: RouteCode): Route {
  return { code, ...ROUTE_TABLE[code] };
}

/**
 * The code that opens exactly this target (a page shares itself through its code, so a forwarded
 * card survives the page moving). Undefined when no route goes there.
 */
export function routeCodeFor(target: LinkTarget): RouteCode | undefined {
  const url = linkUrl(target);
  return ROUTE_CODES.find((code) => routeUrl(code) === url);
}

/** The page URL (leading slash, with query) a code opens. */
export function routeUrl(code: RouteCode): string {
  return linkUrl(findRoute(code).target.to);
}
