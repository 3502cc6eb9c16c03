// Draws the share card with Canvas 2D and exports it with wx.canvasToTempFilePath. This is the
// only code that touches the canvas: it replays helper/core/card-layout.ts's operations. On any failure
// (no canvas node, no 2D context, export refused, no answer in time) it gives the bundled image.
import { layoutCard, type CardContent, type DrawOp } from '../core/card-layout';
import { cardLooksDrawn, type PixelReader } from '../core/card-probe';
import { STATIC_CARD_IMAGE } from '../../core/share-card';

/** Share cards wait at most 3 s for an image; give up well before that. */
const DRAW_TIMEOUT_MS = 2000;

interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): Context2D | null;
}

interface Context2D extends PixelReader {
  fillStyle: string;
  font: string;
  textAlign: string;
  textBaseline: string;
  scale(x: number, y: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  fill(): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

function fontOf(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px sans-serif`;
}

function replay(context: Context2D, ops: readonly DrawOp[]): void {
  context.textBaseline = 'top';
  for (const op of ops) {
    context.fillStyle = op.color;
    if (op.kind === 'rect') {
      context.fillRect(op.x, op.y, op.width, op.height);
    } else if (op.kind === 'circle') {
      context.beginPath();
      context.arc(op.cx, op.cy, op.r, 0, 2 * Math.PI);
      context.fill();
    } else {
      context.font = fontOf(op.size, op.bold);
      context.textAlign = op.align;
      context.fillText(op.text, op.x, op.y);
    }
  }
}

function pixelRatio(): number {
  try {
    const ratio = wx.getWindowInfo().pixelRatio;
    return Number.isFinite(ratio) && ratio > 0 ? Math.min(ratio, 3) : 2;
  } catch {
    return 2;
  }
}

/** The canvas node behind `#canvasId` in `component` (undefined when the page has none). */
function canvasNode(
  component: WechatMiniprogram.Component.TrivialInstance,
  canvasId: string,
): Promise<CanvasLike | undefined> {
  return new Promise((resolve) => {
    wx.createSelectorQuery()
      .in(component)
      .select(`#${canvasId}`)
      .fields({ node: true, size: true }, () => undefined)
      .exec((results: unknown[]) => {
        const first = results[0] as { node?: CanvasLike } | null | undefined;
        resolve(first?.node);
      });
  });
}

/** The canvas exported as a PNG temp file; rejects when WeChat refuses. */
function exportPng(canvas: CanvasLike, width: number, height: number): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.canvasToTempFilePath({
      canvas: canvas as unknown as WechatMiniprogram.Canvas,
      x: 0,
      y: 0,
      width,
      height,
      destWidth: width * 2,
      destHeight: height * 2,
      fileType: 'png',
      success: (result) => {
        resolve(result.tempFilePath);
      },
      fail: reject,
    });
  });
}

/** Lays the card out on the canvas, draws it and exports it; rejects on any failure. */
async function draw(
  component: WechatMiniprogram.Component.TrivialInstance,
  canvasId: string,
  content: CardContent,
): Promise<string> {
  const canvas = await canvasNode(component, canvasId);
  const context = canvas?.getContext('2d');
  if (!canvas || !context) throw new Error('no 2d canvas');
  const measure = (text: string, size: number): number => {
    // Measured bold, the wider weight, so no line overflows whichever weight it is set in.
    context.font = fontOf(size, true);
    return context.measureText(text).width;
  };
  const layout = layoutCard(content, measure);
  const ratio = pixelRatio();
  canvas.width = layout.width * ratio;
  canvas.height = layout.height * ratio;
  context.scale(ratio, ratio);
  replay(context, layout.ops);
  // A blank canvas still exports "successfully": use the bundled picture instead.
  if (!cardLooksDrawn(context, layout, ratio)) throw new Error('nothing drawn');
  return exportPng(canvas, layout.width, layout.height);
}

/**
 * Draws the card into the `<canvas type="2d" id="…">` of `component` and resolves with a temp
 * file path, or with the bundled `fallbackImage`. Never rejects.
 */
export async function drawShareCard(
  component: WechatMiniprogram.Component.TrivialInstance,
  canvasId: string,
  content: CardContent,
  fallbackImage: string = STATIC_CARD_IMAGE,
): Promise<string> {
  let stopClock = (): void => undefined;
  const tooLate = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, DRAW_TIMEOUT_MS);
    stopClock = () => {
      clearTimeout(timer);
    };
  });
  try {
    const path = await Promise.race([draw(component, canvasId, content), tooLate]);
    return path || fallbackImage;
  } catch {
    return fallbackImage;
  } finally {
    stopClock();
  }
}
