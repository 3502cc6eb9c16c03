// Search over the guide, all on the phone: type a keyword, a sentence in your own words or paste
// the message on screen, and get the problems and sections ranked, each opening at the part that
// matched, with the matched characters marked for highlighting.
// Text is normalised (width, case, traditional → simplified, punctuation and spaces ignored),
// spelled one way (号码/号, 帐/账, 登陆/登录 …) and folded by synonyms (忘记/忘了/不记得 → 忘),
// all from the words passed in (tools/content/search-words.ts); a query also loses its typos and
// filler words.
// Every page part is a unit, scored by the idf-weighted share of the query's characters and
// character pairs it contains (extra words cost only their share), weighted by where they match:
// the students' own phrasings for that part and CHSI's messages count most.
import type {
  Block,
  IrreversibleAction,
  LinkTarget,
  Part,
  Problem,
  Section,
} from '../../content/types';
import { t2sTable } from './validators/name';

export type FieldKind = 'intent' | 'message' | 'title' | 'symptom' | 'answer' | 'body';

const WEIGHTS: Readonly<Record<FieldKind, number>> = {
  intent: 4,
  message: 4,
  title: 3,
  symptom: 3,
  answer: 2,
  body: 1,
};

/** A page is shown when one of its parts holds this idf-weighted share of the query… */
const MIN_COVERAGE = 0.55;
/** …or contain one of its phrases (a student phrasing, a message, a title) this share of its length. */
const MIN_PHRASE = 0.3;

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

type Rules = ReadonlyMap<string, readonly (readonly [string, string])[]>;

/** 'to:from from to2:from2' → rules keyed by first character, longest first. */
function rules(...lists: string[]): Rules {
  const byFirst = new Map<string, [string, string][]>();
  let to = '';
  for (const word of lists.join(' ').split(' ')) {
    if (word === '') continue;
    const colon = word.indexOf(':');
    const from = colon >= 0 ? word.slice(colon + 1) : word;
    if (colon >= 0) to = word.slice(0, colon);
    const key = from.charAt(0);
    const list = byFirst.get(key) ?? [];
    list.push([from, to]);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return byFirst;
}

const filler = (words: string): string => words.replace(/(^| )/g, '$1:');

/** The search's word data (tools/content/search-words.ts holds the app's). */
export interface SearchWords {
  /** Student phrasings per page ('p4') or part ('login.report'), separated by spaces. */
  readonly intents: Readonly<Record<string, string>>;
  /** 'to:from from …': spellings folded in queries and the guide alike. */
  readonly spellings: string;
  /** 'to:from …': typos, folded in queries only. */
  readonly typos: string;
  /** 'to:from …': words meaning the same, folded in queries and the guide alike. */
  readonly synonyms: string;
  /** Words dropped from queries. */
  readonly filler: string;
  /** Topics not covered: a query naming one (and none of inScope) finds nothing. */
  readonly foreign: string;
  readonly inScope: string;
}

/** The word rules made once from the words. */
export interface Folding {
  readonly contentSpelling: Rules;
  readonly querySpelling: Rules;
  readonly contentWords: Rules;
  readonly queryWords: Rules;
  readonly foreign: readonly string[];
  readonly inScope: readonly string[];
}

export function folding(words: SearchWords): Folding {
  return {
    contentSpelling: rules(words.spellings),
    querySpelling: rules(words.spellings, words.typos),
    contentWords: rules(words.synonyms),
    queryWords: rules(words.synonyms, filler(words.filler)),
    foreign: words.foreign.split(' '),
    inScope: words.inScope.split(' '),
  };
}

function foldChar(char: string, t2s: ReadonlyMap<string, string>): string {
  const code = char.charCodeAt(0);
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
  const lower = half.toLowerCase();
  return t2s.get(lower) ?? lower;
}

function isCjk(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isWordChar(char: string): boolean {
  return /[a-z0-9]/.test(char) || isCjk(char);
}

/** One pass of longest-match replacements, keeping each character's origin in the text. */
function replace(chars: readonly NormChar[], table: Rules): NormChar[] {
  const out: NormChar[] = [];
  let index = 0;
  const text = chars.map((entry) => entry.char).join('');
  while (index < chars.length) {
    const entry = chars[index];
    if (!entry) break;
    const rule = table.get(entry.char)?.find(([from]) => text.startsWith(from, index));
    if (!rule) {
      out.push(entry);
      index += 1;
      continue;
    }
    const [from, to] = rule;
    const start = entry.start;
    const end = chars[index + from.length - 1]?.end ?? entry.end;
    for (const char of to) out.push({ char, start, end });
    index += from.length;
  }
  return out;
}

function fold(text: string, spelling: Rules, words: Rules): Normalised {
  const t2s = t2sTable();
  const chars: NormChar[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = foldChar(text.charAt(index), t2s);
    if (isWordChar(char)) chars.push({ char, start: index, end: index + 1 });
  }
  const folded = replace(replace(chars, spelling), words);
  return { text: folded.map((entry) => entry.char).join(''), chars: folded };
}

/** The guide's text as the index holds it: letters, digits and Chinese, folded, with origins. */
export function normalise(text: string, with_: Folding): Normalised {
  return fold(text, with_.contentSpelling, with_.contentWords);
}

/**
 * A query as it is searched: like the guide's text, without typos and filler words; words that
 * came together once the filler went (登录老是失败) are folded again.
 */
export function normaliseQuery(text: string, with_: Folding): string {
  const once = fold(text, with_.querySpelling, with_.queryWords);
  return replace(once.chars, with_.contentWords)
    .map((entry) => entry.char)
    .join('');
}

/** Character bigrams; a one-character text is its own gram. */
export function grams(text: string): string[] {
  if (text.length <= 1) return text.length === 1 ? [text] : [];
  const out = new Set<string>();
  for (let index = 0; index + 2 <= text.length; index += 1) out.add(text.slice(index, index + 2));
  return [...out];
}

/** What a text is matched by: its Chinese characters and its character pairs. */
function features(text: string): string[] {
  const out = new Set(grams(text));
  for (const char of text) if (isCjk(char)) out.add(char);
  return [...out];
}

interface Piece {
  readonly kind: FieldKind;
  readonly text: string;
  readonly norm: string;
  /** Its character pairs, made once (the snippet is chosen by them). */
  readonly pairs: readonly string[];
  /** The normalised text with each character's origin, for highlighting (none for intents). */
  readonly folded?: Normalised;
  /** Tells the student to take a step that cannot be undone: never shown alone as a snippet. */
  readonly irreversible?: IrreversibleAction;
}

/** A page, or one part of it: what a search result opens. */
interface Unit {
  readonly doc: number;
  readonly part?: string;
  readonly pieces: readonly Piece[];
  /** Each feature's best field weight in this unit. */
  readonly weights: ReadonlyMap<string, number>;
}

export interface SearchDocument {
  readonly key: string;
  readonly kind: 'problem' | 'section';
  readonly title: string;
  readonly foldedTitle: Normalised;
  readonly target: LinkTarget;
  /** The words its answer names the cost with: the snippet when the best text is irreversible. */
  readonly answer: string;
}

export interface SearchIndex {
  readonly docs: readonly SearchDocument[];
  readonly units: readonly Unit[];
  /** Feature → the units holding it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly idf: ReadonlyMap<string, number>;
  /** The idf of a feature no unit holds. */
  readonly unseenIdf: number;
  readonly folding: Folding;
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

function piece(
  kind: FieldKind,
  text: string,
  with_: Folding,
  irreversible?: IrreversibleAction,
): Piece {
  if (kind === 'intent') {
    const norm = normaliseQuery(text, with_);
    return { kind, text, norm, pairs: grams(norm) };
  }
  const folded = normalise(text, with_);
  const base = { kind, text, norm: folded.text, pairs: grams(folded.text), folded };
  return irreversible ? { ...base, irreversible } : base;
}

type Make = (kind: FieldKind, text: string, irreversible?: IrreversibleAction) => Piece;

function blockPieces(block: Block, make: Make): Piece[] {
  const body = (text: string | undefined, mark?: IrreversibleAction): Piece[] =>
    text ? [make('body', text, mark)] : [];
  switch (block.type) {
    case 'paragraph':
      return body(block.text, block.irreversible);
    case 'notice':
      return [...body(block.title), ...body(block.text)];
    case 'steps':
      return [
        ...body(block.title),
        ...block.steps.flatMap((step) => [
          ...body(step.text, step.irreversible),
          ...body(step.note),
          ...body(step.screen),
        ]),
      ];
    case 'list':
      return [...body(block.title), ...block.items.flatMap((item) => body(item))];
    case 'screen':
      return block.lines.flatMap((line) => body(line));
    case 'fields':
      return block.fields.flatMap((field) => [
        ...body(`${field.label}：${field.hint}`),
        ...body(field.warning),
      ]);
    case 'link':
      return body(block.link.text, block.irreversible);
    case 'copy-chsi':
    case 'copy':
      return [];
    case 'chsi-screen':
      return body(block.caption);
    case 'decision':
      // An answer that leads to an irreversible step carries its consequence on the button.
      return [
        ...body(block.question),
        ...block.options.flatMap((option) =>
          body(option.consequence ? `${option.label}（${option.consequence}）` : option.label),
        ),
      ];
    case 'checklist':
      return [
        ...body(block.title),
        ...block.items.flatMap((item) => body(item)),
        ...body(block.wrong.title),
        ...body(block.wrong.text),
      ];
    case 'contact':
      // The card's words are built in guide/content/contact-card.ts; search finds the page by its text.
      return [];
  }
}

function intentPieces(intents: SearchWords['intents'], key: string, make: Make): Piece[] {
  return (intents[key] ?? '')
    .split(' ')
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => make('intent', phrase));
}

function unit(doc: number, part: string | undefined, pieces: Piece[]): Unit {
  const weights = new Map<string, number>();
  for (const entry of pieces) {
    const weight = WEIGHTS[entry.kind];
    for (const feature of features(entry.norm)) {
      if ((weights.get(feature) ?? 0) < weight) weights.set(feature, weight);
    }
  }
  return part === undefined ? { doc, pieces, weights } : { doc, part, pieces, weights };
}

function pageUnits(
  doc: number,
  key: string,
  head: Piece[],
  parts: readonly Part[],
  words: SearchWords,
  make: Make,
): Unit[] {
  return [
    unit(doc, undefined, [...head, ...intentPieces(words.intents, key, make)]),
    ...parts.map((part) =>
      unit(doc, part.id, [
        make('body', part.title),
        ...part.blocks.flatMap((block) => blockPieces(block, make)),
        ...intentPieces(words.intents, `${key}.${part.id}`, make),
      ]),
    ),
  ];
}

/** The index of the guide's problems and sections, with the students' words for them. */
export function buildIndex(
  problems: readonly Problem[],
  sections: readonly Section[],
  words: SearchWords,
): SearchIndex {
  const rulesOf = folding(words);
  const make: Make = (kind, text, mark) => piece(kind, text, rulesOf, mark);
  const docs: SearchDocument[] = [];
  const units: Unit[] = [];
  for (const problem of problems) {
    const doc = docs.length;
    docs.push({
      key: `problem-${problem.id}`,
      kind: 'problem',
      title: `${problem.id}. ${problem.symptom}`,
      foldedTitle: normalise(`${problem.id}. ${problem.symptom}`, rulesOf),
      target: { kind: 'problem', id: problem.id },
      answer: problem.answer,
    });
    const head = [
      ...problem.messages.map((message) => make('message', message.text)),
      make('title', problem.title),
      make('symptom', problem.symptom),
      make('answer', problem.answer),
    ];
    units.push(...pageUnits(doc, `p${problem.id}`, head, problem.parts, words, make));
  }
  for (const section of sections) {
    const doc = docs.length;
    docs.push({
      key: `section-${section.id}`,
      kind: 'section',
      title: section.title,
      foldedTitle: normalise(section.title, rulesOf),
      target: { kind: 'section', id: section.id },
      answer: section.summary,
    });
    const head = [make('title', section.title), make('symptom', section.summary)];
    units.push(...pageUnits(doc, section.id, head, section.parts, words, make));
  }
  const postings = new Map<string, number[]>();
  units.forEach((entry, at) => {
    for (const feature of entry.weights.keys()) {
      const list = postings.get(feature) ?? [];
      list.push(at);
      postings.set(feature, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [feature, list] of postings) {
    idf.set(feature, Math.log(1 + units.length / (1 + list.length)));
  }
  return {
    docs,
    units,
    postings,
    idf,
    unseenIdf: Math.log(1 + units.length),
    folding: rulesOf,
  };
}

/** Marks the characters of `text` covered by the query's grams, as segments to render. */
export function highlight(
  text: string,
  queryGrams: readonly string[],
  norm: Normalised,
): Segment[] {
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
  intent: '内容',
  message: '屏幕提示',
  title: '问题',
  symptom: '情况',
  answer: '解决办法',
  body: '内容',
};

/** A query about a topic this app does not cover (and not about 学信网 or 学籍 at all). */
function offTopic(query: string, with_: Folding): boolean {
  return (
    with_.foreign.some((word) => query.includes(word)) &&
    !with_.inScope.some((word) => query.includes(word))
  );
}

interface UnitScore {
  readonly unit: Unit;
  /** Idf-weighted share of the query it holds (0…1). */
  readonly coverage: number;
  /** The longest phrase of the unit (not its body text) the query contains, as a share of the query. */
  readonly phrase: number;
  /** Coverage weighted by the fields it matched in, plus a bonus for a whole phrase. */
  readonly score: number;
}

function scoreUnit(
  index: SearchIndex,
  entry: Unit,
  query: string,
  wanted: readonly string[],
): UnitScore {
  let total = 0;
  let covered = 0;
  let weighted = 0;
  for (const feature of wanted) {
    const idf = index.idf.get(feature) ?? index.unseenIdf;
    total += idf;
    const weight = entry.weights.get(feature);
    if (weight !== undefined) {
      covered += idf;
      weighted += idf * weight;
    } else if (feature.length === 2 && isCjk(feature.charAt(0))) {
      // A pair whose two characters are both here, only not side by side (密码忘 / 忘密码).
      const first = entry.weights.get(feature.charAt(0));
      const second = entry.weights.get(feature.charAt(1));
      if (first !== undefined && second !== undefined) {
        covered += idf / 2;
        weighted += (idf / 2) * Math.min(first, second);
      }
    }
  }
  let bonus = 0;
  let phrase = 0;
  for (const candidate of entry.pieces) {
    if (candidate.norm.length < 2 || candidate.kind === 'body') continue;
    const shorter = Math.min(candidate.norm.length, query.length);
    const longer = Math.max(candidate.norm.length, query.length);
    if (query.includes(candidate.norm) || candidate.norm.includes(query)) {
      bonus = Math.max(bonus, (WEIGHTS[candidate.kind] * shorter) / longer);
      phrase = Math.max(phrase, shorter / longer);
    }
  }
  const coverage = total > 0 ? covered / total : 0;
  return { unit: entry, coverage, phrase, score: (total > 0 ? weighted / total : 0) + bonus };
}

/** Words that tell the student to take an irreversible step, and words that say what it costs. */
const IRREVERSIBLE_WORDS = /重新注册|继续注册/;
const CONSEQUENCE_WORDS = /注销|不可用|不能再用/;

/** A text that names an irreversible step without its cost is never a snippet on its own. */
export function unsafeSnippet(text: string): boolean {
  return IRREVERSIBLE_WORDS.test(text) && !CONSEQUENCE_WORDS.test(text);
}

/** The text that best shows why a unit matched; never an irreversible step without its cost. */
function bestPiece(
  index: SearchIndex,
  pieces: readonly Piece[],
  wanted: ReadonlySet<string>,
): Piece | undefined {
  let best: Piece | undefined;
  let bestScore = 0;
  for (const candidate of pieces) {
    if (candidate.kind === 'intent' || candidate.irreversible || unsafeSnippet(candidate.text))
      continue;
    let score = 0;
    for (const feature of candidate.pairs) {
      if (wanted.has(feature)) score += (index.idf.get(feature) ?? 0) * WEIGHTS[candidate.kind];
    }
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** Ranked matches for a query; an empty, punctuation-only or off-topic query finds nothing. */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const normQuery = normaliseQuery(query.slice(0, 200), index.folding);
  if (normQuery.length === 0 || offTopic(normQuery, index.folding)) return [];
  const wanted = features(normQuery);
  // Every unit that shares at least one feature; the best unit speaks for its page.
  const seen = new Set<number>();
  for (const feature of wanted) for (const at of index.postings.get(feature) ?? []) seen.add(at);
  const byDoc = new Map<number, UnitScore>();
  for (const at of seen) {
    const entry = index.units[at];
    if (!entry) continue;
    const scored = scoreUnit(index, entry, normQuery, wanted);
    if (scored.coverage < MIN_COVERAGE && scored.phrase < MIN_PHRASE) continue;
    const previous = byDoc.get(entry.doc);
    if (!previous || scored.score > previous.score) byDoc.set(entry.doc, scored);
  }
  const queryGrams = grams(normQuery);
  const wantedGrams = new Set(queryGrams);
  return [...byDoc.values()]
    .sort((a, b) => b.score - a.score || a.unit.doc - b.unit.doc)
    .slice(0, limit)
    .flatMap(({ unit: entry, score }) => {
      const doc = index.docs[entry.doc];
      if (!doc) return [];
      // A part found by a student phrasing alone shows the page's best text for the query.
      const best =
        bestPiece(index, entry.pieces, wantedGrams) ??
        bestPiece(
          index,
          index.units.filter((other) => other.doc === entry.doc).flatMap((other) => other.pieces),
          wantedGrams,
        );
      const target: LinkTarget =
        entry.part !== undefined && (doc.target.kind === 'section' || doc.target.kind === 'problem')
          ? { ...doc.target, part: entry.part }
          : doc.target;
      return [
        {
          key: doc.key,
          kind: doc.kind,
          title: highlight(doc.title, queryGrams, doc.foldedTitle),
          snippet: clip(
            highlight(
              best?.text ?? doc.answer,
              queryGrams,
              best?.folded ?? normalise(doc.answer, index.folding),
            ),
          ),
          snippetLabel: best ? LABELS[best.kind] : '解决办法',
          target,
          score: Math.round(score * 100) / 100,
        },
      ];
    });
}
