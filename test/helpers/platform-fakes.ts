// Failures only a real phone shows, installed on the jest `wx` fake (wx-mock) through
// wxControl.replaceApi, so a test states which way the platform fails and reset() undoes it.
// Each fails the way WeChat does, as the platform notes record it.
import { wxControl } from './wx-mock';

type Callbacks = {
  success?: (result: Record<string, unknown>) => void;
  fail?: (result: { errMsg: string }) => void;
  complete?: (result: Record<string, unknown>) => void;
};

function currentWx(): Record<string, unknown> {
  return (globalThis as unknown as { wx: Record<string, unknown> }).wx;
}

function failWith(api: string, options: Callbacks, errMsg: string): void {
  wxControl.record.failures.push({ api, errMsg });
  options.fail?.({ errMsg });
  options.complete?.({ errMsg });
}

/**
 * The subpackages under `roots` never download (a weak campus network): navigateTo, redirectTo
 * and reLaunch to any of their pages fail, and the page stays where it was; pages of the main
 * package still open.
 */
export function subpackagesUnreachable(roots: readonly string[]): void {
  for (const method of ['navigateTo', 'redirectTo', 'reLaunch'] as const) {
    const original = currentWx()[method] as (options: Callbacks & { url: string }) => void;
    wxControl.replaceApi(method, (options: Callbacks & { url: string }) => {
      const root = options.url.replace(/^\//, '').split('/')[0] ?? '';
      if (roots.includes(root)) {
        failWith(method, options, `${method}:fail loadSubpackage fail`);
        return;
      }
      original(options);
    });
  }
}

/**
 * wx.addPhoneCalendar as each platform answers it: the system sheet opens, and the student saves
 * or cancels. On Android a cancel still calls success; on iOS it calls fail.
 */
export function phoneCalendar(platform: 'android' | 'ios', student: 'saves' | 'cancels'): void {
  wxControl.replaceApi('addPhoneCalendar', (options: Callbacks) => {
    if (student === 'cancels' && platform === 'ios') {
      failWith('addPhoneCalendar', options, 'addPhoneCalendar:fail cancel');
      return;
    }
    options.success?.({ errMsg: 'addPhoneCalendar:ok' });
    options.complete?.({ errMsg: 'addPhoneCalendar:ok' });
  });
}

/**
 * A Canvas 2D node found by createSelectorQuery: 'draws' keeps what fillRect paints (with the
 * context's scale) and getImageData reads it back; 'blank' is the phone where the off-screen
 * canvas paints nothing, every pixel reads transparent, and canvasToTempFilePath still succeeds.
 */
export function canvas2d(kind: 'draws' | 'blank'): void {
  wxControl.canvas = 'working';
  const rects: { x: number; y: number; width: number; height: number; color: string }[] = [];
  let scale = 1;
  const context = {
    fillStyle: '#000000',
    font: '16px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    scale(x: number) {
      scale = x;
    },
    fillRect(x: number, y: number, width: number, height: number) {
      if (kind === 'draws') {
        rects.push({
          x: x * scale,
          y: y * scale,
          width: width * scale,
          height: height * scale,
          color: context.fillStyle,
        });
      }
    },
    beginPath: () => undefined,
    arc: () => undefined,
    fill: () => undefined,
    fillText: () => undefined,
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(context.font)?.[1] ?? 16);
      return { width: Array.from(text).length * size };
    },
    getImageData(x: number, y: number) {
      const hit = [...rects]
        .reverse()
        .find((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
      if (!hit) return { data: [0, 0, 0, 0] };
      const hex = hit.color.replace('#', '');
      return {
        data: [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)).concat(255),
      };
    },
  };
  const canvas = { width: 300, height: 150, getContext: () => context };
  const query = {
    in: () => query,
    select: () => query,
    fields: () => query,
    exec(callback?: (results: unknown[]) => void) {
      callback?.([{ node: canvas, width: 500, height: 400 }]);
    },
  };
  wxControl.replaceApi('createSelectorQuery', () => query);
}
