import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';
import {
  EMPTY_ASSIST_STATE,
  HISTORY_MAX,
  MAX_BACKWARD_MS,
  deleteRequest,
  effectiveNow,
  markCardSent,
  markDone,
  maskName,
  newRequestId,
  parseAssistState,
  recordRequest,
  remainingToday,
  sanitizeLabel,
  sentToday,
  type AssistState,
} from '../../miniprogram/helper/core/assist-requests';

const HOUR = 3600 * 1000;
// 2026-11-30 in Beijing runs from 2026-11-29 16:00 UTC to 2026-11-30 16:00 UTC.
const DAY_START = Date.UTC(2026, 10, 29, 16, 0, 0);
const LAST_SECOND = DAY_START + 24 * HOUR - 1000;
const NEXT_MIDNIGHT = DAY_START + 24 * HOUR;

let counter = 0;
function nextId(): string {
  counter += 1;
  return `id${String(counter).padStart(6, '0')}`;
}

function send(state: AssistState, now: number, label = ''): AssistState {
  const result = recordRequest(state, { now, label, id: nextId() });
  if (!result.ok) throw new Error(`refused: ${result.error.kind}`);
  return result.value.state;
}

test('DAILY_LIMIT requests a Beijing day are accepted and one more is refused', () => {
  let state = EMPTY_ASSIST_STATE;
  for (let sent = 1; sent <= DAILY_LIMIT; sent += 1) {
    state = send(state, DAY_START + sent * HOUR, `同学${sent}`);
    expect(sentToday(state, DAY_START + sent * HOUR)).toBe(sent);
    expect(remainingToday(state, DAY_START + sent * HOUR)).toBe(DAILY_LIMIT - sent);
  }
  const sixth = recordRequest(state, { now: LAST_SECOND, label: '第六位', id: nextId() });
  expect(sixth.ok).toBe(false);
  if (sixth.ok) return;
  expect(sixth.error).toEqual({ kind: 'limit' });
  expect(state.requests).toHaveLength(DAILY_LIMIT);
});

test('at 00:00:00 Beijing time the next day is accepted again', () => {
  let state = EMPTY_ASSIST_STATE;
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) state = send(state, LAST_SECOND - sent * 1000);
  expect(recordRequest(state, { now: LAST_SECOND, label: '', id: nextId() }).ok).toBe(false);
  expect(sentToday(state, NEXT_MIDNIGHT)).toBe(0);
  const next = recordRequest(state, { now: NEXT_MIDNIGHT, label: '', id: nextId() });
  expect(next.ok).toBe(true);
  if (!next.ok) return;
  expect(next.value.request.day).toBe('2026-12-01');
  expect(next.value.state.requests.filter((request) => request.day === '2026-11-30')).toHaveLength(
    DAILY_LIMIT,
  );
});

test('a clock moved back a little keeps counting against the latest recorded day', () => {
  let state = EMPTY_ASSIST_STATE;
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1)
    state = send(state, NEXT_MIDNIGHT + sent * HOUR);
  // The clock goes back 3 hours, into the previous Beijing day: still full, still refused.
  const earlier = NEXT_MIDNIGHT - 3 * HOUR;
  expect(sentToday(state, earlier)).toBe(DAILY_LIMIT);
  expect(recordRequest(state, { now: earlier, label: '', id: nextId() }).ok).toBe(false);
  // A request made while the clock is behind is stamped no earlier than the latest one.
  let partial = EMPTY_ASSIST_STATE;
  partial = send(partial, NEXT_MIDNIGHT + HOUR);
  const behind = recordRequest(partial, { now: NEXT_MIDNIGHT - HOUR, label: '', id: nextId() });
  if (!behind.ok) throw new Error('refused');
  expect(behind.value.request.createdAt).toBe(NEXT_MIDNIGHT + HOUR);
  expect(behind.value.request.day).toBe('2026-12-01');
});

test('a clock moved back more than a day is believed (the old stamps were ahead)', () => {
  let state = EMPTY_ASSIST_STATE;
  const ahead = NEXT_MIDNIGHT + 10 * 24 * HOUR;
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) state = send(state, ahead);
  expect(effectiveNow(state, ahead - MAX_BACKWARD_MS)).toBe(ahead);
  expect(effectiveNow(state, ahead - MAX_BACKWARD_MS - 1)).toBe(ahead - MAX_BACKWARD_MS - 1);
  expect(sentToday(state, DAY_START + HOUR)).toBe(0);
  expect(recordRequest(state, { now: DAY_START + HOUR, label: '', id: nextId() }).ok).toBe(true);
});

test('marking a request done by id; again and unknown ids change nothing', () => {
  const state = send(send(EMPTY_ASSIST_STATE, DAY_START, '甲'), DAY_START + 1, '乙');
  const first = state.requests[0];
  if (!first) throw new Error('missing');
  const done = markDone(state, first.id);
  expect(done.ok && done.value.changed).toBe(true);
  if (!done.ok) return;
  const marked = done.value.state;
  expect(marked.requests.map((request) => request.status)).toEqual(['done', 'sent']);
  const again = markDone(marked, first.id);
  expect(again.ok && !again.value.changed && again.value.state === marked).toBe(true);
  expect(markDone(marked, 'nosuchid')).toEqual({ ok: false, error: 'unknown' });
  // Marking done never frees a slot: the request was sent today.
  expect(remainingToday(marked, DAY_START + 2)).toBe(DAILY_LIMIT - 2);
});

test('labels keep only letters and Chinese characters, at most 8', () => {
  expect(sanitizeLabel('  李同学 ')).toBe('李同学');
  expect(sanitizeLabel('李四13812345678')).toBe('李四');
  expect(sanitizeLabel('a@b.com')).toBe('abcom');
  expect(sanitizeLabel('<script>alert(1)</script>')).toBe('scriptal');
  expect(sanitizeLabel('阿卜杜·热合曼')).toBe('阿卜杜·热合曼');
  expect(sanitizeLabel(42)).toBe('');
});

test('names are masked to their first character', () => {
  expect(maskName('张三丰')).toBe('张*');
  expect(maskName(' Tom')).toBe('T*');
  expect(maskName('13812345678')).toBe('');
  expect(maskName('')).toBe('');
  expect(maskName('张*')).toBe('张*');
});

test('request ids are 8 characters from a fixed alphabet, whatever the random source says', () => {
  expect(newRequestId(() => 0)).toMatch(/^[a-z0-9]{8}$/);
  expect(newRequestId(() => 0.9999999)).toMatch(/^[a-z0-9]{8}$/);
  expect(newRequestId(() => 1)).toMatch(/^[a-z0-9]{8}$/);
  expect(newRequestId(() => Number.NaN)).toMatch(/^[a-z0-9]{8}$/);
});

test('history is capped, oldest first to go', () => {
  let state = EMPTY_ASSIST_STATE;
  for (let day = 0; day < HISTORY_MAX + 3; day += 1)
    state = send(state, DAY_START + day * 24 * HOUR);
  expect(state.requests).toHaveLength(HISTORY_MAX);
  expect(state.requests[0]?.day).toBe('2026-12-03');
});

describe('parsing stored data', () => {
  const good = send(send(EMPTY_ASSIST_STATE, DAY_START, '甲'), DAY_START + 1);
  const withMask: AssistState = { ...good, requesterMask: '张*' };

  test('a saved state reads back equal', () => {
    expect(parseAssistState(JSON.parse(JSON.stringify(withMask)))).toEqual(withMask);
  });

  const request = good.requests[0];
  test.each<[string, unknown]>([
    ['not an object', 'hello'],
    ['null', null],
    ['requests not a list', { requests: {}, requesterMask: '' }],
    ['a full name kept as the mask', { requests: [], requesterMask: '张三' }],
    ['a bad id', { requests: [{ ...request, id: 'x' }], requesterMask: '' }],
    [
      'a phone number as label',
      { requests: [{ ...request, classmateLabel: '13812345678' }], requesterMask: '' },
    ],
    ['a bad day', { requests: [{ ...request, day: '2026-02-30' }], requesterMask: '' }],
    ['a bad status', { requests: [{ ...request, status: 'maybe' }], requesterMask: '' }],
    ['a string time', { requests: [{ ...request, createdAt: '1' }], requesterMask: '' }],
    [
      'too many',
      { requests: Array.from({ length: HISTORY_MAX + 1 }, () => request), requesterMask: '' },
    ],
  ])('%s is rejected', (_label, data) => {
    expect(parseAssistState(data)).toBeUndefined();
  });
});

test('middle dots at either end of a label are dropped, however many', () => {
  expect(sanitizeLabel('··阿依·古丽··')).toBe('阿依·古丽');
  expect(sanitizeLabel('李··')).toBe('李');
  expect(maskName('··阿依')).toBe('阿*');
});

test('sending the card moves 已申请 to 已发卡片; a later status is kept', () => {
  const state = send(send(EMPTY_ASSIST_STATE, DAY_START, '甲'), DAY_START + 1, '乙');
  const [first, second] = state.requests;
  if (!first || !second) throw new Error('missing');
  const sent = markCardSent(state, second.id);
  expect(sent?.requests.map((request) => request.status)).toEqual(['sent', 'card-sent']);
  expect(sent && markCardSent(sent, second.id)).toBeUndefined();
  const done = markDone(state, first.id);
  if (!done.ok) throw new Error('not done');
  expect(markCardSent(done.value.state, first.id)).toBeUndefined();
  expect(markCardSent(state, 'nosuchid')).toBeUndefined();
});

test('deleting hides one request but keeps it counted for its day', () => {
  const state = send(send(EMPTY_ASSIST_STATE, DAY_START, '甲'), DAY_START + 1, '乙');
  const [first, second] = state.requests;
  if (!first || !second) throw new Error('missing');
  const deleted = deleteRequest(state, second.id);
  expect(deleted?.requests.map((request) => request.deleted)).toEqual([false, true]);
  expect(deleted && remainingToday(deleted, DAY_START + 2)).toBe(DAILY_LIMIT - 2);
  expect(deleted && deleteRequest(deleted, second.id)).toBeUndefined();
  expect(deleteRequest(state, 'nosuchid')).toBeUndefined();
});

describe('stored data in every state reads back', () => {
  const base = send(send(send(EMPTY_ASSIST_STATE, DAY_START, '甲'), DAY_START + 1), DAY_START + 2);
  const [a, b, c] = base.requests;
  if (!a || !b || !c) throw new Error('missing');
  const mixed: AssistState = {
    requesterMask: '张*',
    requests: [{ ...a, status: 'card-sent' }, { ...b, status: 'done', deleted: true }, c],
  };

  test('sent, card-sent, done and deleted requests keep their status', () => {
    expect(parseAssistState(JSON.parse(JSON.stringify(mixed)))).toEqual(mixed);
  });

  test('a request saved before deletion existed (no deleted field) reads as not deleted', () => {
    const old: Record<string, unknown> = { ...a };
    delete old.deleted;
    expect(parseAssistState({ requests: [old], requesterMask: '' })?.requests[0]?.deleted).toBe(
      false,
    );
  });

  test('a full history of HISTORY_MAX requests reads back', () => {
    const full = { requests: Array.from({ length: HISTORY_MAX }, () => a), requesterMask: '' };
    expect(parseAssistState(full)?.requests).toHaveLength(HISTORY_MAX);
  });

  test.each<[string, unknown]>([
    ['deleted not a boolean', { requests: [{ ...a, deleted: 'yes' }], requesterMask: '' }],
    ['a null request', { requests: [null], requesterMask: '' }],
  ])('%s is rejected, not thrown', (_label, data) => {
    expect(parseAssistState(data)).toBeUndefined();
  });
});
