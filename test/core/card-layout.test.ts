import {
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutCard,
  wrapText,
  type DrawOp,
  type MeasureText,
} from '../../miniprogram/helper/core/card-layout';
import { CARD_CONTENT, CLASSMATE_STEPS } from '../../miniprogram/helper/content/assist';

/** Every character is one em wide: a monospace stand-in for the canvas's measureText. */
const em: MeasureText = (text, size) => Array.from(text).length * size;

type TextOp = Extract<DrawOp, { kind: 'text' }>;
const texts = (ops: readonly DrawOp[]): TextOp[] =>
  ops.filter((op): op is TextOp => op.kind === 'text');

test('text wraps by measured width', () => {
  expect(wrapText('一二三四五六七', 60, 20, em, 5)).toEqual(['一二三', '四五六', '七']);
  expect(wrapText('一二三', 60, 20, em, 5)).toEqual(['一二三']);
  expect(wrapText('', 60, 20, em, 5)).toEqual([]);
});

test('an ASCII word is not split unless it cannot fit a line by itself', () => {
  expect(wrapText('登录chsi.com.cn', 240, 20, em, 3)).toEqual(['登录', 'chsi.com.cn']);
  expect(wrapText('abcdefghij', 100, 20, em, 3)).toEqual(['abcde', 'fghij']);
});

test('beyond the line limit the last line ends with an ellipsis that fits', () => {
  const lines = wrapText('一二三四五六七八九十', 60, 20, em, 2);
  expect(lines).toEqual(['一二三', '四五…']);
  for (const line of lines) expect(em(line, 20)).toBeLessThanOrEqual(60);
});

test('the card is 5:4 and every text fits inside it', () => {
  const layout = layoutCard(CARD_CONTENT, em);
  expect(layout.width / layout.height).toBe(5 / 4);
  expect([layout.width, layout.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  for (const op of texts(layout.ops)) {
    const width = em(op.text, op.size);
    const left = op.align === 'center' ? op.x - width / 2 : op.x;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + width).toBeLessThanOrEqual(CARD_WIDTH);
    expect(op.y).toBeGreaterThanOrEqual(0);
    expect(op.y + op.size).toBeLessThanOrEqual(CARD_HEIGHT);
  }
});

test('the card shows the title, the four numbered steps in order, and the domain', () => {
  const layout = layoutCard(CARD_CONTENT, em);
  const shown = texts(layout.ops).map((op) => op.text);
  expect(shown.join('')).toContain(CARD_CONTENT.title);
  for (const step of CLASSMATE_STEPS) expect(shown.join('')).toContain(step);
  expect(shown).toEqual(expect.arrayContaining(['1', '2', '3', '4']));
  const numbers = texts(layout.ops).filter((op) => /^[1-4]$/.test(op.text));
  const ys = numbers.map((op) => op.y);
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  expect(shown.join('')).toContain('chsi.com.cn');
  expect(layout.ops.filter((op) => op.kind === 'circle')).toHaveLength(4);
});

test('text lines never overlap one another', () => {
  // A narrow, wide-glyph font forces every step onto two lines.
  const wide: MeasureText = (text, size) => Array.from(text).length * size * 1.6;
  const boxes = texts(layoutCard(CARD_CONTENT, wide).ops)
    .filter((op) => op.align === 'left')
    .map((op) => ({ top: op.y, bottom: op.y + op.size }))
    .sort((a, b) => a.top - b.top);
  for (let index = 1; index < boxes.length; index += 1) {
    expect(boxes[index]?.top ?? 0).toBeGreaterThanOrEqual(boxes[index - 1]?.bottom ?? 0);
  }
});

describe('wrapping rules the card relies on', () => {
  test('an ASCII word exactly as wide as the line stays whole', () => {
    expect(wrapText('x abcde', 100, 20, em, 3).map((line) => line.trim())).toEqual(['x', 'abcde']);
  });

  test('spaces between words are kept', () => {
    expect(wrapText('ab cd', 200, 20, em, 3)).toEqual(['ab cd']);
  });

  test('a character wider than the line gets a line of its own, and no empty line is made', () => {
    expect(wrapText('一二', 10, 20, em, 5)).toEqual(['一', '二']);
  });

  test('text that fills exactly the allowed lines gets no ellipsis', () => {
    expect(wrapText('一二三四五六', 60, 20, em, 2)).toEqual(['一二三', '四五六']);
  });

  test('when not even one character fits beside the ellipsis, the line is the ellipsis alone', () => {
    expect(wrapText('一二三四', 10, 20, em, 1)).toEqual(['…']);
  });
});

describe('the card layout', () => {
  // 40 characters: two lines at the title's size.
  const LONG_TITLE = '请帮我完成学信网同学协助'.repeat(4).slice(0, 40);
  const LONG_STEP = '登录学信网以后打开同学协助申请再点是';
  const content = {
    title: LONG_TITLE,
    steps: [LONG_STEP, LONG_STEP, LONG_STEP, LONG_STEP],
    footer: '认准学信网 chsi.com.cn',
  };
  /** A one-line title leaves room for two lines per step. */
  const roomy = { ...content, title: '请帮我完成同学协助' };
  type Circle = Extract<DrawOp, { kind: 'circle' }>;
  type Rect = Extract<DrawOp, { kind: 'rect' }>;
  const circles = (ops: readonly DrawOp[]): Circle[] =>
    ops.filter((op): op is Circle => op.kind === 'circle');
  const rects = (ops: readonly DrawOp[]): Rect[] =>
    ops.filter((op): op is Rect => op.kind === 'rect');

  function parts(card: typeof content & { tone?: 'primary' | 'success'; badge?: 'check' }) {
    const { ops } = layoutCard(card, em);
    const [background, band] = rects(ops);
    if (!background || !band) throw new Error('no background or band');
    const all = texts(ops);
    const title = all.filter((op) => op.y < band.height);
    const badges = all.filter((op) => op.align === 'center');
    const footer = all[all.length - 1];
    if (!footer) throw new Error('no footer');
    const steps = all.filter((op) => !title.includes(op) && !badges.includes(op) && op !== footer);
    return { ops, background, band, title, badges, steps, footer, circles: circles(ops) };
  }

  test('a white background covers the whole card, under everything else', () => {
    const { ops } = layoutCard(content, em);
    expect(ops[0]).toEqual({
      kind: 'rect',
      x: 0,
      y: 0,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      color: '#ffffff',
    });
  });

  test('the title lines sit inside the band, one below the other, with equal side margins', () => {
    const { band, title } = parts(content);
    expect([band.x, band.y, band.width]).toEqual([0, 0, CARD_WIDTH]);
    expect(title).toHaveLength(2);
    for (const line of title) {
      expect(line.y + line.size).toBeLessThanOrEqual(band.height);
      expect(line.x + em(line.text, line.size)).toBeLessThanOrEqual(CARD_WIDTH - line.x);
    }
    const [first, second] = title;
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBeGreaterThanOrEqual(first?.size ?? 0);
  });

  test.each([
    ['a two-line title', content],
    ['a one-line title', roomy],
  ])('with %s, badges and step texts stay below the band and above the footer', (_label, card) => {
    const { band, circles: dots, steps, footer } = parts(card);
    for (const dot of dots) {
      expect(dot.cy - dot.r).toBeGreaterThanOrEqual(band.height);
      expect(dot.cy + dot.r).toBeLessThanOrEqual(footer.y);
      expect(dot.cx - dot.r).toBeGreaterThanOrEqual(0);
    }
    for (const line of steps) {
      expect(line.y).toBeGreaterThanOrEqual(band.height);
      expect(line.y + line.size).toBeLessThanOrEqual(footer.y);
    }
  });

  test('each number is centred in its badge, and its step text is centred beside it', () => {
    const { circles: dots, badges, steps } = parts(roomy);
    expect(steps).toHaveLength(8);
    expect(dots).toHaveLength(4);
    dots.forEach((dot, index) => {
      const badge = badges[index];
      expect(badge?.x).toBe(dot.cx);
      expect((badge?.y ?? 0) + (badge?.size ?? 0) / 2).toBe(dot.cy);
      // The step's lines: those whose middle is within this badge's slot.
      const own = steps.filter((line) => Math.abs(line.y + line.size / 2 - dot.cy) < dot.r * 2);
      expect(own.length).toBeGreaterThan(0);
      const top = own[0]?.y ?? 0;
      const last = own[own.length - 1];
      const bottom = (last?.y ?? 0) + (last?.size ?? 0);
      expect((top + bottom) / 2).toBeCloseTo(dot.cy, 6);
      for (const line of own) {
        expect(line.x).toBeGreaterThan(dot.cx + dot.r);
        // The right margin is the title's left margin.
        expect(line.x + em(line.text, line.size)).toBeLessThanOrEqual(CARD_WIDTH - 28);
      }
    });
  });

  test('a long step takes two lines at most, ending with an ellipsis', () => {
    const { steps } = parts({ ...content, steps: [LONG_STEP.repeat(6)] });
    expect(steps).toHaveLength(2);
    expect(steps[1]?.text.endsWith('…')).toBe(true);
  });

  test('two-line step texts are laid out downwards', () => {
    const { steps } = parts(roomy);
    const ys = steps.map((line) => line.y);
    expect(ys.length).toBeGreaterThan(4);
    for (let index = 1; index < ys.length; index += 1) {
      expect(ys[index] ?? 0).toBeGreaterThanOrEqual((ys[index - 1] ?? 0) + 20);
    }
  });

  test('at most four steps are drawn', () => {
    const { circles: dots } = parts({ ...content, steps: ['一', '二', '三', '四', '五', '六'] });
    expect(dots).toHaveLength(4);
  });

  test('the title and the numbers are bold; step texts and the footer are not', () => {
    const { title, badges, steps, footer } = parts(content);
    expect([...title, ...badges].every((op) => op.bold)).toBe(true);
    expect([...steps, footer].some((op) => op.bold)).toBe(false);
  });

  test('the reply card is green with ticks; the assist card blue with numbers', () => {
    const assist = parts(content);
    const reply = parts({ ...content, tone: 'success', badge: 'check' });
    for (const card of [assist, reply]) {
      for (const dot of card.circles) expect(dot.color).toBe(card.band.color);
    }
    expect(reply.band.color).not.toBe(assist.band.color);
    expect(assist.band.color).toBe('#1660c9');
    expect(reply.badges.map((op) => op.text)).toEqual(['✓', '✓', '✓', '✓']);
    expect(assist.badges.map((op) => op.text)).toEqual(['1', '2', '3', '4']);
  });

  test('an empty footer draws no words', () => {
    const { footer } = parts({ ...content, footer: '' });
    expect(footer.text).toBe('');
  });
});
