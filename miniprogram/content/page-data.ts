// What the section and problem pages show for the query they were opened with. Pure, so a
// garbage query is answered with a notice and a list to choose from, never an exception.
import { homeView, type HomeEntry } from './home';
import { PROBLEM_IDS, problems } from './problems';
import { sections } from './sections';
import { problemView, sectionView, type ProblemView, type SectionView } from './view';
import { parsePartId, parseProblemId, parseSectionId, type RawQuery } from '../core/page-query';

export interface GuidePageData<View> {
  /** The content to show, or null when the query did not name any. */
  readonly view: View | null;
  readonly title: string;
  /** Anchor to scroll to (`part-<id>`), or '' for the top. */
  readonly anchor: string;
  /** Shown instead of the content when the query was unusable. */
  readonly notice: string;
  readonly fallback: readonly HomeEntry[];
}

const SECTION_IDS = sections.map((section) => section.id);

export function sectionPageData(query: RawQuery): GuidePageData<SectionView> {
  const parsed = parseSectionId(query, SECTION_IDS);
  const section = parsed.ok
    ? sections.find((candidate) => candidate.id === parsed.value)
    : undefined;
  if (!parsed.ok || !section) {
    return {
      view: null,
      title: '学籍核对指南',
      anchor: '',
      notice: `${parsed.ok ? '章节无法识别' : parsed.reason}，请从下面选择：`,
      fallback: homeView().sections,
    };
  }
  const part = parsePartId(query, section.parts);
  return {
    view: sectionView(section),
    title: section.title,
    anchor: part ? `part-${part}` : '',
    notice: '',
    fallback: [],
  };
}

export function problemPageData(query: RawQuery): GuidePageData<ProblemView> {
  const parsed = parseProblemId(query, PROBLEM_IDS);
  const problem = parsed.ok
    ? problems.find((candidate) => candidate.id === parsed.value)
    : undefined;
  if (!parsed.ok || !problem) {
    return {
      view: null,
      title: '常见问题',
      anchor: '',
      notice: `${parsed.ok ? '问题无法识别' : parsed.reason}，请选择你遇到的情况：`,
      fallback: homeView().problems,
    };
  }
  const part = parsePartId(query, problem.parts);
  return {
    view: problemView(problem),
    title: `问题 ${problem.id}`,
    anchor: part ? `part-${part}` : '',
    notice: '',
    fallback: [],
  };
}
