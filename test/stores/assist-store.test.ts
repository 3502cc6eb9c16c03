import { reaction } from 'mobx-miniprogram';
import { ASSIST_SCHEMA_VERSION } from '../../miniprogram/core/assist-requests';
import { BACKUP_SUFFIX } from '../../miniprogram/services/storage';
import { ASSIST_STORAGE_KEY, AssistStore } from '../../miniprogram/stores/assist-store';
import { wxControl } from '../helpers/wx-mock';

const HOUR = 3600 * 1000;
const DAY_START = Date.UTC(2026, 10, 29, 16, 0, 0); // 2026-11-30 00:00 Beijing
let now = DAY_START + 10 * HOUR;
let seed = 7;
const random = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};

function freshStore(): AssistStore {
  const store = new AssistStore(() => now, random);
  store.load();
  return store;
}

beforeEach(() => {
  wxControl.reset();
  now = DAY_START + 10 * HOUR;
});

test('requests survive a restart: a new store reads back what the old one saved', () => {
  const store = freshStore();
  store.setRequesterName('欧阳娜娜');
  expect(store.record('李同学').ok).toBe(true);
  expect(store.record('').ok).toBe(true);
  const first = store.state.requests[0];
  if (!first) throw new Error('missing');
  store.markDone(first.id);

  const restarted = freshStore();
  expect(restarted.recovered).toBe(false);
  expect(restarted.state).toEqual(store.state);
  expect(restarted.requesterMask).toBe('欧*');
  expect(restarted.counterText).toBe('今天已申请 2/5 名同学');
  expect(restarted.history.map((row) => [row.name, row.day, row.status])).toEqual([
    ['一位同学', '2026-11-30 10:00（今天）', '已申请'],
    ['李同学', '2026-11-30 10:00（今天）', '同学已完成'],
  ]);
  // Only the mask is stored: the full name never reaches storage.
  expect(JSON.stringify([...wxControl.storage.entries()])).not.toContain('欧阳');
});

test('the counter follows the clock: after 00:00 Beijing time it starts again', () => {
  const store = freshStore();
  const seen: string[] = [];
  const stop = reaction(
    () => store.counterText,
    (text) => seen.push(text),
  );
  for (let sent = 0; sent < 5; sent += 1) store.record('');
  const refused = store.record('');
  expect(refused.ok).toBe(false);
  now = DAY_START + 24 * HOUR;
  store.tick();
  expect(store.remaining).toBe(5);
  expect(store.record('').ok).toBe(true);
  stop();
  expect(seen).toEqual([
    '今天已申请 1/5 名同学',
    '今天已申请 2/5 名同学',
    '今天已申请 3/5 名同学',
    '今天已申请 4/5 名同学',
    '今天已申请 5/5 名同学',
    '今天已申请 0/5 名同学',
    '今天已申请 1/5 名同学',
  ]);
});

test('ids stay unique even when the random source is stuck', () => {
  const store = new AssistStore(
    () => now,
    () => 0,
  );
  store.load();
  for (let sent = 0; sent < 5; sent += 1) store.record('');
  const ids = store.state.requests.map((request) => request.id);
  expect(new Set(ids).size).toBe(5);
});

test.each<[string, unknown, string]>([
  ['not JSON', '{"v":1,"data":', 'not JSON'],
  ['wrong types', { v: ASSIST_SCHEMA_VERSION, data: { requests: 'many' } }, 'wrong shape'],
  [
    'a future schema version',
    { v: ASSIST_SCHEMA_VERSION + 1, data: { requests: [], requesterMask: '' } },
    `schema version ${ASSIST_SCHEMA_VERSION + 1}, expected ${ASSIST_SCHEMA_VERSION}`,
  ],
])(
  'corrupt storage (%s) is set aside under the backup key and the store starts clean',
  (_label, raw, reason) => {
    wxControl.storage.set(ASSIST_STORAGE_KEY, raw);
    const store = freshStore();
    expect(store.recovered).toBe(true);
    expect(store.state.requests).toEqual([]);
    expect(store.counterText).toBe('今天已申请 0/5 名同学');
    const backup = wxControl.storage.get(ASSIST_STORAGE_KEY + BACKUP_SUFFIX) as {
      raw: unknown;
      reason: string;
    };
    expect(backup.raw).toEqual(raw);
    expect(backup.reason).toBe(reason);
    // The store works again and saves over the bad value; the backup stays.
    expect(store.record('甲').ok).toBe(true);
    expect(freshStore().state.requests).toHaveLength(1);
    expect(wxControl.storage.get(ASSIST_STORAGE_KEY + BACKUP_SUFFIX)).toEqual(backup);
  },
);
