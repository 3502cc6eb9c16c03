// Render-ready views of sections and problems: links resolved to URLs, sources labelled, and
// every block flattened to one shape that WXML can switch on.
import { linkUrl } from '../content/links';
import type {
  Block,
  FormField,
  NoticeLevel,
  Part,
  Problem,
  Section,
  Source,
  Step,
} from '../content/types';

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
  readonly url: string;
  /** "据公开资料" label for facts from outside the college's guide; empty for the guide's own. */
  readonly sourceNote: string;
}

export interface PartView {
  readonly id: string;
  readonly anchor: string;
  readonly title: string;
  readonly badge: string;
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

export const PUBLIC_LABEL = '据公开资料';

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
    url: '',
    sourceNote: '',
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
        sourceNote: block.source?.kind === 'public' ? PUBLIC_LABEL : '',
      };
    case 'steps':
      return { ...empty, title: block.title ?? '', steps: block.steps };
    case 'list':
      return { ...empty, title: block.title ?? '', items: block.items };
    case 'screen':
      return { ...empty, title: block.caption, lines: block.lines };
    case 'fields':
      return { ...empty, fields: block.fields };
    case 'link':
      return { ...empty, text: block.link.text, url: linkUrl(block.link.to) };
    case 'copy-chsi':
      return empty;
  }
}

export function partView(part: Part): PartView {
  return {
    id: part.id,
    anchor: `part-${part.id}`,
    title: part.title,
    badge: part.badge ?? '',
    blocks: part.blocks.map((block, index) => blockView(block, `${part.id}-${index}`)),
  };
}

export function sourcesView(sources: readonly Source[], checkedOn: string): SourcesView {
  return {
    lines: sources.map((source) =>
      source.kind === 'seed' ? `来源：${source.ref}` : `部分内容${source.ref}`,
    ),
    checkedOn,
  };
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  readonly summary: string;
  readonly parts: readonly PartView[];
  readonly sources: SourcesView;
}

export function sectionView(section: Section): SectionView {
  return {
    id: section.id,
    title: section.title,
    heading: section.heading,
    summary: section.summary,
    parts: section.parts.map(partView),
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
  readonly parts: readonly PartView[];
  readonly related: readonly LinkView[];
  readonly sources: SourcesView;
}

export function problemView(problem: Problem): ProblemView {
  return {
    id: problem.id,
    title: problem.title,
    answer: problem.answer,
    messages: problem.messages.map((message) => ({
      text: message.text,
      where: message.where,
      note: message.verbatim ? '' : '大意',
    })),
    parts: problem.parts.map(partView),
    related: problem.related.map((link) => ({ text: link.text, url: linkUrl(link.to) })),
    sources: sourcesView(problem.sources, problem.checkedOn),
  };
}
