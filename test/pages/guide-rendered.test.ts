// The guide as the student reads it: every section and problem page rendered in every state its
// answers open (each page opened once per state, shared by the tests below), and read off the
// screen. The content marks which steps cannot be undone (test/content/safe-order.test.ts checks
// the marks); here the warning and the safer way must really be drawn above each such step, the
// irreversible answers and warnings read word for word as written in this file (never taken from
// the content), and every part shows all its words in the content's order.
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { citeLine } from '../../miniprogram/content/sources';
import type { Block, IrreversibleAction, Part } from '../../miniprogram/content/types';
import { CHSI_SCREENS, type ChsiElement } from '../../miniprogram/guide/content/chsi-screens';
import { problemParts } from '../../miniprogram/guide/views/guide';
import { GUIDE_READING } from '../fixtures/guide-reading';
import {
  guidePages,
  snapshotGuide,
  type GuideSnapshot,
  type ShownItem,
} from '../helpers/guide-states';

/** Every state of every guide page (the page names of guidePages()). */
let drawn = new Map<string, GuideSnapshot[]>();

beforeAll(async () => {
  drawn = await snapshotGuide();
}, 600_000);

function statesOf(name: string): GuideSnapshot[] {
  const states = drawn.get(name);
  if (!states || states.length === 0) throw new Error(`${name} was not drawn`);
  return states;
}

const PAGE_NAMES = guidePages().map((page) => [page.name] as const);

const PARTS = new Map<string, readonly Part[]>([
  ...sections.map((section) => [`section ${section.id}`, section.parts] as const),
  ...problems.map((problem) => [`problem ${String(problem.id)}`, problemParts(problem)] as const),
]);

// ─── Safe order ───────────────────────────────────────────────────────────────────────────────

interface Mark {
  readonly action: IrreversibleAction;
  readonly text: string;
  readonly part: string;
}

interface Marks {
  readonly steps: Mark[];
  readonly safer: Mark[];
  readonly notices: Mark[];
}

/** What the content marks on one page's parts (the marks, not what the page draws). */
function marksOf(parts: readonly Part[]): Marks {
  const marks: Marks = { steps: [], safer: [], notices: [] };
  const add = (
    part: string,
    text: string,
    item: { irreversible?: IrreversibleAction; saferThan?: IrreversibleAction },
  ) => {
    if (item.irreversible) marks.steps.push({ action: item.irreversible, text, part });
    if (item.saferThan) marks.safer.push({ action: item.saferThan, text, part });
  };
  for (const part of parts) {
    for (const block of part.blocks) {
      if (block.type === 'notice' && block.level === 'irreversible' && block.action) {
        marks.notices.push({ action: block.action, text: block.text, part: part.id });
      } else if (block.type === 'steps') {
        for (const step of block.steps) add(part.id, step.text, step);
      } else if (block.type === 'paragraph') {
        add(part.id, block.text, block);
      } else if (block.type === 'link') {
        add(part.id, block.link.text, block);
      }
    }
  }
  return marks;
}

/** Every irreversible notice of the guide, by action: a page may not borrow another's warning. */
const ALL_NOTICES = [...PARTS.values()].flatMap((parts) => marksOf(parts).notices);

/** Everything wrong with the order of one rendered state; [] when it is safe. */
function renderedFaults(where: string, items: readonly ShownItem[], marks: Marks): string[] {
  const faults: string[] = [];
  items.forEach((item, index) => {
    const before = items.slice(0, index);
    if (item.kind === 'irreversible-notice' && (item.title === '' || item.text === '')) {
      faults.push(`${where}: an irreversible notice is drawn without its title or text`);
    }
    if (item.kind === 'option' && item.irreversible) {
      // An irreversible answer sits after the safer answer of the same question.
      if (!before.some((earlier) => earlier.kind === 'option' && !earlier.irreversible)) {
        faults.push(`${where}: the answer “${item.text}” comes before any safer answer`);
      }
    }
    if (item.kind !== 'text') return;
    for (const step of marks.steps.filter((mark) => mark.text === item.text)) {
      const warned = before.some(
        (earlier) =>
          earlier.kind === 'irreversible-notice' &&
          earlier.title !== '' &&
          ALL_NOTICES.some(
            (notice) => notice.action === step.action && notice.text === earlier.text,
          ),
      );
      if (!warned) {
        faults.push(
          `${where}: “${step.text}” is on screen with no ${step.action} warning above it`,
        );
      }
      const saferParts = new Set(
        marks.safer.filter((mark) => mark.action === step.action).map((mark) => mark.part),
      );
      const saferShown = before.some(
        (earlier) =>
          (earlier.kind === 'text' &&
            marks.safer.some(
              (mark) => mark.action === step.action && mark.text === earlier.text,
            )) ||
          (earlier.kind === 'option' && saferParts.has(earlier.opens)),
      );
      if (!saferShown) {
        faults.push(`${where}: “${step.text}” is on screen with no safer way above it`);
      }
    }
  });
  return faults;
}

test.each(PAGE_NAMES)(
  '%s, in every state its answers open: each irreversible step is drawn below its warning and the safer way',
  (name) => {
    const marks = marksOf(PARTS.get(name) ?? []);
    const faults: string[] = [];
    const stepsShown = new Set<string>();
    const noticesShown = new Set<string>();
    for (const state of statesOf(name)) {
      const where = `${name} [${state.taps.join(' → ') || 'as opened'}]`;
      faults.push(...renderedFaults(where, state.items, marks));
      for (const item of state.items) {
        if (item.kind === 'text') stepsShown.add(item.text);
        if (item.kind === 'irreversible-notice') noticesShown.add(item.text);
      }
    }
    expect(faults).toEqual([]);
    // Every marked step and every irreversible notice of the page was on screen in some state
    // (drawn as an irreversible notice): the check above did not pass by showing nothing.
    expect(marks.steps.map((mark) => mark.text).filter((text) => !stepsShown.has(text))).toEqual(
      [],
    );
    expect(
      marks.notices.map((mark) => mark.text).filter((text) => !noticesShown.has(text)),
    ).toEqual([]);
  },
);

test('the states are found by tapping: problem 8 as opened and with each answer', () => {
  // Problem 8 has its two answers' parts: three states (as opened, each answer).
  expect(statesOf('problem 8').map((state) => state.taps)).toEqual([
    [],
    ['能，或者想先试试找回'],
    ['不能，要重新注册（旧账号将被注销）'],
  ]);
});

// ─── The irreversible choices, word for word ─────────────────────────────────────────────────

/** Each answer drawn as irreversible (⚠ and its consequence in brackets), by page. */
const IRREVERSIBLE_ANSWERS: readonly (readonly [string, string])[] = [
  ['problem 1', '⚠找回时提示“被注册过”，找不回（旧账号将被注销）'],
  ['problem 2', '⚠都没有，或旧账号确实找不回（审核通过后旧账号将被注销）'],
  ['problem 8', '⚠不能，要重新注册（旧账号将被注销）'],
  ['problem 9', '⚠不是我的，或者要注册新账号（旧账号将不可用）'],
];

/** The consequence of 重新注册 / 我要重新注册, in the guide's words (problem 8's 友情提示). */
const ID_ACCOUNT_CANCELLED = '这个身份证号关联的旧账号会被注销，不能再用于征兵、研招报名。';

/** Each irreversible warning drawn: page, title and the consequence its text states. */
const IRREVERSIBLE_WARNINGS: readonly (readonly [string, string, string])[] = [
  ['problem 1', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 2', '继续之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 6', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 7', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 8', '旧账号会被注销', ID_ACCOUNT_CANCELLED],
  ['problem 9', '“继续注册”之前要知道', '这个手机号关联的旧账号将不可用。'],
];

/** What every guide page draws in any state its answers lead to. */
function everyPageDrawn() {
  const answers = new Set<string>();
  const warnings = new Map<string, string>();
  const safeAnswers = new Set<string>();
  for (const [name, states] of drawn) {
    for (const state of states) {
      for (const item of state.items) {
        // The arrow after the words says whether the answer is chosen (› or ✓).
        const words = item.text.replace(/[›✓]$/, '');
        if (item.kind === 'option' && item.irreversible) answers.add(`${name}|${words}`);
        if (item.kind === 'option' && !item.irreversible) safeAnswers.add(words);
        if (item.kind === 'irreversible-notice') warnings.set(`${name}|${item.title}`, item.text);
      }
    }
  }
  return { answers, warnings, safeAnswers };
}

test('the irreversible answers read word for word, with ⚠ and their consequence, and no others', () => {
  const { answers, safeAnswers } = everyPageDrawn();
  expect([...answers].sort()).toEqual(
    IRREVERSIBLE_ANSWERS.map(([page, words]) => `${page}|${words}`).sort(),
  );
  // An answer that costs the old account is never drawn as an ordinary one.
  expect([...safeAnswers].filter((words) => /注销|不可用|重新注册|继续注册/.test(words))).toEqual(
    [],
  );
});

test('problem 8: 不能，要重新注册 says 旧账号将被注销 on the button, and its part opens with the warning', () => {
  const chosen = statesOf('problem 8').find(
    (state) => state.taps.join() === '不能，要重新注册（旧账号将被注销）',
  );
  if (!chosen) throw new Error('the 不能，要重新注册 answer opens nothing');
  const items = chosen.items;
  const button = items.findIndex((item) => item.text === '⚠不能，要重新注册（旧账号将被注销）✓');
  const warning = items.findIndex(
    (item) => item.kind === 'irreversible-notice' && item.title === '旧账号会被注销',
  );
  const step = items.findIndex(
    (item) => item.text === '学信网提示“证件号码已注册”时，勾选“我要重新注册”。',
  );
  expect({ button: button >= 0, warning: warning > button, step: step > warning }).toEqual({
    button: true,
    warning: true,
    step: true,
  });
  expect(items[warning]?.text).toContain(ID_ACCOUNT_CANCELLED);
});

test('every irreversible warning is drawn with its title and states its consequence, and no others', () => {
  const { warnings } = everyPageDrawn();
  expect([...warnings.keys()].sort()).toEqual(
    IRREVERSIBLE_WARNINGS.map(([page, title]) => `${page}|${title}`).sort(),
  );
  for (const [page, title, consequence] of IRREVERSIBLE_WARNINGS) {
    expect({ page, title, text: warnings.get(`${page}|${title}`) }).toEqual({
      page,
      title,
      text: expect.stringContaining(consequence) as unknown,
    });
  }
});

// ─── Every word of every part, in order ──────────────────────────────────────────────────────

/** The words of one drawn CHSI element, in the order the drawing shows them. */
function elementWords(element: ChsiElement): (string | undefined)[] {
  switch (element.kind) {
    case 'bar':
    case 'tiles':
      return element.items.map((item) => item.label);
    case 'heading':
      return [element.text, element.link?.label];
    case 'field':
      return [
        element.label,
        element.required ? '*' : undefined,
        element.value ?? element.placeholder,
        element.action?.label,
        element.message,
        element.hint,
      ];
    case 'text':
      return [element.text];
    case 'choice':
      return [element.label, element.note];
    case 'mail':
      return [element.subject, ...element.actions.map((action) => action.label)];
    case 'button':
      return [element.label];
  }
}

/** What a block says, in reading order (the template's own fixed words where the block has none). */
function blockWords(block: Block): (string | undefined)[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'notice':
      return [
        block.title ?? (block.level === 'irreversible' ? '这一步不能撤回' : undefined),
        block.text,
        block.source ? citeLine(block.source) : undefined,
      ];
    case 'steps':
      return [
        block.title,
        ...block.steps.flatMap((step, index) => [
          String(index + 1),
          step.text,
          step.note,
          step.screen === undefined ? undefined : `画面：${step.screen}`,
        ]),
      ];
    case 'list':
      return [block.title, ...block.items];
    case 'screen':
      return [block.caption, ...block.lines];
    case 'fields': {
      const pins = block.fields.flatMap((field) => (field.pin ? [field.pin] : []));
      return [
        pins.length > 0 ? `最容易填错的 ${String(pins.length)} 处` : undefined,
        ...pins,
        `逐项说明（${String(block.fields.length)} 项）`,
      ];
    }
    case 'link':
      return [block.link.text];
    case 'decision':
      return [
        block.question,
        ...block.options.map((option) =>
          option.consequence ? `${option.label}（${option.consequence}）` : option.label,
        ),
      ];
    case 'chsi-screen': {
      const screen = CHSI_SCREENS[block.screen];
      return [screen.title, ...screen.elements.flatMap(elementWords), block.caption];
    }
    case 'checklist':
      return [block.title, ...block.items];
    case 'copy-chsi':
    case 'copy':
    case 'contact':
      // Drawn by their own components, each with its own tests.
      return [];
  }
}

function partWords(part: Part): string[] {
  return [part.title, part.badge, ...part.blocks.flatMap(blockWords)].filter(
    (word): word is string => word !== undefined && word !== '',
  );
}

/** The first word of `words` not found in `text` after the one before it; undefined when all are. */
function firstOutOfOrder(text: string, words: readonly string[]): string | undefined {
  let at = 0;
  for (const word of words) {
    const found = text.indexOf(word.replace(/\s+/g, ' ').trim(), at);
    if (found < 0) return word;
    at = found + word.length;
  }
  return undefined;
}

test.each(PAGE_NAMES)(
  '%s: every part on screen shows all its words in order, and every part is shown in some state',
  (name) => {
    const parts = PARTS.get(name) ?? [];
    const faults: string[] = [];
    const seen = new Set<string>();
    for (const state of statesOf(name)) {
      const where = `${name} [${state.taps.join(' → ') || 'as opened'}]`;
      const shown = state.parts.map((part) => part.id);
      // The parts keep the content's order on screen.
      const order = parts.map((part) => part.id).filter((id) => shown.includes(id));
      if (order.join() !== shown.join()) faults.push(`${where}: parts in order ${shown.join()}`);
      for (const { id, text } of state.parts) {
        const part = parts.find((candidate) => candidate.id === id);
        if (!part) {
          faults.push(`${where}: a part ${id} the content does not have`);
          continue;
        }
        seen.add(id);
        const missing = firstOutOfOrder(text, partWords(part));
        if (missing !== undefined) {
          faults.push(`${where} ${id}: “${missing}” missing or out of order`);
        }
      }
    }
    expect(faults).toEqual([]);
    expect(parts.map((part) => part.id).filter((id) => !seen.has(id))).toEqual([]);
  },
);

// ─── What each page says, against the list written from the guide ────────────────────────────

test.each(GUIDE_READING.map(([name, parts]) => [name, parts] as const))(
  '%s reads its parts, steps and notices in the order written down from the guide',
  (name, reading) => {
    const faults: string[] = [];
    const seen = new Set<string>();
    const titles = reading.map(([title]) => title);
    for (const state of statesOf(name)) {
      const where = `${name} [${state.taps.join(' → ') || 'as opened'}]`;
      // Each part on screen, by the written-down part its text opens with.
      const shown = state.parts.flatMap(({ text }) => {
        const index = titles.findIndex((title) => title !== undefined && text.startsWith(title));
        return index < 0 ? [] : [{ index, text }];
      });
      const order = shown.map(({ index }) => index);
      if (order.some((index, at) => at > 0 && index < (order[at - 1] ?? 0))) {
        faults.push(
          `${where}: parts in the order ${order.map((index) => titles[index]).join(' / ')}`,
        );
      }
      for (const { index, text } of shown) {
        const words = reading[index] ?? [];
        seen.add(words[0] ?? '');
        const missing = firstOutOfOrder(text, words);
        if (missing !== undefined) faults.push(`${where}: “${missing}” missing or out of order`);
      }
    }
    expect(faults).toEqual([]);
    expect(titles.filter((title) => title !== undefined && !seen.has(title))).toEqual([]);
  },
);
