// Render-ready views of sections and problems: links resolved to URLs, sources labelled, and
// every block flattened to one shape that WXML can switch on.
import { linkUrl } from '../../content/links';
import { citeLine, sourceLines } from '../../content/sources';
import {
  checklistView,
  chsiScreenView,
  decidedParts,
  decisionView,
  tableOfContents,
  type ChecklistView,
  type ChsiScreenView,
  type DecisionView,
  type TocEntry,
} from './blocks';
import { copyChipViews, type CopyChipView } from '../../views/copy';
import type {
  Block,
  FormField,
  NoticeLevel,
  Part,
  Problem,
  Section,
  Source,
  Step,
} from '../../content/types';

export interface BlockView {
  readonly key: string;
  readonly type: Block['type'];
  readonly text: string;
  readonly title: string;
  readonly level: NoticeLevel | '';
  readonly items: readonly string[];
  readonly steps: readonly Step[];
  readonly lines: readonly string[];
  readonly fields: readonly FormField[];
  /** The fields' pinned warnings, shown above the collapsed field list. */
  readonly pins: readonly string[];
  readonly url: string;
  /** Copy chips (also the copy-the-address block, which is the chip for the CHSI address). */
  readonly copies: readonly CopyChipView[];
  readonly decision: DecisionView | null;
  readonly drawn: ChsiScreenView | null;
  readonly checklist: ChecklistView | null;
  /** "据河南工程学院教务处 2025 年通知" for facts from outside the college's guide; '' for its own. */
  readonly sourceNote: string;
  /** For a contact block: 'record' or 'account', and the problem it sits on (0: none). */
  readonly trouble: string;
  readonly problem: number;
}

export interface PartView {
  readonly id: string;
  readonly anchor: string;
  readonly title: string;
  readonly badge: string;
  /** True for a part a decision opens: hidden until the student picks its answer. */
  readonly decided: boolean;
  readonly blocks: readonly BlockView[];
}

export interface LinkView {
  readonly text: string;
  readonly url: string;
}

export interface SourcesView {
  readonly lines: readonly string[];
  readonly checkedOn: string;
}

function blockView(block: Block, key: string): BlockView {
  const empty: BlockView = {
    key,
    type: block.type,
    text: '',
    title: '',
    level: '',
    items: [],
    steps: [],
    lines: [],
    fields: [],
    pins: [],
    url: '',
    copies: [],
    decision: null,
    drawn: null,
    checklist: null,
    sourceNote: '',
    trouble: '',
    problem: 0,
  };
  switch (block.type) {
    case 'paragraph':
      return { ...empty, text: block.text };
    case 'notice':
      return {
        ...empty,
        text: block.text,
        title: block.title ?? '',
        level: block.level,
        sourceNote: block.source ? citeLine(block.source) : '',
      };
    case 'steps':
      return { ...empty, title: block.title ?? '', steps: block.steps };
    case 'list':
      return { ...empty, title: block.title ?? '', items: block.items };
    case 'screen':
      return { ...empty, title: block.caption, lines: block.lines };
    case 'fields':
      return {
        ...empty,
        fields: block.fields,
        pins: block.fields.flatMap((field) => (field.pin ? [field.pin] : [])),
      };
    case 'link':
      return { ...empty, text: block.link.text, url: linkUrl(block.link.to) };
    case 'copy-chsi':
      return { ...empty, copies: copyChipViews(['chsi-url']) };
    case 'copy':
      return { ...empty, copies: copyChipViews(block.values) };
    case 'decision':
      return { ...empty, decision: decisionView(block.question, block.options, key) };
    case 'chsi-screen':
      return { ...empty, drawn: chsiScreenView(block) };
    case 'checklist':
      return { ...empty, checklist: checklistView(block, key) };
    case 'contact':
      return { ...empty, trouble: block.trouble, problem: block.problem ?? 0 };
  }
}

export function partView(part: Part, decided = false): PartView {
  return {
    id: part.id,
    anchor: `part-${part.id}`,
    title: part.title,
    badge: part.badge ?? '',
    decided,
    blocks: part.blocks.map((block, index) => blockView(block, `${part.id}-${index}`)),
  };
}

export function sourcesView(sources: readonly Source[], checkedOn: string): SourcesView {
  return {
    lines: sourceLines(sources),
    checkedOn,
  };
}

/** A page's parts, each marked when a decision on the page opens it. */
export function partViews(parts: readonly Part[]): readonly PartView[] {
  const decided = decidedParts(parts);
  return parts.map((part) => partView(part, decided.has(part.id)));
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  readonly summary: string;
  readonly parts: readonly PartView[];
  /** 本页目录, empty for short pages. */
  readonly toc: readonly TocEntry[];
  readonly sources: SourcesView;
}

export function sectionView(section: Section): SectionView {
  return {
    id: section.id,
    title: section.title,
    heading: section.heading,
    summary: section.summary,
    parts: partViews(section.parts),
    toc: tableOfContents(section.parts),
    sources: sourcesView(section.sources, section.checkedOn),
  };
}

export interface ProblemView {
  readonly id: number;
  readonly title: string;
  readonly answer: string;
  /** Every message the student may see; paraphrased ones are marked 大意. */
  readonly messages: readonly {
    readonly text: string;
    readonly where: string;
    readonly note: string;
  }[];
  /** True when the page opens with 你现在要做的 (which then holds the answer). */
  readonly hasNow: boolean;
  readonly parts: readonly PartView[];
  readonly toc: readonly TocEntry[];
  readonly related: readonly LinkView[];
  readonly sources: SourcesView;
}

/** The part id and title of 你现在要做的. */
export const NOW_PART_ID = 'now';
export const NOW_PART_TITLE = '你现在要做的';

/**
 * A problem's parts as the page shows them: 你现在要做的 first — its action, then the answer in one
 * sentence (so the action stays on the first screen at the largest text; an irreversible answer
 * carries its consequence on the button itself).
 */
export function problemParts(problem: Problem): readonly Part[] {
  if (!problem.now) return problem.parts;
  const now: Part = {
    id: NOW_PART_ID,
    title: NOW_PART_TITLE,
    blocks: [
      problem.now.action,
      { type: 'paragraph', text: problem.answer },
      ...(problem.now.more ?? []),
    ],
  };
  return [now, ...problem.parts];
}

export function problemView(problem: Problem): ProblemView {
  const parts = problemParts(problem);
  return {
    id: problem.id,
    title: problem.title,
    answer: problem.answer,
    messages: problem.messages.map((message) => ({
      text: message.text,
      where: message.where,
      note: message.verbatim ? '' : '大意',
    })),
    hasNow: problem.now !== undefined,
    parts: partViews(parts),
    toc: tableOfContents(parts.filter((part) => part.id !== NOW_PART_ID)),
    related: problem.related.map((link) => ({ text: link.text, url: linkUrl(link.to) })),
    sources: sourcesView(problem.sources, problem.checkedOn),
  };
}
