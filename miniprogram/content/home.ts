// What the home page says around its lists: how a guide section is numbered, when each problem
// happens (the moments the home page groups them by), and whom to contact for which trouble
// (content/contact.ts: the school for the record, CHSI for the account).
import { DAILY_LIMIT } from '../core/daily-limit';
import { contactLines } from './contact';
import { contactName } from './school-config';
import type { LinkTarget, ProblemId } from './types';

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

/**
 * The second line of a problem on home where the symptom would not tell it from another: the two
 * messages about a registered ID number look alike, and the fix differs.
 */
export const HOME_LABELS: Readonly<Partial<Record<ProblemId, string>>> = {
  2: '多数人看到的是这句：注册过的先登录或找回',
  8: '下面有“我要重新注册”：多是兵役登记时注册过',
};

/** A home entry that is not a problem page but a part of the guide, in the students' words. */
export interface HomeTopic {
  readonly key: string;
  readonly title: string;
  readonly label: string;
  readonly to: LinkTarget;
}

/** Topics listed under a moment, after its problems (moment key → topics). */
export const MOMENT_TOPICS: Readonly<Record<string, readonly HomeTopic[]>> = {
  registering: [
    {
      key: 'sms',
      title: '收不到短信验证码',
      label: '不要反复点“免费获取”',
      to: { kind: 'section', id: 'register', part: 'sms' },
    },
  ],
  after: [
    {
      key: 'wrong-record',
      title: '学籍信息不对（民族、姓名写错等）',
      label: `联系${contactName()}`,
      to: { kind: 'section', id: 'login', part: 'report' },
    },
    {
      key: 'renamed',
      title: '入学后改了名字',
      label: '先用录取时的名字',
      to: { kind: 'section', id: 'login', part: 'renamed' },
    },
  ],
};

export const OTHER_MOMENT = { key: 'other', title: '其他情况' } as const;

/** The class-helper entry's line on the home page. */
export const CLASS_HELPER_LABEL = `记下每天向谁发了申请（每天最多 ${DAILY_LIMIT} 名），发卡片告诉同学怎么点“是”`;
