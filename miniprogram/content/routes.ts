// The route table: short, stable codes printed on posters, QR codes and menus, each mapped to a
// page and query. Pages may move; a code, once printed, keeps working as long as it stays here.
// Every problem has its code p<id>, derived from the problems' data.
import { linkUrl } from './links';
import { PAGES } from '../core/page-paths';
import { problems, type ProblemId } from './problems';
import type { LinkTarget } from './types';

/** Where a route goes: any content link target (section, problem, page). */
export type RouteTarget = { readonly kind: 'link'; readonly to: LinkTarget };

export interface RouteEntry {
  /** The topic printed under the QR code and used as the menu's default label. */
  readonly topic: string;
  readonly target: RouteTarget;
}

const link = (to: LinkTarget): RouteTarget => ({ kind: 'link', to });

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

/** Every page path the app has (core/page-paths.ts), for the staff kit's checks. */
export function knownPages(): readonly string[] {
  return Object.values(PAGES);
}
