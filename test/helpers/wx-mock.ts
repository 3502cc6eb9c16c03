// The jest `wx`: the shared platform model (scripts/lib/wx-model.ts, also behind the browser
// preview) with in-memory storage, answering at once, plus what only tests need: the one Canvas 2D
// node of the tests, which records its drawing and can be missing, never answer, have no context,
// refuse to export or export a blank picture;
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
 * What a Canvas 2D node does: 'missing' (the selector finds no node, as under simulate), 'silent'
 * (the selector query never answers), 'no-context' (the node has no 2d context),
 * 'export-fails' (drawing works, canvasToTempFilePath fails), 'blank' (the export succeeds but
 * nothing was drawn: getImageData reads transparent pixels) or 'working'.
 */
export type CanvasMode = 'missing' | 'silent' | 'no-context' | 'export-fails' | 'blank' | 'working';

/** What the app asked of the canvas, for tests that check how the card was put on it. */
export interface CanvasRecord {
  /** The selector and fields of the last selector query. */
  query: { selector: string; fields: unknown };
  /** The last canvas node handed out (its width and height as the app set them). */
  node: { width: number; height: number } | undefined;
  /** The font in force at each measureText. */
  measuredFonts: string[];
  /** Every canvasToTempFilePath's options. */
  exports: Record<string, unknown>[];
}

/** How to undo each replaceApi, newest last. */
const replaced: (() => void)[] = [];

function emptyCanvasRecord(): CanvasRecord {
  return {
    query: { selector: '', fields: undefined },
    node: undefined,
    measuredFonts: [],
    exports: [],
  };
}

class JestWx extends WxModel {
  /**
   * Every canvas drawing call, as `name(args)` strings, when the canvas is not 'missing'; a call
   * that paints ends with what is in force: ` fill=<fillStyle>`, and for fillText also
   * ` font=<font> align=<textAlign> baseline=<textBaseline>`.
   */
  canvasCalls: string[] = [];
  canvasRecord: CanvasRecord = emptyCanvasRecord();
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
    this.canvasRecord = emptyCanvasRecord();
    // The phone is an iPhone again (a test may have made it Android).
    this.platform = 'ios';
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
function fakeCanvas(): { width: number; height: number; getContext: () => unknown } {
  const rects: { x: number; y: number; width: number; height: number; color: string }[] = [];
  let scale = 1;
  const context = {
    fillStyle: '',
    font: '16px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    measureText(text: string) {
      wxControl.canvasRecord.measuredFonts.push(context.font);
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
  } as Record<string, unknown> & {
    font: string;
    fillStyle: string;
    textAlign: string;
    textBaseline: string;
  };
  for (const name of ['scale', 'fillRect', 'beginPath', 'arc', 'fill', 'fillText']) {
    context[name] = (...args: unknown[]) => {
      const inForce =
        name === 'fillText'
          ? ` fill=${context.fillStyle} font=${context.font} align=${context.textAlign} baseline=${context.textBaseline}`
          : name === 'fillRect' || name === 'fill'
            ? ` fill=${context.fillStyle}`
            : '';
      wxControl.canvasCalls.push(
        `${name}(${args.map((arg) => JSON.stringify(arg)).join(',')})${inForce}`,
      );
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
  return {
    width: 300,
    height: 150,
    getContext: () => (wxControl.canvas === 'no-context' ? null : context),
  };
}

/** wx.createSelectorQuery, enough for `.in().select().fields().exec()` on a canvas node. */
function selectorQuery(): unknown {
  const asked = wxControl.canvasRecord.query;
  const query = {
    in: () => query,
    select: (selector: string) => {
      asked.selector = selector;
      return query;
    },
    fields: (fields: unknown) => {
      asked.fields = fields;
      return query;
    },
    exec(callback?: (results: unknown[]) => void) {
      if (wxControl.canvas === 'silent') return;
      const node = wxControl.canvas === 'missing' ? null : fakeCanvas();
      wxControl.canvasRecord.node = node ?? undefined;
      callback?.([node ? { node, width: 500, height: 400 } : null]);
    },
  };
  return query;
}

wxControl.addApi('createSelectorQuery', selectorQuery);
const exportCanvas = wxControl.exportCanvasApi(() => MOCK_CARD_PATH);
wxControl.addApi('canvasToTempFilePath', (options: Record<string, unknown>) => {
  wxControl.canvasRecord.exports.push(options);
  return exportCanvas(options as never);
});
wxControl.addApi('getWindowInfo', () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667 }));

/** The wx object installed as the global `wx` (setup-wx.ts). */
export function createWxMock(): Record<string, unknown> {
  return wxControl.wx;
}
