// The route table: short, stable codes printed on posters, QR codes and menus, each mapped to a
// page and query. Pages may move; a code, once printed, keeps working as long as it stays here.
// Every problem has its code p<id>, derived from the problems' data. Share cards lead through
// these codes too (core/entry-links sharePath), so a forwarded card survives a page moving.
import { linkUrl } from './links';
import { PAGES } from '../core/page-paths';
import { problems, type ProblemId } from './problems';
import { staffConfig } from './staff-config';
import { FINDER_NAME } from './tools';
import type { LinkTarget } from './types';

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

const link = (to: LinkTarget): RouteTarget => ({ kind: 'link', to });

/** The title of the generic card personal pages forward from the ··· menu (it opens home). */
export const APP_CARD_TITLE = '学信网学籍核对：注册、登录、常见问题';

// The codes that are not problems, keyed so the compiler proves each has exactly one entry.
const BEFORE_PROBLEMS = {
  home: { topic: '学籍核对：从这里开始', target: link({ kind: 'home' }) },
  reg: { topic: '第 1 步：注册学信网账号', target: link({ kind: 'section', id: 'register' }) },
  login: { topic: '第 2 步：登录并核对学籍', target: link({ kind: 'section', id: 'login' }) },
  check: {
    topic: '核对关键内容',
    target: link({ kind: 'section', id: 'login', part: 'check' }),
  },
} as const satisfies Readonly<Record<string, RouteEntry>>;

const AFTER_PROBLEMS = {
  assist: { topic: '同学协助验证（证件重号）', target: link({ kind: 'class-helper' }) },
  precheck: {
    topic: '注册前自查填写内容',
    target: link({ kind: 'page', page: 'precheck' }),
    printed: false,
    shareTitle: '注册学信网前，先自查一遍',
  },
  finder: {
    topic: FINDER_NAME,
    target: link({ kind: 'page', page: 'finder' }),
    printed: false,
    shareTitle: '学信网遇到问题？几步找到办法',
  },
  search: {
    topic: '搜索学信网的提示',
    target: link({ kind: 'page', page: 'search' }),
    printed: false,
    shareTitle: '学信网上的提示看不懂？搜一下就知道怎么办',
  },
  privacy: {
    topic: '隐私说明',
    target: link({ kind: 'page', page: 'privacy' }),
    printed: false,
    shareTitle: `${staffConfig.appName}：不收集、不上传任何信息`,
  },
} as const satisfies Readonly<Record<string, RouteEntry>>;

export type ProblemRouteCode = `p${ProblemId}`;

export type RouteCode =
  keyof typeof BEFORE_PROBLEMS | ProblemRouteCode | keyof typeof AFTER_PROBLEMS;

export interface Route extends RouteEntry {
  readonly code: RouteCode;
}

/** Problem 3's code is p3. */
export function problemRouteCode(id: ProblemId): ProblemRouteCode {
  return `p${id}`;
}

function fixed<Code extends RouteCode>(table: Readonly<Record<Code, RouteEntry>>): Route[] {
  return (Object.keys(table) as Code[]).map((code) => ({ code, ...table[code] }));
}

/** Every route, in the order of the QR sheet: the guide's steps, the problems, the tools. */
export const routes: readonly Route[] = [
  ...fixed(BEFORE_PROBLEMS),
  ...problems.map((problem) => ({
    code: problemRouteCode(problem.id),
    topic: problem.symptom,
    target: link({ kind: 'problem', id: problem.id }),
  })),
  ...fixed(AFTER_PROBLEMS),
];

/** The routes on the printed orientation-day QR sheet (all but those marked printed: false). */
export const printedRoutes: readonly Route[] = routes.filter((route) => route.printed !== false);

export const ROUTE_CODES: readonly RouteCode[] = routes.map((route) => route.code);

const byCode = new Map<string, Route>(routes.map((route) => [route.code, route]));

export function isRouteCode(value: string): value is RouteCode {
  return byCode.has(value);
}

/** The page URL (leading slash, with query) a code opens. */
export function routeUrl(code: RouteCode): string {
  const route = byCode.get(code);
  return route ? linkUrl(route.target.to) : linkUrl({ kind: 'home' });
}

/**
 * The code that opens exactly this target (a page shares itself through its code, so a forwarded
 * card survives the page moving). Undefined when no route goes there.
 */
export function routeCodeFor(target: LinkTarget): RouteCode | undefined {
  const url = linkUrl(target);
  return ROUTE_CODES.find((code) => routeUrl(code) === url);
}

/**
 * What the card of the page a code opens says and where it leads (problem pages say the words
 * on the student's screen: 注册时提示“手机号已存在”怎么办).
 */
export function routeShare(code: RouteCode): { readonly title: string; readonly code: RouteCode } {
  const route = byCode.get(code);
  if (!route) return { title: BEFORE_PROBLEMS.home.topic, code: 'home' };
  const title =
    route.shareTitle ?? (route.target.to.kind === 'problem' ? `${route.topic}怎么办` : route.topic);
  return { title, code };
}

/** Every page path the app has (core/page-paths.ts), for the staff kit's checks. */
export function knownPages(): readonly string[] {
  return Object.values(PAGES);
}
