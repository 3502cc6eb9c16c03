// Render-ready views of the action blocks (copy chips are in views/copy.ts): decisions, drawn CHSI screens and the
// 对/不对 checklist, plus which parts a decision keeps closed and the table of contents.
import {
  CHSI_SCREENS,
  controlLabel,
  controlsOf,
  DRAWN_LABEL,
  GUIDE_2022_NOTE,
  POSITION_ONLY_NOTE,
  type ChsiElement,
  type ChsiScreenRing,
} from '../content/chsi-screens';
import type { Block, DecisionOption, Part } from '../../content/types';

export interface DecisionOptionView {
  readonly key: string;
  /** The button's words; an irreversible answer carries its consequence: 继续注册（旧账号将不能用）. */
  readonly label: string;
  readonly opens: string;
  readonly irreversible: boolean;
}

export interface DecisionView {
  readonly question: string;
  readonly options: readonly DecisionOptionView[];
}

export function optionLabel(option: DecisionOption): string {
  return option.consequence ? `${option.label}（${option.consequence}）` : option.label;
}

export function decisionView(
  question: string,
  options: readonly DecisionOption[],
  key: string,
): DecisionView {
  return {
    question,
    options: options.map((option, index) => ({
      key: `${key}-${index}`,
      label: optionLabel(option),
      opens: option.opens,
      irreversible: option.consequence !== undefined,
    })),
  };
}

/** One drawn line of a CHSI page; `ringed` marks the control the student taps. */
export interface ChsiRowView {
  readonly key: string;
  readonly kind: ChsiElement['kind'];
  readonly label: string;
  readonly text: string;
  readonly required: boolean;
  readonly ringed: boolean;
  readonly message: string;
  readonly note: string;
  /** A choice the page shows as a link (no tick box). */
  readonly link: boolean;
  readonly controls: readonly {
    readonly key: string;
    readonly label: string;
    readonly ringed: boolean;
  }[];
}

export interface ChsiScreenView {
  readonly title: string;
  /** 示意图 */
  readonly badge: string;
  /** What to tap, named by the data: 要点的是“我要重新注册”. */
  readonly caption: string;
  /** 以学信网实际页面为准 (position screens) or 按学院指南（2022 年）画的… (screens from the guide). */
  readonly positionNote: string;
  readonly ringLabel: string;
  readonly rows: readonly ChsiRowView[];
}

function rowView(element: ChsiElement, key: string, ring: string): ChsiRowView {
  const base: ChsiRowView = {
    key,
    kind: element.kind,
    label: '',
    text: '',
    required: false,
    ringed: false,
    message: '',
    note: '',
    link: false,
    controls: [],
  };
  const controls = (items: readonly { readonly id: string; readonly label: string }[]) =>
    items.map((item) => ({
      key: `${key}-${item.id}`,
      label: item.label,
      ringed: item.id === ring,
    }));
  switch (element.kind) {
    case 'bar':
    case 'tiles':
    case 'mail':
      return {
        ...base,
        text: element.kind === 'mail' ? element.subject : '',
        controls: controls(controlsOf(element)),
      };
    case 'heading':
      return { ...base, text: element.text, controls: controls(controlsOf(element)) };
    case 'field':
      return {
        ...base,
        label: element.label,
        required: element.required ?? false,
        ringed: element.id !== undefined && element.id === ring,
        text: element.value ?? element.placeholder ?? '',
        message: element.message ?? '',
        note: element.hint ?? '',
        controls: element.action ? controls([element.action]) : [],
      };
    case 'text':
      return { ...base, text: element.text };
    case 'choice':
      return {
        ...base,
        label: element.label,
        note: element.note ?? '',
        ringed: element.id === ring,
        link: element.link ?? false,
      };
    case 'button':
      return { ...base, label: element.label, ringed: element.id === ring };
  }
}

export function chsiScreenView(
  block: ChsiScreenRing & { readonly caption?: string },
): ChsiScreenView {
  const screen = CHSI_SCREENS[block.screen];
  const ringLabel = controlLabel(screen, block.ring) ?? '';
  return {
    title: screen.title,
    badge: DRAWN_LABEL,
    caption: block.caption ?? `要点的是“${ringLabel}”（红圈处）`,
    positionNote: screen.from === 'position' ? POSITION_ONLY_NOTE : GUIDE_2022_NOTE,
    ringLabel,
    rows: screen.elements.map((element, index) =>
      rowView(element, `${block.screen}-${index}`, block.ring),
    ),
  };
}

export interface ChecklistView {
  readonly title: string;
  readonly items: readonly { readonly key: string; readonly text: string }[];
  readonly wrongTitle: string;
  readonly wrongText: string;
  /** Anchor of the part with the contact (`part-<id>`), or ''; and its button's words. */
  readonly wrongAnchor: string;
  readonly wrongButton: string;
}

export function checklistView(
  block: Extract<Block, { readonly type: 'checklist' }>,
  key: string,
): ChecklistView {
  return {
    title: block.title ?? '',
    items: block.items.map((text, index) => ({ key: `${key}-${index}`, text })),
    wrongTitle: block.wrong.title,
    wrongText: block.wrong.text,
    wrongAnchor: block.wrong.part ? `part-${block.wrong.part}` : '',
    wrongButton: block.wrong.button ?? '',
  };
}

/** The parts of a page that a decision opens: they stay closed until the student answers. */
export function decidedParts(parts: readonly Part[]): ReadonlySet<string> {
  return new Set(
    parts.flatMap((part) =>
      part.blocks.flatMap((block) =>
        block.type === 'decision' ? block.options.map((option) => option.opens) : [],
      ),
    ),
  );
}

export interface TocEntry {
  readonly anchor: string;
  readonly title: string;
}

/** Pages with at least this many parts open with a table of contents. */
export const TOC_MIN_PARTS = 3;

/** 本页目录: the parts always shown, in order (decided parts open from their question). */
export function tableOfContents(parts: readonly Part[]): readonly TocEntry[] {
  const decided = decidedParts(parts);
  const listed = parts.filter((part) => !decided.has(part.id));
  if (listed.length < TOC_MIN_PARTS) return [];
  return listed.map((part) => ({ anchor: `part-${part.id}`, title: part.title }));
}

/** The parts that the answers of the decision offering `opens` open (empty when none does). */
export function siblingParts(
  parts: readonly {
    readonly blocks: readonly { readonly decision: DecisionView | null }[];
  }[],
  opens: string,
): readonly string[] {
  for (const part of parts) {
    for (const block of part.blocks) {
      const options = block.decision?.options ?? [];
      if (options.some((option) => option.opens === opens)) {
        return options.map((option) => option.opens);
      }
    }
  }
  return [];
}
