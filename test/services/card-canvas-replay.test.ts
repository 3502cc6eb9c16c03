// How the card is put on the canvas: every layout operation replayed with the right font, alignment
// and shape, at the phone's pixel ratio (capped), exported at twice the layout size; and every way
// the canvas can fail ends in the bundled picture, quickly.
import { CARD_HEIGHT, CARD_WIDTH, layoutCard } from '../../miniprogram/helper/core/card-layout';
import { CARD_CONTENT } from '../../miniprogram/helper/content/assist';
import { STATIC_CARD_IMAGE } from '../../miniprogram/core/share-card';
import { drawShareCard } from '../../miniprogram/helper/services/card-canvas';
import { wxControl } from '../helpers/wx-mock';

const component = {} as WechatMiniprogram.Component.TrivialInstance;

/** A canvas whose context writes down every call with the font, alignment and baseline in force. */
function recordingCanvas() {
  const calls: string[] = [];
  const measured: string[] = [];
  const context = {
    fillStyle: '',
    font: '10px serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
    fillRect: (x: number, y: number, w: number, h: number) =>
      calls.push(`rect ${x} ${y} ${w} ${h} ${context.fillStyle}`),
    beginPath: () => calls.push('beginPath'),
    arc: (x: number, y: number, r: number, start: number, end: number) =>
      calls.push(`arc ${x} ${y} ${r} ${start} ${end} ${context.fillStyle}`),
    fill: () => calls.push('fill'),
    fillText: (text: string, x: number, y: number) =>
      calls.push(
        `text ${text} ${x} ${y} ${context.font} ${context.textAlign} ${context.textBaseline} ${context.fillStyle}`,
      ),
    measureText: (text: string) => {
      measured.push(context.font);
      const size = Number(/(\d+)px/.exec(context.font)?.[1] ?? 10);
      return { width: Array.from(text).length * size };
    },
  };
  const canvas = { width: 300, height: 150, getContext: () => context };
  return { canvas, calls, measured };
}

interface Query {
  selector: string;
  fields: unknown;
}

/** wx.createSelectorQuery answering with `node` (or never answering, or throwing). */
function selectorQuery(node: unknown, mode: 'answer' | 'silent' | 'throws' = 'answer'): Query {
  const seen: Query = { selector: '', fields: undefined };
  wxControl.replaceApi('createSelectorQuery', () => {
    if (mode === 'throws') throw new Error('no selector query');
    const query = {
      in: () => query,
      select: (selector: string) => {
        seen.selector = selector;
        return query;
      },
      fields: (fields: unknown) => {
        seen.fields = fields;
        return query;
      },
      exec: (callback: (results: unknown[]) => void) => {
        if (mode === 'answer') callback([{ node }]);
      },
    };
    return query;
  });
  return seen;
}

let exported: Record<string, unknown>[] = [];

beforeEach(() => {
  wxControl.reset();
  exported = [];
  wxControl.replaceApi('canvasToTempFilePath', (options: Record<string, unknown>) => {
    exported.push(options);
    (options.success as (result: { tempFilePath: string }) => void)({
      tempFilePath: 'wxfile://x.png',
    });
  });
});
afterEach(() => {
  jest.useRealTimers();
});

test('every operation of the layout is replayed, in order, as the layout says', async () => {
  const { canvas, calls } = recordingCanvas();
  const query = selectorQuery(canvas);
  await expect(drawShareCard(component, 'assist-card', CARD_CONTENT)).resolves.toBe(
    'wxfile://x.png',
  );
  expect(query.selector).toBe('#assist-card');
  expect(query.fields).toEqual({ node: true, size: true });
  const measure = (text: string, size: number): number => Array.from(text).length * size;
  const expected = layoutCard(CARD_CONTENT, measure).ops.flatMap((op) => {
    if (op.kind === 'rect') return [`rect ${op.x} ${op.y} ${op.width} ${op.height} ${op.color}`];
    if (op.kind === 'circle') {
      return ['beginPath', `arc ${op.cx} ${op.cy} ${op.r} 0 ${2 * Math.PI} ${op.color}`, 'fill'];
    }
    const font = `${op.bold ? 'bold ' : ''}${op.size}px sans-serif`;
    return [`text ${op.text} ${op.x} ${op.y} ${font} ${op.align} top ${op.color}`];
  });
  expect(calls.slice(1)).toEqual(expected);
});

test('text is measured in bold, the wider weight, so no line overflows', async () => {
  const { canvas, measured } = recordingCanvas();
  selectorQuery(canvas);
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(measured.length).toBeGreaterThan(0);
  for (const font of measured) expect(font.startsWith('bold ')).toBe(true);
});

test.each([
  [2, 2],
  [3, 3],
  [4, 3],
  [1.5, 1.5],
  [0, 2],
  [-1, 2],
  [Number.NaN, 2],
  [Number.POSITIVE_INFINITY, 2],
])('a pixel ratio of %d draws at %d', async (ratio, used) => {
  wxControl.replaceApi('getWindowInfo', () => ({ pixelRatio: ratio }));
  const { canvas, calls } = recordingCanvas();
  selectorQuery(canvas);
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(calls[0]).toBe(`scale ${used} ${used}`);
  expect([canvas.width, canvas.height]).toEqual([CARD_WIDTH * used, CARD_HEIGHT * used]);
});

test('a window info that throws draws at 2', async () => {
  wxControl.replaceApi('getWindowInfo', () => {
    throw new Error('getWindowInfo:fail');
  });
  const { canvas, calls } = recordingCanvas();
  selectorQuery(canvas);
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(calls[0]).toBe('scale 2 2');
});

test('the picture is exported at twice the layout size, as a PNG of the whole card', async () => {
  const { canvas } = recordingCanvas();
  selectorQuery(canvas);
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(exported[0]).toMatchObject({
    x: 0,
    y: 0,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    destWidth: CARD_WIDTH * 2,
    destHeight: CARD_HEIGHT * 2,
    fileType: 'png',
  });
});

describe('failures end in the bundled picture', () => {
  test('an export that fails gives it at once, not after the time limit', async () => {
    jest.useFakeTimers();
    wxControl.replaceApi('canvasToTempFilePath', (options: { fail: () => void }) => {
      options.fail();
    });
    const { canvas } = recordingCanvas();
    selectorQuery(canvas);
    const drawn = drawShareCard(component, 'card', CARD_CONTENT);
    await jest.advanceTimersByTimeAsync(10);
    await expect(drawn).resolves.toBe(STATIC_CARD_IMAGE);
  });

  test('a canvas that never answers gives it after the time limit', async () => {
    jest.useFakeTimers();
    selectorQuery(null, 'silent');
    let settled: string | undefined;
    void drawShareCard(component, 'card', CARD_CONTENT, '/fallback.png').then((path) => {
      settled = path;
    });
    await jest.advanceTimersByTimeAsync(1000);
    expect(settled).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1500);
    expect(settled).toBe('/fallback.png');
  });

  test('a context that throws, or a selector query that throws, gives it', async () => {
    selectorQuery({
      width: 0,
      height: 0,
      getContext: () => {
        throw new Error('no 2d');
      },
    });
    await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
    selectorQuery(null, 'throws');
    await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
  });
});
