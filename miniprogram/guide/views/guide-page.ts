// What the section and problem pages show for the query they were opened with. Pure, so a
// garbage query is answered with a notice and a list to choose from, never an exception.
import { PROBLEM_IDS, problems } from '../../content/problems';
import { sections } from '../../content/sections';
import type { Part } from '../../content/types';
import { parsePartId, parseProblemId, parseSectionId } from '../../core/page-query';
import type { RawQuery } from '../../core/query';
import { err, ok, type Result } from '../../core/result';
import {
  problemParts,
  problemView,
  sectionView,
  type ProblemView,
  type SectionView,
} from './guide';
import { decidedParts } from './blocks';
import { homeView, problemHomeTitle, type HomeEntry } from '../../views/home';
import { HOME_SHARE, type PageShare } from '../../views/share';
import { routeCodeFor, routeShare } from '../../content/routes';

export interface GuidePageData<View> {
  /** The content to show, or null when the query did not name any. */
  readonly view: View | null;
  readonly title: string;
  /** Anchor to scroll to (`part-<id>`), or '' for the top. */
  readonly anchor: string;
  /** Parts a decision keeps closed that are open from the start (the query named one). */
  readonly open: Readonly<Record<string, boolean>>;
  /** Shown instead of the content when the query was unusable. */
  readonly notice: string;
  readonly fallback: readonly HomeEntry[];
  /** The page's forwarded card: its title in the student's words and its route code. */
  readonly share: PageShare;
}

const SECTION_IDS = sections.map((section) => section.id);

interface Found<Item, View> {
  readonly parsed: Result<Item, string>;
  readonly toView: (item: Item) => View;
  readonly titleOf: (item: Item) => string;
  readonly shareOf: (item: Item, part: string | undefined) => PageShare;
  /** The parts as the page shows them (a problem's 你现在要做的 comes first). */
  readonly partsOf: (item: Item) => readonly Part[];
  readonly fallbackTitle: string;
  readonly fallbackPrompt: string;
  readonly fallback: () => readonly HomeEntry[];
}

function guidePageData<Item, View>(query: RawQuery, found: Found<Item, View>): GuidePageData<View> {
  if (!found.parsed.ok) {
    return {
      view: null,
      title: found.fallbackTitle,
      anchor: '',
      open: {},
      notice: `${found.parsed.error}，${found.fallbackPrompt}`,
      fallback: found.fallback(),
      share: HOME_SHARE,
    };
  }
  const item = found.parsed.value;
  const parts = found.partsOf(item);
  const part = parsePartId(query, parts);
  return {
    view: found.toView(item),
    title: found.titleOf(item),
    anchor: part ? `part-${part}` : '',
    open: part && decidedParts(parts).has(part) ? { [part]: true } : {},
    notice: '',
    fallback: [],
    share: found.shareOf(item, part),
  };
}

/** Turns a parsed id into the item it names; an id that names nothing is a parse error. */
function lookUp<Id, Item extends { readonly id: Id }>(
  parsed: Result<Id, string>,
  items: readonly Item[],
  missing: string,
): Result<Item, string> {
  if (!parsed.ok) return parsed;
  const item = items.find((candidate) => candidate.id === parsed.value);
  return item ? ok(item) : err(missing);
}

export function sectionPageData(query: RawQuery): GuidePageData<SectionView> {
  return guidePageData(query, {
    parsed: lookUp(parseSectionId(query, SECTION_IDS), sections, '章节无法识别'),
    toView: sectionView,
    titleOf: (section) => section.title,
    // A part with its own code (核对六项 → check) shares that part; otherwise the section.
    shareOf: (section, part) => {
      const code =
        (part === undefined
          ? undefined
          : routeCodeFor({ kind: 'section', id: section.id, part })) ??
        routeCodeFor({ kind: 'section', id: section.id });
      return code ? routeShare(code) : HOME_SHARE;
    },
    partsOf: (section) => section.parts,
    fallbackTitle: '学籍核对指南',
    fallbackPrompt: '请从下面选择：',
    fallback: () => homeView().sections,
  });
}

export function problemPageData(query: RawQuery): GuidePageData<ProblemView> {
  return guidePageData(query, {
    parsed: lookUp(parseProblemId(query, PROBLEM_IDS), problems, '问题无法识别'),
    toView: problemView,
    // The nav bar shows the words on the student's screen (提示“手机号已存在”), not a number.
    titleOf: problemHomeTitle,
    partsOf: problemParts,
    // The card says the words on the student's screen too: 注册时提示“手机号已存在”怎么办.
    shareOf: (problem) => {
      const code = routeCodeFor({ kind: 'problem', id: problem.id });
      return code ? routeShare(code) : HOME_SHARE;
    },
    fallbackTitle: '常见问题',
    fallbackPrompt: '请选择你遇到的情况：',
    fallback: () => homeView().problems,
  });
}
