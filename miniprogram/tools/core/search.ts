// Search over the guide, all on the phone: type a keyword or paste the message on screen and get
// the problems and sections ranked, with the matched characters marked for highlighting.
// Matching is Chinese-aware: text is normalised (punctuation, spaces, quotes and width ignored;
// 号码/号, 帐/账, 身份证号/证件号 … treated alike) and compared by character bigrams, so a
// message that is quoted slightly differently, or only in part, still finds its fix.
import type { Block, LinkTarget, Part, Problem, Section } from '../../content/types';

export type FieldKind = 'message' | 'title' | 'symptom' | 'answer' | 'body';

const WEIGHTS: Readonly<Record<FieldKind, number>> = {
  message: 6,
  title: 4,
  symptom: 4,
  answer: 2,
  body: 1,
};

/** Spellings that mean the same thing on CHSI and in the guide; the left side becomes the right. */
const CANONICAL: readonly (readonly [string, string])[] = [
  ['身份证号', '证件号'],
  ['号码', '号'],
  ['帐', '账'],
  ['登陆', '登录'],
  ['email', '邮箱'],
  ['电子邮箱', '邮箱'],
  ['电子邮件', '邮箱'],
];

interface NormChar {
  readonly char: string;
  /** Range in the original text (UTF-16 indices) this character stands for. */
  readonly start: number;
  readonly end: number;
}

export interface Normalised {
  readonly text: string;
  readonly chars: readonly NormChar[];
}

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
  return half.toLowerCase();
}

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    /[a-z0-9]/.test(char) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Keeps letters, digits and Chinese characters, folded and canonicalised, with their origins. */
export function normalise(text: string): Normalised {
  let chars: NormChar[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = foldChar(text.charAt(index));
    if (isWordChar(char)) chars.push({ char, start: index, end: index + 1 });
  }
  for (const [from, to] of CANONICAL) {
    if (!chars.some((entry) => entry.char === from.charAt(0))) continue;
    const next: NormChar[] = [];
    let index = 0;
    while (index < chars.length) {
      const window =
        chars[index]?.char === from.charAt(0) ? chars.slice(index, index + from.length) : [];
      if (window.length > 0 && window.map((entry) => entry.char).join('') === from) {
        const start = window[0]?.start ?? 0;
        const end = window[window.length - 1]?.end ?? start;
        for (const char of to) next.push({ char, start, end });
        index += from.length;
      } else {
        const entry = chars[index];
        if (entry) next.push(entry);
        index += 1;
      }
    }
    chars = next;
  }
  return { text: chars.map((entry) => entry.char).join(''), chars };
}

/** Character bigrams; a one-character text is its own gram. */
export function grams(text: string): string[] {
  if (text.length <= 1) return text.length === 1 ? [text] : [];
  const out = new Set<string>();
  for (let index = 0; index + 2 <= text.length; index += 1) out.add(text.slice(index, index + 2));
  return [...out];
}

interface Piece {
  readonly kind: FieldKind;
  readonly text: string;
  readonly norm: Normalised;
  readonly grams: ReadonlySet<string>;
  /** The part of the page this text is in, so a hit in a part opens the page there. */
  readonly part?: string;
}

export interface SearchDocument {
  readonly key: string;
  readonly kind: 'problem' | 'section';
  readonly title: string;
  readonly target: LinkTarget;
  readonly pieces: readonly Piece[];
}

export interface Segment {
  readonly text: string;
  readonly hit: boolean;
}

export interface SearchResult {
  readonly key: string;
  readonly kind: 'problem' | 'section';
  readonly title: readonly Segment[];
  /** The best-matching text, cut around the hits. */
  readonly snippet: readonly Segment[];
  /** What the snippet is: 屏幕提示, 解决办法 … */
  readonly snippetLabel: string;
  /** Where the result leads, scrolled to the best-matching part (tools/views/search.ts makes the URL). */
  readonly target: LinkTarget;
  readonly score: number;
}

function piece(kind: FieldKind, text: string, part?: string): Piece {
  const norm = normalise(text);
  const base = { kind, text, norm, grams: new Set(grams(norm.text)) };
  return part === undefined ? base : { ...base, part };
}

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'notice':
      return [block.title ?? '', block.text];
    case 'steps':
      return [
        block.title ?? '',
        ...block.steps.flatMap((step) => [step.text, step.note ?? '', step.screen ?? '']),
      ];
    case 'list':
      return [block.title ?? '', ...block.items];
    case 'screen':
      return [...block.lines];
    case 'fields':
      return block.fields.flatMap((field) => [
        `${field.label}：${field.hint}`,
        field.warning ?? '',
      ]);
    case 'link':
      return [block.link.text];
    case 'copy-chsi':
    case 'copy':
      return [];
    case 'chsi-screen':
      return [block.caption ?? ''];
    case 'decision':
      return [block.question, ...block.options.map((option) => option.label)];
    case 'checklist':
      return [block.title ?? '', ...block.items, block.wrong.title, block.wrong.text];
    case 'contact':
      // The card's words are built in guide/content/contact-card.ts; search finds the page by its text.
      return [];
  }
}

function partPieces(parts: readonly Part[]): Piece[] {
  return parts.flatMap((part) => [
    piece('body', part.title, part.id),
    ...part.blocks
      .flatMap(blockTexts)
      .filter((text) => text.length > 0)
      .map((text) => piece('body', text, part.id)),
  ]);
}

export function problemDocument(problem: Problem): SearchDocument {
  return {
    key: `problem-${problem.id}`,
    kind: 'problem',
    title: `${problem.id}. ${problem.symptom}`,
    target: { kind: 'problem', id: problem.id },
    pieces: [
      ...problem.messages.map((message) => piece('message', message.text)),
      piece('title', problem.title),
      piece('symptom', problem.symptom),
      piece('answer', problem.answer),
      ...partPieces(problem.parts),
    ],
  };
}

export function sectionDocument(section: Section): SearchDocument {
  return {
    key: `section-${section.id}`,
    kind: 'section',
    title: section.title,
    target: { kind: 'section', id: section.id },
    pieces: [
      piece('title', section.title),
      piece('symptom', section.summary),
      ...partPieces(section.parts),
    ],
  };
}

export function buildIndex(
  problems: readonly Problem[],
  sections: readonly Section[],
): readonly SearchDocument[] {
  return [...problems.map(problemDocument), ...sections.map(sectionDocument)];
}

/** Marks the characters of `text` covered by the query's grams, as segments to render. */
export function highlight(text: string, queryGrams: readonly string[]): Segment[] {
  const norm = normalise(text);
  const hits = new Array<boolean>(text.length).fill(false);
  const size = queryGrams[0]?.length ?? 2;
  const wanted = new Set(queryGrams);
  for (let index = 0; index + size <= norm.chars.length; index += 1) {
    const gram = norm.text.slice(index, index + size);
    if (!wanted.has(gram)) continue;
    const first = norm.chars[index];
    const last = norm.chars[index + size - 1];
    if (!first || !last) continue;
    for (let at = first.start; at < last.end; at += 1) hits[at] = true;
  }
  const segments: Segment[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const hit = hits[index] ?? false;
    const previous = segments[segments.length - 1];
    if (previous && previous.hit === hit) {
      segments[segments.length - 1] = { text: previous.text + text.charAt(index), hit };
    } else {
      segments.push({ text: text.charAt(index), hit });
    }
  }
  return segments;
}

const SNIPPET_MAX = 60;

/** Cuts long text to a window around its first hit, marking the cuts with …. */
function clip(segments: readonly Segment[]): Segment[] {
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  if (total <= SNIPPET_MAX) return [...segments];
  let offset = 0;
  let firstHit = 0;
  for (const segment of segments) {
    if (segment.hit) {
      firstHit = offset;
      break;
    }
    offset += segment.text.length;
  }
  const from = Math.max(0, Math.min(firstHit - 12, total - SNIPPET_MAX));
  const to = from + SNIPPET_MAX;
  const out: Segment[] = [];
  let position = 0;
  for (const segment of segments) {
    const start = Math.max(from, position);
    const end = Math.min(to, position + segment.text.length);
    if (start < end)
      out.push({ text: segment.text.slice(start - position, end - position), hit: segment.hit });
    position += segment.text.length;
  }
  if (from > 0) out.unshift({ text: '…', hit: false });
  if (to < total) out.push({ text: '…', hit: false });
  return out;
}

const LABELS: Readonly<Record<FieldKind, string>> = {
  message: '屏幕提示',
  title: '问题',
  symptom: '情况',
  answer: '解决办法',
  body: '内容',
};

interface Scored {
  readonly doc: SearchDocument;
  readonly score: number;
  readonly best: Piece;
}

function scoreDocument(
  doc: SearchDocument,
  query: string,
  queryGrams: readonly string[],
): Scored | undefined {
  let score = 0;
  let bestCoverage = 0;
  let best: Piece | undefined;
  let bestPieceScore = -1;
  for (const kind of Object.keys(WEIGHTS) as FieldKind[]) {
    const pieces = doc.pieces.filter((candidate) => candidate.kind === kind);
    if (pieces.length === 0) continue;
    const matched = queryGrams.filter((gram) =>
      pieces.some((candidate) => candidate.grams.has(gram)),
    );
    const coverage = matched.length / queryGrams.length;
    const weight = WEIGHTS[kind];
    score += weight * coverage * coverage;
    bestCoverage = Math.max(bestCoverage, coverage);
    for (const candidate of pieces) {
      const own = queryGrams.filter((gram) => candidate.grams.has(gram)).length / queryGrams.length;
      let pieceScore = weight * own * own;
      const exact = candidate.norm.text.includes(query);
      // A pasted message longer than ours (extra words around it) still counts as exact.
      const contained =
        kind === 'message' &&
        candidate.norm.text.length >= 4 &&
        query.includes(candidate.norm.text);
      if (exact || contained) {
        score += weight;
        pieceScore += weight;
      }
      if (own > 0 && pieceScore > bestPieceScore) {
        bestPieceScore = pieceScore;
        best = candidate;
      }
    }
  }
  if (!best || bestCoverage < 0.5) return undefined;
  return { doc, score, best };
}

/** Ranked matches for a query; an empty or punctuation-only query finds nothing. */
export function search(
  index: readonly SearchDocument[],
  query: string,
  limit = 10,
): SearchResult[] {
  const normQuery = normalise(query.slice(0, 200)).text;
  const queryGrams = grams(normQuery);
  if (queryGrams.length === 0) return [];
  const scored = index
    .map((doc) => scoreDocument(doc, normQuery, queryGrams))
    .filter((entry): entry is Scored => entry !== undefined)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map(({ doc, score, best }) => {
    const target: LinkTarget =
      best.part !== undefined && (doc.target.kind === 'section' || doc.target.kind === 'problem')
        ? { ...doc.target, part: best.part }
        : doc.target;
    return {
      key: doc.key,
      kind: doc.kind,
      title: highlight(doc.title, queryGrams),
      snippet: clip(highlight(best.text, queryGrams)),
      snippetLabel: LABELS[best.kind],
      target,
      score: Math.round(score * 100) / 100,
    };
  });
}
