// setData budgets: no single call over 16 KB on any page, and the home page's first screen
// (initial data plus what it sends while loading) under 8 KB. Failures name the page and the key.
import { homeRoute, representativeQueries } from '../helpers/app-pages';
import { appPageRoutes } from '../helpers/app-routes';
import { openPage } from '../helpers/render';
import { jsonBytes, setDataLog, type SetDataCall } from '../helpers/set-data-recorder';
import { wxControl } from '../helpers/wx-mock';

const KB = 1024;
const MAX_CALL_BYTES = 16 * KB;
const MAX_FIRST_SCREEN_BYTES = 8 * KB;

function describeCall(call: SetDataCall): string {
  const keys = [...call.keys]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((key) => `"${key.key}" ${key.bytes} B`)
    .join(', ');
  const who = call.fromPage ? 'the page' : `component ${call.component}`;
  return `${call.route}: setData by ${who} sent ${call.bytes} B (largest keys: ${keys})`;
}

beforeEach(() => {
  wxControl.reset();
  setDataLog.clear();
});

test('every page in app.json is opened by this test', async () => {
  const queries = await representativeQueries();
  expect([...queries.keys()]).toEqual(appPageRoutes());
  for (const [, list] of queries) expect(list.length).toBeGreaterThan(0);
});

test(`no setData call on any page sends more than ${MAX_CALL_BYTES / KB} KB`, async () => {
  const queries = await representativeQueries();
  setDataLog.clear();
  for (const [route, list] of queries) {
    for (const query of list) {
      wxControl.reset();
      (await openPage(route, query)).detach();
    }
  }
  const calls = setDataLog.calls;
  expect(calls.length).toBeGreaterThan(0);
  const over = calls.filter((call) => call.bytes > MAX_CALL_BYTES).map(describeCall);
  expect(over).toEqual([]);
  const largest = [...calls].sort((a, b) => b.bytes - a.bytes)[0];
  if (largest) console.info(`largest setData: ${describeCall(largest)}`);
});

test(`the home page's first screen sends less than ${MAX_FIRST_SCREEN_BYTES / KB} KB`, async () => {
  const route = homeRoute();
  const page = await openPage(route);
  const loadCalls = setDataLog.calls.filter((call) => call.fromPage && call.phase === 'load');
  // The data the page was created with, as it stood before any setData of its own.
  const sentKeys = new Set(loadCalls.flatMap((call) => call.keys.map((key) => key.key)));
  const data = (page.instance as { data: Record<string, unknown> }).data;
  const initialKeys = Object.entries(data)
    .filter(([key]) => !sentKeys.has(key))
    .map(([key, value]) => ({ key, bytes: jsonBytes(value) }));
  const total =
    initialKeys.reduce((sum, key) => sum + key.bytes, 0) +
    loadCalls.reduce((sum, call) => sum + call.bytes, 0);
  const breakdown = [...initialKeys, ...loadCalls.flatMap((call) => call.keys)]
    .sort((a, b) => b.bytes - a.bytes)
    .map((key) => `"${key.key}" ${key.bytes} B`)
    .join(', ');
  if (total >= MAX_FIRST_SCREEN_BYTES) {
    throw new Error(`${route}: first screen sends ${total} B; keys: ${breakdown}`);
  }
  console.info(`${route} first screen: ${total} B (${breakdown})`);
  expect(total).toBeGreaterThan(0);
});

test('the recorder names the page and the key of an oversized call', async () => {
  const page = await openPage(homeRoute());
  setDataLog.clear();
  (page.instance as unknown as { setData(data: object): void }).setData({
    oversized: 'x'.repeat(MAX_CALL_BYTES + 1),
  });
  const [call] = setDataLog.calls;
  expect(call && describeCall(call)).toMatch(
    new RegExp(`^${homeRoute()}: setData by the page sent \\d+ B \\(largest keys: "oversized"`),
  );
  expect(call?.bytes).toBeGreaterThan(MAX_CALL_BYTES);
});
