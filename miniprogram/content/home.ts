// What the home page lists: the two guide sections, the nine problems by symptom, the contact.
import { linkUrl } from './links';
import { problems } from './problems';
import { contactLines } from './contact';
import { schoolConfig } from './school-config';
import { sections } from './sections';

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
      title: `第 ${index + 1} 步：${section.title}`,
      label: section.summary,
      url: linkUrl({ kind: 'section', id: section.id }),
    })),
    problems: problems.map((problem) => ({
      key: String(problem.id),
      title: `${problem.id}. ${problem.symptom}`,
      label: problem.answer,
      url: linkUrl({ kind: 'problem', id: problem.id }),
    })),
    contact: contactLines().join('\n'),
  };
}
