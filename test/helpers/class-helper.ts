// The class-helper page tests share one set-up: the page uses the app's own assist store, so each
// test controls the phone instead — its clock (Date.now) and its random source (Math.random, a
// Lehmer generator from seed 1, so the request ids repeat from run to run).
import { simulate, tapVant, type Rendered } from './render';
import { wxControl } from './wx-mock';
import { assistStore } from '../../miniprogram/helper/pages/class-helper/store';

/** 2026-11-30 10:00 in Beijing (02:00 UTC). */
export const MORNING = Date.UTC(2026, 10, 30, 2, 0, 0);

export interface PhoneClock {
  /** What Date.now returns from now on. */
  readonly set: (ms: number) => void;
  readonly now: () => number;
}

/** Registers beforeEach/afterEach: a fresh wx fake, the clock at `start`, the store reloaded. */
export function useClassHelperPhone(start = MORNING): PhoneClock {
  let now = start;
  let seed = 1;
  const random = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  beforeEach(() => {
    wxControl.reset();
    now = start;
    seed = 1;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    jest.spyOn(Math, 'random').mockImplementation(random);
    assistStore.load();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  return {
    set: (ms: number) => {
      now = ms;
    },
    now: () => now,
  };
}

/** Types a label and taps 我已在学信网向…发出申请, as a student does after asking on CHSI. */
export async function recordRequest(page: Rendered, label: string): Promise<void> {
  (page.instance as unknown as { setData(data: Record<string, unknown>): void }).setData({
    labelInput: label,
  });
  const button = page.querySelector('.record-button');
  if (!button) throw new Error('no record button');
  await tapVant(button, '.van-button');
  await simulate.sleep(0);
}
