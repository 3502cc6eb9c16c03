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
