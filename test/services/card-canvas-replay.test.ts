// How the card is put on the canvas: every layout operation replayed with the right font, alignment
// and shape, at the phone's pixel ratio (capped), exported at twice the layout size; and every way
// the canvas can fail ends in the bundled picture, quickly.
import { CARD_HEIGHT, CARD_WIDTH, layoutCard } from '../../miniprogram/helper/core/card-layout';
import { CARD_CONTENT } from '../../miniprogram/helper/content/assist';
import { STATIC_CARD_IMAGE } from '../../miniprogram/core/share-card';
import { drawShareCard } from '../../miniprogram/helper/services/card-canvas';
import { MOCK_CARD_PATH, wxControl } from '../helpers/wx-mock';

const component = {} as WechatMiniprogram.Component.TrivialInstance;

beforeEach(() => {
  wxControl.reset();
  wxControl.canvas = 'working';
});
afterEach(() => {
  jest.useRealTimers();
});

test('every operation of the layout is replayed, in order, as the layout says', async () => {
  await expect(drawShareCard(component, 'assist-card', CARD_CONTENT)).resolves.toBe(MOCK_CARD_PATH);
  expect(wxControl.canvasRecord.query).toEqual({
    selector: '#assist-card',
    fields: { node: true, size: true },
  });
  const measure = (text: string, size: number): number => Array.from(text).length * size;
  const expected = layoutCard(CARD_CONTENT, measure).ops.flatMap((op) => {
    if (op.kind === 'rect')
      return [`fillRect(${op.x},${op.y},${op.width},${op.height}) fill=${op.color}`];
    if (op.kind === 'circle') {
      return [
        'beginPath()',
        `arc(${op.cx},${op.cy},${op.r},0,${2 * Math.PI})`,
        `fill() fill=${op.color}`,
      ];
    }
    const font = `${op.bold ? 'bold ' : ''}${op.size}px sans-serif`;
    return [
      `fillText(${JSON.stringify(op.text)},${op.x},${op.y}) fill=${op.color} font=${font} align=${op.align} baseline=top`,
    ];
  });
  expect(wxControl.canvasCalls.slice(1)).toEqual(expected);
});

test('text is measured in bold, the wider weight, so no line overflows', async () => {
  await drawShareCard(component, 'card', CARD_CONTENT);
  const measured = wxControl.canvasRecord.measuredFonts;
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
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(wxControl.canvasCalls[0]).toBe(`scale(${used},${used})`);
  const canvas = wxControl.canvasRecord.node;
  expect([canvas?.width, canvas?.height]).toEqual([CARD_WIDTH * used, CARD_HEIGHT * used]);
});

test('a window info that throws draws at 2', async () => {
  wxControl.replaceApi('getWindowInfo', () => {
    throw new Error('getWindowInfo:fail');
  });
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(wxControl.canvasCalls[0]).toBe('scale(2,2)');
});

test('the picture is exported at twice the layout size, as a PNG of the whole card', async () => {
  await drawShareCard(component, 'card', CARD_CONTENT);
  expect(wxControl.canvasRecord.exports[0]).toMatchObject({
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
    wxControl.canvas = 'export-fails';
    const drawn = drawShareCard(component, 'card', CARD_CONTENT);
    await jest.advanceTimersByTimeAsync(10);
    await expect(drawn).resolves.toBe(STATIC_CARD_IMAGE);
  });

  test('a canvas that never answers gives it after the time limit', async () => {
    jest.useFakeTimers();
    wxControl.canvas = 'silent';
    let settled: string | undefined;
    void drawShareCard(component, 'card', CARD_CONTENT, '/fallback.png').then((path) => {
      settled = path;
    });
    await jest.advanceTimersByTimeAsync(1000);
    expect(settled).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1500);
    expect(settled).toBe('/fallback.png');
  });

  test('a node without a 2d context, or a selector query that throws, gives it', async () => {
    wxControl.canvas = 'no-context';
    await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
    wxControl.replaceApi('createSelectorQuery', () => {
      throw new Error('no selector query');
    });
    await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
  });
});
