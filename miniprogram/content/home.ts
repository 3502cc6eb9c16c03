// What the home page says around its lists: how a guide section is numbered, when each problem
// happens (the moments the home page groups them by), and whom to contact for which trouble
// (content/contact.ts: the school for the record, CHSI for the account).
import { DAILY_LIMIT } from '../core/daily-limit';
import { contactLines } from './contact';
import type { ProblemId } from './types';

/** "第 1 步：注册学信网账号": a guide section as a step on the home page. */
export function stepTitle(step: number, title: string): string {
  return `第 ${step} 步：${title}`;
}

export const HOME_CONTACT = contactLines().join('\n');

/**
 * When each problem happens, in the order a student meets them (most common first within a
 * moment). A problem not listed here still appears on home, in the last group.
 */
export const PROBLEM_MOMENTS: readonly {
  readonly key: string;
  readonly title: string;
  readonly ids: readonly ProblemId[];
}[] = [
  { key: 'registering', title: '注册时看到提示', ids: [9, 2, 8, 3] },
  { key: 'recovering', title: '找回账号、登录时', ids: [4, 6, 1, 7] },
  { key: 'after', title: '登录、核对之后', ids: [10, 5] },
];

export const OTHER_MOMENT = { key: 'other', title: '其他情况' } as const;

/** The class-helper entry's line on the home page. */
export const CLASS_HELPER_LABEL = `记下每天向谁发了申请（每天最多 ${DAILY_LIMIT} 名），发卡片告诉同学怎么点“是”`;
