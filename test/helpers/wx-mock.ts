// The jest `wx`: the shared platform model (scripts/lib/wx-model.ts, also behind the browser
// preview) with in-memory storage, answering at once, plus what only tests need: a Canvas 2D node
// that records its drawing and can be missing, refuse to export or export a blank picture;
// replaceApi for answers the model cannot give; and the routes of the real app.json, so a path
// the app opens must exist.
import { subpackageRoots } from '../../scripts/lib/app-routes';
import { WxModel } from '../../scripts/lib/wx-model';
import { APP_ROUTES, readAppJson } from './app-routes';

export {
  MAX_PAGE_STACK,
  STORAGE_FULL,
  type PrivacyResolve,
  type PrivacyState as PrivacyControl,
  type WxRecord,
} from '../../scripts/lib/wx-model';

/** The temp path canvasToTempFilePath answers with when the canvas is 'working' or 'blank'. */
export const MOCK_CARD_PATH = 'wxfile://tmp/assist-card.png';

/**
 * What a Canvas 2D node does: 'missing' (the selector finds no node, as under simulate),
 * 'export-fails' (drawing works, canvasToTempFilePath fails), 'blank' (the export succeeds but
 * nothing was drawn: getImageData reads transparent pixels) or 'working'.
 */
export type CanvasMode = 'missing' | 'export-fails' | 'blank' | 'working';

/** How to undo each replaceApi, newest last. */
const replaced: (() => void)[] = [];

class JestWx extends WxModel {
  /** Every canvas drawing call, as `name(args)` strings, when the canvas is not 'missing'. */
  canvasCalls: string[] = [];
  private canvasMode: CanvasMode = 'missing';

  get canvas(): CanvasMode {
    return this.canvasMode;
  }

  set canvas(mode: CanvasMode) {
    this.canvasMode = mode;
    this.canvasExport = mode === 'working' ? 'working' : mode === 'blank' ? 'blank' : 'fails';
  }

  /** When set, setClipboardData fails with this errMsg (e.g. the privacy error, errno 112). */
  set clipboardFailure(errMsg: string | undefined) {
    if (errMsg === undefined) this.clearFailures('setClipboardData');
    else this.failUntilCleared('setClipboardData', errMsg);
  }

  /** When set, the student does not call (makePhoneCall fails with "makePhoneCall:fail cancel"). */
  set phoneCallFailure(errMsg: string | undefined) {
    this.callChoice = errMsg === undefined ? 'call' : 'cancel';
  }

  /**
   * Puts `value` in place of wx[name] until the next reset (undefined: the API is missing on this
   * client, as on an old base library), for answers failNext cannot give.
   */
  replaceApi(name: string, value: unknown): void {
    const api = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
    const had = Object.prototype.hasOwnProperty.call(api, name);
    const before = api[name];
    Object.defineProperty(api, name, { value, configurable: true, writable: true });
    replaced.push(() => {
      if (had)
        Object.defineProperty(api, name, { value: before, configurable: true, writable: true });
      else Reflect.deleteProperty(api, name);
    });
  }

  override reset(): void {
    while (replaced.length > 0) replaced.pop()?.();
    super.reset();
    this.canvas = 'missing';
    this.canvasCalls = [];
  }
}

export const wxControl = new JestWx({
  routes: APP_ROUTES,
  subpackageRoots: subpackageRoots(readAppJson()),
});
wxControl.reset();

export type WxMockControl = typeof wxControl;

/**
 * A Canvas 2D node whose context records calls, measures every character as 1 em, and keeps the
 * rectangles it filled so getImageData reads back what was drawn (nothing when 'blank').
 */
function fakeCanvas(): unknown {
  const rects: { x: number; y: number; width: number; height: number; color: string }[] = [];
  let scale = 1;
  const context = {
    fillStyle: '',
    font: '16px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(context.font)?.[1] ?? 16);
      return { width: Array.from(text).length * size };
    },
    getImageData(x: number, y: number, width: number, height: number) {
      const data = new Uint8ClampedArray(width * height * 4);
      const hit = [...rects]
        .reverse()
        .find((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
      const hex = /^#([0-9a-f]{6})$/i.exec(hit?.color ?? '')?.[1];
      if (wxControl.canvas !== 'blank' && hex) {
        for (let i = 0; i < data.length; i += 4) {
          data.set([0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255), i);
        }
      }
      return { width, height, data };
    },
  } as Record<string, unknown> & { font: string; fillStyle: string };
  for (const name of ['scale', 'fillRect', 'beginPath', 'arc', 'fill', 'fillText']) {
    context[name] = (...args: unknown[]) => {
      wxControl.canvasCalls.push(`${name}(${args.map((arg) => JSON.stringify(arg)).join(',')})`);
      const [a = 0, b = 0, c = 0, d = 0] = args as number[];
      if (name === 'scale') scale *= a;
      if (name === 'fillRect')
        rects.push({
          x: a * scale,
          y: b * scale,
          width: c * scale,
          height: d * scale,
          color: context.fillStyle,
        });
    };
  }
  return { width: 300, height: 150, getContext: () => context };
}

/** wx.createSelectorQuery, enough for `.in().select().fields().exec()` on a canvas node. */
function selectorQuery(): unknown {
  const query = {
    in: () => query,
    select: () => query,
    fields: () => query,
    exec(callback?: (results: unknown[]) => void) {
      const node = wxControl.canvas === 'missing' ? null : fakeCanvas();
      callback?.([node ? { node, width: 500, height: 400 } : null]);
    },
  };
  return query;
}

wxControl.addApi('createSelectorQuery', selectorQuery);
wxControl.addApi(
  'canvasToTempFilePath',
  wxControl.exportCanvasApi(() => MOCK_CARD_PATH),
);
wxControl.addApi('getWindowInfo', () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667 }));

/** The wx object installed as the global `wx` (setup-wx.ts). */
export function createWxMock(): Record<string, unknown> {
  return wxControl.wx;
}
