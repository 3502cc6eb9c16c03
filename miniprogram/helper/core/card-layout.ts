// The share card's layout as data: a 5:4 picture (title band, four numbered steps, the CHSI
// domain) computed from a text-measuring function, so wrapping and positions are tested without
// a canvas. helper/services/card-canvas.ts only replays these operations.

/** Width in px of `text` set at `fontSize` px (the canvas's measureText in the app). */
export type MeasureText = (text: string, fontSize: number) => number;

export type DrawOp =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly color: string;
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly color: string;
    }
  | {
      readonly kind: 'text';
      readonly text: string;
      /** Left edge, or centre when align is 'center'. */
      readonly x: number;
      /** Top of the line box (textBaseline 'top'). */
      readonly y: number;
      readonly size: number;
      readonly color: string;
      readonly bold: boolean;
      readonly align: 'left' | 'center';
    };

export interface CardContent {
  readonly title: string;
  readonly steps: readonly string[];
  readonly footer: string;
  /** What the step badges show: 1 2 3 4 (to do), or ✓ (done, the reply card). Default number. */
  readonly badge?: 'number' | 'check';
  /** The title band's colour: primary blue, or success green (the reply card). Default primary. */
  readonly tone?: 'primary' | 'success';
}

export interface CardLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
}

export const CARD_WIDTH = 500;
export const CARD_HEIGHT = 400;

const PAD = 28;
const TITLE_SIZE = 30;
const TITLE_LINE = 40;
const STEP_SIZE = 22;
const STEP_LINE = 30;
const FOOTER_SIZE = 18;
const BADGE = 36;
const COLORS = {
  background: '#ffffff',
  band: '#1660c9',
  bandText: '#ffffff',
  badge: '#1660c9',
  badgeText: '#ffffff',
  text: '#1a1a1a',
  muted: '#5c5c5c',
  success: '#07855a',
} as const;

/** Splits text into tokens that must not break: runs of ASCII letters/digits/dots, or one char. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9.:/_-]+|[\s\S]/g) ?? [];
}

/**
 * Greedy line wrapping by measured width. A token wider than the line is broken by characters.
 * Beyond `maxLines`, the last line ends with an ellipsis that still fits.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  maxLines: number,
): string[] {
  const pieces = tokens(text).flatMap((token) =>
    measure(token, fontSize) > maxWidth ? Array.from(token) : [token],
  );
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (line !== '' && measure(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 0 && measure(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Lays the card out at CARD_WIDTH × CARD_HEIGHT (5:4). */
export function layoutCard(content: CardContent, measure: MeasureText): CardLayout {
  const ops: DrawOp[] = [
    { kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, color: COLORS.background },
  ];
  const accent = content.tone === 'success' ? COLORS.success : COLORS.band;
  const titleLines = wrapText(content.title, CARD_WIDTH - 2 * PAD, TITLE_SIZE, measure, 2);
  const bandHeight = PAD + titleLines.length * TITLE_LINE + PAD / 2;
  ops.push({ kind: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: bandHeight, color: accent });
  titleLines.forEach((text, index) => {
    ops.push({
      kind: 'text',
      text,
      x: PAD,
      y: PAD + index * TITLE_LINE,
      size: TITLE_SIZE,
      color: COLORS.bandText,
      bold: true,
      align: 'left',
    });
  });

  const footerY = CARD_HEIGHT - PAD / 2 - FOOTER_SIZE - 6;
  const stepsTop = bandHeight + PAD / 2;
  const stepsBottom = footerY - PAD / 4;
  const steps = content.steps.slice(0, 4);
  const slot = steps.length > 0 ? (stepsBottom - stepsTop) / steps.length : 0;
  const textX = PAD + BADGE + 14;
  const textWidth = CARD_WIDTH - textX - PAD;
  const maxStepLines = Math.max(1, Math.floor(slot / STEP_LINE));
  steps.forEach((step, index) => {
    const lines = wrapText(step, textWidth, STEP_SIZE, measure, Math.min(2, maxStepLines));
    const centre = stepsTop + slot * index + slot / 2;
    ops.push({
      kind: 'circle',
      cx: PAD + BADGE / 2,
      cy: centre,
      r: BADGE / 2,
      color: content.tone === 'success' ? COLORS.success : COLORS.badge,
    });
    ops.push({
      kind: 'text',
      text: content.badge === 'check' ? '✓' : String(index + 1),
      x: PAD + BADGE / 2,
      y: centre - STEP_SIZE / 2,
      size: STEP_SIZE,
      color: COLORS.badgeText,
      bold: true,
      align: 'center',
    });
    const blockTop = centre - (lines.length * STEP_LINE) / 2;
    lines.forEach((text, lineIndex) => {
      ops.push({
        kind: 'text',
        text,
        x: textX,
        y: blockTop + lineIndex * STEP_LINE + (STEP_LINE - STEP_SIZE) / 2,
        size: STEP_SIZE,
        color: COLORS.text,
        bold: false,
        align: 'left',
      });
    });
  });

  const footer = wrapText(content.footer, CARD_WIDTH - 2 * PAD, FOOTER_SIZE, measure, 1)[0] ?? '';
  ops.push({
    kind: 'text',
    text: footer,
    x: PAD,
    y: footerY,
    size: FOOTER_SIZE,
    color: COLORS.muted,
    bold: false,
    align: 'left',
  });
  return { width: CARD_WIDTH, height: CARD_HEIGHT, ops };
}
