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

/**
 * Draws the card into the `<canvas type="2d" id="…">` of `component` and resolves with a temp
 * file path, or with the bundled `fallbackImage`. Never rejects.
 */
export function drawShareCard(
  component: WechatMiniprogram.Component.TrivialInstance,
  canvasId: string,
  content: CardContent,
  fallbackImage: string = STATIC_CARD_IMAGE,
): Promise<string> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (path: string): void => {
      if (settled) return;
      settled = true;
      resolve(path);
    };
    const fallback = (): void => {
      finish(fallbackImage);
    };
    const timer = setTimeout(fallback, DRAW_TIMEOUT_MS);
    const done = (path: string): void => {
      clearTimeout(timer);
      finish(path);
    };
    try {
      wx.createSelectorQuery()
        .in(component)
        .select(`#${canvasId}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((results: unknown[]) => {
          try {
            const first = results[0] as { node?: CanvasLike } | null | undefined;
            const canvas = first?.node;
            const context = canvas?.getContext('2d');
            if (!canvas || !context) {
              done(fallbackImage);
              return;
            }
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
            if (!cardLooksDrawn(context, layout, ratio)) {
              done(fallbackImage);
              return;
            }
            wx.canvasToTempFilePath({
              canvas: canvas as unknown as WechatMiniprogram.Canvas,
              x: 0,
              y: 0,
              width: layout.width,
              height: layout.height,
              destWidth: layout.width * 2,
              destHeight: layout.height * 2,
              fileType: 'png',
              success: (result) => {
                done(result.tempFilePath || fallbackImage);
              },
              fail: () => {
                done(fallbackImage);
              },
            });
          } catch {
            done(fallbackImage);
          }
        });
    } catch {
      done(fallbackImage);
    }
  });
}
