// What the home page lists (the guide's sections as steps, the problems by symptom, the contact)
// and what it adds for how the student arrived: a notice when a link or code could not be used
// (known codes only: the raw input is never shown), and a "start here" mark on step 1.
import {
  HOME_CONTACT,
  HOME_LABELS,
  MOMENT_TOPICS,
  OTHER_MOMENT,
  PROBLEM_MOMENTS,
  stepTitle,
} from '../content/home';
import { HOME_NOTICES, type HomeNoticeCode } from '../content/home-arrival';
import { MADE_BY_LINE } from '../content/app-shell';
import { linkUrl } from '../content/links';
import { PAGES } from '../core/page-paths';
import { problems } from '../content/problems';
import { schoolConfig, type SchoolConfig } from '../content/school-config';
import { checkWindowView, type CheckWindowView } from '../core/check-window';
import { PROBLEM_SUMMARIES, SECTION_SUMMARIES } from '../content/summaries';
import { parseTextParam } from '../core/page-query';
import type { Problem } from '../content/types';
import type { RawQuery } from '../core/query';

export interface HomeEntry {
  readonly key: string;
  readonly title: string;
  readonly label: string;
  readonly url: string;
}

export interface HomeView {
  readonly schoolName: string;
  readonly sections: readonly HomeEntry[];
  readonly problems: readonly HomeEntry[];
  readonly problemGroups: readonly HomeProblemGroup[];
  readonly contact: string;
  /** Who made the app; not CHSI. */
  readonly madeBy: string;
}

export interface HomeProblemGroup {
  readonly key: string;
  readonly title: string;
  readonly entries: readonly HomeEntry[];
  /** Parts of the guide listed after the problems, in the students' words. */
  readonly topics: readonly HomeEntry[];
}

/** The words on the student's screen when the guide quotes them: 提示“手机号已存在”. */
export function problemHomeTitle(problem: Problem): string {
  const message = problem.messages.find((candidate) => candidate.verbatim);
  return message ? `提示“${message.text}”` : problem.symptom;
}

function problemEntry(problem: Problem): HomeEntry {
  const title = problemHomeTitle(problem);
  const message = problem.messages.find((candidate) => candidate.verbatim)?.text ?? '';
  // The symptom as the second line, unless it only repeats the title's words.
  const repeats =
    title === problem.symptom || (message !== '' && problem.symptom.includes(message));
  return {
    key: String(problem.id),
    title,
    label: HOME_LABELS[problem.id] ?? (repeats ? '' : problem.symptom),
    url: linkUrl({ kind: 'problem', id: problem.id }),
  };
}

/** The problems grouped by when they happen (PROBLEM_MOMENTS); unplaced ones come last. */
export function problemGroups(all: readonly Problem[] = problems): readonly HomeProblemGroup[] {
  const byId = new Map(all.map((problem) => [problem.id, problem] as const));
  const listed = new Set(PROBLEM_MOMENTS.flatMap((moment) => moment.ids));
  const groups = PROBLEM_MOMENTS.map((moment) => ({
    key: moment.key,
    title: moment.title,
    entries: moment.ids.flatMap((id) => {
      const problem = byId.get(id);
      return problem ? [problemEntry(problem)] : [];
    }),
    topics: (MOMENT_TOPICS[moment.key] ?? []).map((topic) => ({
      key: topic.key,
      title: topic.title,
      label: topic.label,
      url: linkUrl(topic.to),
    })),
  }));
  const others = all.filter((problem) => !listed.has(problem.id)).map(problemEntry);
  return [
    ...groups,
    ...(others.length > 0 ? [{ ...OTHER_MOMENT, entries: others, topics: [] }] : []),
  ].filter((group) => group.entries.length > 0);
}

export function homeView(): HomeView {
  return {
    schoolName: schoolConfig.fullName,
    sections: SECTION_SUMMARIES.map((section, index) => ({
      key: section.id,
      title: stepTitle(index + 1, section.title),
      label: section.summary,
      url: linkUrl({ kind: 'section', id: section.id }),
    })),
    problems: PROBLEM_SUMMARIES.map((problem) => ({
      key: String(problem.id),
      title: `${problem.id}. ${problem.symptom}`,
      label: problem.answer,
      url: linkUrl({ kind: 'problem', id: problem.id }),
    })),
    problemGroups: problemGroups(),
    contact: HOME_CONTACT,
    madeBy: MADE_BY_LINE,
  };
}

/** A step as the progress store shows it. */
export interface NextStepInput {
  readonly id: string;
  readonly title: string;
  readonly number: number;
  readonly minutes: number;
  readonly url: string;
  readonly done: boolean;
}

export interface NextStepCard {
  readonly state: 'start' | 'continue' | 'done';
  /** 第 1 步：注册学信网账号 / 继续第 3 步：核对关键内容 / 全部完成 */
  readonly title: string;
  /** 预计约 5 分钟 (the app's own estimate), or '' */
  readonly meta: string;
  readonly note: string;
  /** The id of the step the card points to, for 这一步已经做完; '' when all are done. */
  readonly stepId: string;
  /** The button's words (开始 / 继续 / …) and where it goes. */
  readonly action: string;
  readonly url: string;
}

/** Home's one next step: start at step 1, continue at the first step not done, or done. */
export function nextStepCard(steps: readonly NextStepInput[]): NextStepCard {
  const next = steps.find((step) => !step.done);
  if (!next) {
    return {
      state: 'done',
      title: '全部完成',
      meta: '',
      note: `${steps.length} 步都做完了，学籍核对好了。`,
      stepId: '',
      action: '看过学籍却还在未查名单上？看问题 5',
      url: linkUrl({ kind: 'problem', id: 5 }),
    };
  }
  const started = steps.some((step) => step.done);
  return {
    state: started ? 'continue' : 'start',
    title: `${started ? '继续' : ''}${stepTitle(next.number, next.title)}`,
    meta: `预计约 ${next.minutes} 分钟`,
    note: '',
    stepId: next.id,
    action: started ? '继续' : '开始',
    url: next.url,
  };
}

/** Home's line about the school's cutoff; a reminder is offered while one can still ring. */
export interface DeadlineLine {
  readonly state: CheckWindowView['state'];
  /** 学校要求：10 月 31 日 17:00 前核对完（还有 11 天） / 核对时间按学校通知 */
  readonly text: string;
  /** Epoch ms of the reminder, 0 when none is offered. */
  readonly remindAt: number;
  readonly reminderTitle: string;
}

export function deadlineLine(now: number, config: SchoolConfig = schoolConfig): DeadlineLine {
  const view = checkWindowView(config.checkWindow, now);
  return {
    state: view.state,
    text: view.daysLeft ? `${view.text}（${view.daysLeft}）` : view.text,
    remindAt: view.remindAt ?? 0,
    reminderTitle: `学籍核对明天截止：${view.text.replace('学校要求：', '')}`,
  };
}

/** The search page, opened with what the student typed (nothing typed: the empty search). */
export function searchUrl(typed: string): string {
  const query = typed.trim();
  return query ? `${PAGES.search}?q=${encodeURIComponent(query)}` : PAGES.search;
}

export interface HomeArrival {
  /** A short notice in Chinese, or '' for none. */
  readonly notice: string;
  /** True when step 1 should carry the "从这里开始" mark. */
  readonly startHere: boolean;
}

function isNoticeCode(value: string | undefined): value is HomeNoticeCode {
  return value !== undefined && Object.prototype.hasOwnProperty.call(HOME_NOTICES, value);
}

export function homeArrival(query: RawQuery): HomeArrival {
  const code = parseTextParam(query, 'notice');
  return {
    notice: isNoticeCode(code) ? HOME_NOTICES[code] : '',
    startHere: parseTextParam(query, 'start') === '1',
  };
}
