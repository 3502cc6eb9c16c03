import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';
import { reaction } from 'mobx-miniprogram';
import {
  ASSIST_SCHEMA_VERSION,
  REQUEST_ID_PATTERN,
} from '../../miniprogram/helper/core/assist-requests';
import { BACKUP_SUFFIX } from '../../miniprogram/services/storage';
import { ASSIST_STORAGE_KEY, AssistStore } from '../../miniprogram/helper/stores/assist-store';
import { STORAGE_FULL, wxControl } from '../helpers/wx-mock';

const HOUR = 3600 * 1000;
const DAY_START = Date.UTC(2026, 10, 29, 16, 0, 0); // 2026-11-30 00:00 Beijing
let now = DAY_START + 10 * HOUR;
let issued = 0;
/** Ids as a counter: id00001, id00002, … */
const nextId = (): string => `id${String((issued += 1)).padStart(6, '0')}`;

/** The counter line for `sent` requests today. */
const counterLine = (sent: number): string => `今天已申请 ${sent}/${DAILY_LIMIT} 名同学`;

function freshStore(): AssistStore {
  const store = new AssistStore(() => now, nextId);
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
  expect(restarted.counterText).toBe(counterLine(2));
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
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) store.record('');
  const refused = store.record('');
  expect(refused.ok).toBe(false);
  now = DAY_START + 24 * HOUR;
  store.tick();
  expect(store.remaining).toBe(DAILY_LIMIT);
  expect(store.record('').ok).toBe(true);
  stop();
  const today = Array.from({ length: DAILY_LIMIT }, (_, index) => counterLine(index + 1));
  expect(seen).toEqual([...today, counterLine(0), counterLine(1)]);
});

test('an id already in the history is drawn again, so ids stay unique', () => {
  const drawn = ['aaaaaaaa', 'aaaaaaaa', 'aaaaaaaa', 'bbbbbbbb'];
  const store = new AssistStore(
    () => now,
    () => drawn.shift() ?? 'cccccccc',
  );
  store.load();
  store.record('');
  store.record('');
  expect(store.state.requests.map((request) => request.id)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
});

test("the app's own id generator gives well-formed, different ids", () => {
  const store = new AssistStore(() => now);
  store.load();
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) store.record('');
  const ids = store.state.requests.map((request) => request.id);
  for (const id of ids) expect(id).toMatch(REQUEST_ID_PATTERN);
  expect(new Set(ids).size).toBe(DAILY_LIMIT);
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
    expect(store.counterText).toBe(counterLine(0));
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

describe('what the class-helper page reads from the store', () => {
  test('the meter fills one slot per request today, and the limit is reached at DAILY_LIMIT', () => {
    const store = freshStore();
    expect(store.meter).toEqual(Array.from({ length: DAILY_LIMIT }, () => false));
    store.record('');
    expect(store.meter.filter(Boolean)).toHaveLength(1);
    expect(store.meter[0]).toBe(true);
    expect(store.limitReached).toBe(false);
    expect(store.nextRecordText).toBe('');
    for (let sent = 1; sent < DAILY_LIMIT; sent += 1) store.record('');
    expect(store.meter.every(Boolean)).toBe(true);
    expect(store.limitReached).toBe(true);
  });

  test('once the limit is reached, the page says when it counts again, and that CHSI decides', () => {
    const store = freshStore();
    for (let sent = 0; sent < DAILY_LIMIT; sent += 1) store.record('');
    // 10:00 Beijing: 14 hours until 0:00.
    expect(store.nextRecordText).toContain(`今天已在本页记满 ${DAILY_LIMIT} 名`);
    expect(store.nextRecordText).toContain('约 14 小时后');
    expect(store.nextRecordText).toContain('以学信网页面为准');
  });

  test('repeated labels get ①②…, unique ones stay plain, newest first', () => {
    const store = freshStore();
    store.record('李同学');
    store.record('王同学');
    store.record('李同学');
    expect(store.history.map((row) => row.name)).toEqual(['李同学 ②', '王同学', '李同学 ①']);
  });

  test('a day other than today carries no （今天）', () => {
    const store = freshStore();
    store.record('甲');
    now += 24 * HOUR;
    store.tick();
    const [row] = store.history;
    expect(row?.day).toBe('2026-11-30 10:00');
    expect(row?.done).toBe(false);
    expect(row?.statusKind).toBe('sent');
  });

  test('sharing the card marks it 已发卡片; deleting hides it and keeps the count', () => {
    const store = freshStore();
    store.record('甲');
    store.record('乙');
    const [first, second] = store.state.requests;
    if (!first || !second) throw new Error('missing');
    store.markCardSent(first.id);
    expect(store.find(first.id)?.status).toBe('card-sent');
    expect(store.deleteRequest(second.id)).toBe(true);
    expect(store.deleteRequest(second.id)).toBe(false);
    expect(store.history.map((row) => row.status)).toEqual(['已发卡片']);
    expect(store.remaining).toBe(DAILY_LIMIT - 2);
    const restarted = freshStore();
    expect(restarted.find(first.id)?.status).toBe('card-sent');
    expect(restarted.find(second.id)?.deleted).toBe(true);
  });

  test('a reply card marks its request done once; the second time nothing is saved', () => {
    const store = freshStore();
    store.record('甲');
    const [first] = store.state.requests;
    if (!first) throw new Error('missing');
    expect(store.markDone(first.id)).toMatchObject({ ok: true, value: { changed: true } });
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(store.markDone(first.id)).toMatchObject({ ok: true, value: { changed: false } });
    // The planned failure is still waiting: the second markDone wrote nothing.
    expect(wxControl.pendingFailures()).toEqual({ setStorageSync: 1 });
  });
});

describe('when storage is full', () => {
  test('a record stays on screen as unsaved, and is saved by the next try', () => {
    const store = freshStore();
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(store.record('甲').ok).toBe(true);
    expect(store.unsaved).toBe(true);
    expect(store.state.requests).toHaveLength(1);
    expect(store.retrySave()).toBe(true);
    expect(store.unsaved).toBe(false);
    expect(freshStore().state.requests).toHaveLength(1);
  });

  test('loading while unsaved keeps what is on screen instead of the older storage', () => {
    const store = freshStore();
    store.record('甲');
    wxControl.failNext('setStorageSync', 2, STORAGE_FULL);
    store.record('乙');
    store.load();
    expect(store.state.requests).toHaveLength(2);
    expect(store.unsaved).toBe(true);
    store.load();
    expect(store.unsaved).toBe(false);
    expect(freshStore().state.requests).toHaveLength(2);
  });

  test('ensureLoaded reads storage only the first time', () => {
    const store = new AssistStore(() => now, nextId);
    store.ensureLoaded();
    expect(wxControl.record.storageReads).toEqual([ASSIST_STORAGE_KEY]);
    store.ensureLoaded();
    expect(wxControl.record.storageReads).toEqual([ASSIST_STORAGE_KEY]);
  });

  test('the requester name is kept masked, and an empty one clears it', () => {
    const store = freshStore();
    store.setRequesterName('张三');
    expect(store.requesterMask).toBe('张*');
    store.setRequesterName('');
    expect(freshStore().requesterMask).toBe('');
  });
});

describe('what stays fixed', () => {
  test('the storage key stays "assist-requests": renaming it would lose the history on update', () => {
    expect(ASSIST_STORAGE_KEY).toBe('assist-requests');
    expect(new AssistStore(() => now, nextId).recovered).toBe(false);
  });

  test('a request the classmate finished is shown as done', () => {
    const store = freshStore();
    store.record('甲');
    const [first] = store.state.requests;
    if (!first) throw new Error('missing');
    store.markDone(first.id);
    expect(store.history[0]).toMatchObject({
      done: true,
      statusKind: 'done',
      status: '同学已完成',
    });
  });

  test('past ⑳ the same label is numbered (21)', () => {
    const store = freshStore();
    for (let sent = 0; sent < 21; sent += 1) {
      if (!store.record('李同学').ok) {
        now += 24 * HOUR;
        store.record('李同学');
      }
    }
    expect(store.history[0]?.name).toBe('李同学 (21)');
    expect(store.history[1]?.name).toBe('李同学 ⑳');
  });

  test('a retry with nothing unsaved writes nothing', () => {
    const store = freshStore();
    store.record('甲');
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(store.retrySave()).toBe(true);
    expect(wxControl.pendingFailures()).toEqual({ setStorageSync: 1 });
  });
});
