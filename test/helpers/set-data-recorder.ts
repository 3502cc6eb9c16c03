// Records every setData of every component and page rendered under simulate, with its size per
// key, so budget tests can name the page and the key that sent too much. Installed by render.ts
// by wrapping the global Component constructor: it only observes, so other tests are unaffected.

export interface KeySize {
  readonly key: string;
  readonly bytes: number;
}

export interface SetDataCall {
  /** The page being opened when the call happened (its route), or '' outside openPage. */
  readonly route: string;
  /** The component's registered id (a page's own id, or a component's). */
  readonly component: string;
  /** True when the page itself called setData (not a component inside it). */
  readonly fromPage: boolean;
  /** 'load' while onLoad/onShow/onReady run, 'later' afterwards (taps, timers). */
  readonly phase: 'load' | 'later';
  readonly bytes: number;
  readonly keys: readonly KeySize[];
}

/** UTF-8 bytes of a value as setData would serialise it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

const state = {
  route: '',
  pageId: '',
  phase: 'later' as 'load' | 'later',
  calls: [] as SetDataCall[],
};

export const setDataLog = {
  get calls(): readonly SetDataCall[] {
    return state.calls;
  },
  clear(): void {
    state.calls = [];
  },
  /** Called by openPage before the page's hooks run. */
  beginPage(route: string, pageId: string): void {
    state.route = route;
    state.pageId = pageId;
    state.phase = 'load';
  },
  endLoad(): void {
    state.phase = 'later';
  },
};

function record(component: string, data: unknown): void {
  const entries = data && typeof data === 'object' ? Object.entries(data) : [];
  state.calls.push({
    route: state.route,
    component,
    fromPage: component === state.pageId,
    phase: state.phase,
    bytes: jsonBytes(data),
    keys: entries.map(([key, value]) => ({ key, bytes: jsonBytes(value) })),
  });
}

let installed = false;

interface Caller {
  is?: unknown;
  setData: (data: object, callback?: () => void) => void;
}

type Options = Record<string, unknown> & { behaviors?: unknown };

interface SimulateGlobals {
  Component: (options: Options) => void;
  Behavior: (definition: object) => string;
}

/** Wraps global Component so each instance's setData is recorded; idempotent. */
export function installSetDataRecorder(): void {
  if (installed) return;
  installed = true;
  const globals = globalThis as unknown as SimulateGlobals;
  const register = globals.Component;
  const recorder = globals.Behavior({
    lifetimes: {
      created(this: Caller) {
        const original = this.setData;
        const component = typeof this.is === 'string' ? this.is : '';
        this.setData = (data: object, callback?: () => void) => {
          record(component, data);
          original.call(this, data, callback);
        };
      },
    },
  });
  globals.Component = (options: Options) => {
    const behaviors: unknown[] = Array.isArray(options.behaviors) ? options.behaviors : [];
    register({ ...options, behaviors: [recorder, ...behaviors] });
  };
}
