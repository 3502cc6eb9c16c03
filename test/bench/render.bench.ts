// Benchmark, not a test (`npm run bench:render` runs it; `npm test` does not): how long the home
// page takes to render and load under simulate, relative to a page holding a single Vant cell.
import * as path from 'node:path';
import { homeRoute } from '../helpers/app-pages';
import { MINIPROGRAM_ROOT, load, simulate } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

const WARMUP = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);

interface Hooks {
  onLoad?: (query: Record<string, string>) => void;
  onShow?: () => void;
  onReady?: () => void;
}

function renderOnce(id: string): number {
  const started = process.hrtime.bigint();
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  const hooks = page.instance as unknown as Hooks;
  hooks.onLoad?.({});
  hooks.onShow?.();
  hooks.onReady?.();
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  page.detach();
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

test('home page render time relative to a single Vant cell', () => {
  wxControl.reset();
  const cell = simulate.load(
    path.join(MINIPROGRAM_ROOT, 'miniprogram_npm/@vant/weapp/cell/index'),
    {
      rootPath: MINIPROGRAM_ROOT,
    },
  );
  // A definition object loads under simulate's own template compiler; its id is a string too.
  const single = String(
    simulate.load({
      template: '<van-cell title="学籍核对" label="一个单元格" is-link />',
      usingComponents: { 'van-cell': cell },
    }),
  );
  const home = load(homeRoute());
  for (let i = 0; i < WARMUP; i += 1) {
    renderOnce(single);
    renderOnce(home);
  }
  const singleTimes: number[] = [];
  const homeTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    singleTimes.push(renderOnce(single));
    homeTimes.push(renderOnce(home));
  }
  const ratio = median(homeTimes) / median(singleTimes);
  console.info(
    `bench:render ${homeRoute()} median ${median(homeTimes).toFixed(2)} ms, single Vant cell ` +
      `median ${median(singleTimes).toFixed(2)} ms over ${RUNS} runs each: ratio ${ratio.toFixed(1)}x`,
  );
  expect(ratio).toBeGreaterThan(0);
});
