// 进度: the five steps of checking the record, each linked to the guide page that explains it.
import { contactName, schoolConfig } from './school-config';
import type { LinkTarget } from './types';

export type ProgressStepId = 'registered' | 'loggedIn' | 'checkedFields' | 'reported' | 'loggedOut';

export interface ProgressStep {
  readonly id: ProgressStepId;
  readonly title: string;
  readonly note: string;
  /** This app's rough estimate of how long the step takes, shown on home's next-step card. */
  readonly minutes: number;
  readonly to: LinkTarget;
}

export const PROGRESS_STEPS: readonly ProgressStep[] = [
  {
    id: 'registered',
    minutes: 5,
    title: '注册学信网账号',
    note: '已经有账号的直接勾选。',
    to: { kind: 'section', id: 'register' },
  },
  {
    id: 'loggedIn',
    minutes: 2,
    title: '登录并打开学信档案',
    note: '用户名一般是手机号。',
    to: { kind: 'section', id: 'login', part: 'open-record' },
  },
  {
    id: 'checkedFields',
    minutes: 3,
    title: '核对关键内容',
    note: '姓名、性别、身份证号、学号、专业、民族等（指南列出的重点）。',
    to: { kind: 'section', id: 'login', part: 'check' },
  },
  {
    id: 'reported',
    minutes: 5,
    title: `有不符的已联系${schoolConfig.contact.office}`,
    note: `信息都对就直接勾选；有不符的请联系${contactName(schoolConfig)}。`,
    to: { kind: 'section', id: 'login', part: 'check' },
  },
  {
    id: 'loggedOut',
    minutes: 1,
    title: '点“退出”正常退出',
    note: '不正常退出，可能仍留在未查名单上（问题 5）。',
    to: { kind: 'section', id: 'login', part: 'logout' },
  },
];

export const PROGRESS_STEP_IDS: readonly ProgressStepId[] = PROGRESS_STEPS.map((step) => step.id);

export function isProgressStepId(value: unknown): value is ProgressStepId {
  return typeof value === 'string' && (PROGRESS_STEP_IDS as readonly string[]).includes(value);
}
