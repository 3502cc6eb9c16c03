// What the 一步步诊断 page shows after a walk through the decision tree (tools/content/finder.ts).
import { linkUrl } from '../../content/links';
import { FINDER_START, finderNode, finderNodes, type FinderNodeId } from '../content/finder';

export interface FinderView {
  readonly question: {
    readonly text: string;
    readonly options: readonly {
      readonly key: string;
      readonly label: string;
      readonly next: string;
    }[];
  } | null;
  readonly answer: {
    readonly title: string;
    readonly text: string;
    /** The guide page to open; '' for the contact. */
    readonly url: string;
  } | null;
  /** The answers chosen so far, shown as a trail. */
  readonly trail: readonly string[];
}

/** What the finder shows after walking `path` (node ids from the start); unknown ids restart it. */
export function finderView(path: readonly FinderNodeId[]): FinderView {
  const valid = path.length > 0 && path.every((id) => finderNode(id) !== undefined);
  const walked = valid ? path : [FINDER_START];
  const trail = walked.slice(1).map((id, index) => {
    const previous = finderNode(walked[index] ?? '');
    return previous?.kind === 'question'
      ? (previous.options.find((option) => option.next === id)?.label ?? '')
      : '';
  });
  const node = finderNode(walked[walked.length - 1] ?? FINDER_START) ?? finderNodes[0];
  if (!node || node.kind === 'question') {
    return {
      question: node
        ? {
            text: node.text,
            options: node.options.map((option, index) => ({ key: String(index), ...option })),
          }
        : null,
      answer: null,
      trail,
    };
  }
  return {
    question: null,
    answer: { title: node.title, text: node.text, url: node.to ? linkUrl(node.to) : '' },
    trail,
  };
}
