// What the home page lists (the guide's sections as steps, the problems by symptom, the contact)
// and what it adds for how the student arrived: a notice when a link or code could not be used
// (known codes only: the raw input is never shown), and a "start here" mark on step 1.
import { HOME_CONTACT, stepTitle } from '../content/home';
import { HOME_NOTICES, type HomeNoticeCode } from '../content/home-arrival';
import { linkUrl } from '../content/links';
import { problems } from '../content/problems';
import { schoolConfig } from '../content/school-config';
import { sections } from '../content/sections';
import { parseTextParam } from '../core/page-query';
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
  readonly contact: string;
}

export function homeView(): HomeView {
  return {
    schoolName: schoolConfig.fullName,
    sections: sections.map((section, index) => ({
      key: section.id,
      title: stepTitle(index + 1, section.title),
      label: section.summary,
      url: linkUrl({ kind: 'section', id: section.id }),
    })),
    problems: problems.map((problem) => ({
      key: String(problem.id),
      title: `${problem.id}. ${problem.symptom}`,
      label: problem.answer,
      url: linkUrl({ kind: 'problem', id: problem.id }),
    })),
    contact: HOME_CONTACT,
  };
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
