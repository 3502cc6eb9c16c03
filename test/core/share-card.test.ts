import {
  assistCardPath,
  parseAssistQuery,
  parseReplyQuery,
  replyCardPath,
} from '../../miniprogram/core/share-card';
import { APP_CARD_TITLE } from '../../miniprogram/content/routes';
import { ASSIST_CARD_TITLE, REPLY_CARD_TITLE } from '../../miniprogram/helper/content/assist';

const request = { id: 'abcd2345', day: '2026-11-30' };

test('the assist card carries only the id, the masked name and the day', () => {
  expect(assistCardPath(request, '张*')).toBe(
    '/helper/pages/assist/index?r=abcd2345&n=%E5%BC%A0*&d=2026-11-30',
  );
  // A full name handed in by mistake is masked again.
  expect(assistCardPath(request, '张三丰')).toBe(
    '/helper/pages/assist/index?r=abcd2345&n=%E5%BC%A0*&d=2026-11-30',
  );
  expect(assistCardPath(request, '')).toBe('/helper/pages/assist/index?r=abcd2345&d=2026-11-30');
  expect(ASSIST_CARD_TITLE.length).toBeLessThanOrEqual(20);
});

test('the reply card points back to the class-helper page', () => {
  expect(replyCardPath('abcd2345')).toBe('/helper/pages/class-helper/index?done=abcd2345');
});

test('a card path parses back to what was put in', () => {
  const path = assistCardPath(request, '张*');
  const query = Object.fromEntries(new URLSearchParams(path.split('?')[1]));
  expect(parseAssistQuery(query)).toEqual({
    ok: true,
    value: { id: 'abcd2345', requesterMask: '张*', day: '2026-11-30' },
  });
  // WeChat may hand the values over still percent-encoded.
  expect(parseAssistQuery({ r: 'abcd2345', n: '%E5%BC%A0*', d: '2026-11-30' })).toEqual({
    ok: true,
    value: { id: 'abcd2345', requesterMask: '张*', day: '2026-11-30' },
  });
  expect(parseAssistQuery({ r: 'abcd2345' })).toEqual({
    ok: true,
    value: { id: 'abcd2345', requesterMask: '', day: '' },
  });
});

test.each<[string, unknown, string]>([
  ['no query', undefined, 'missing'],
  ['an empty query', {}, 'missing'],
  ['a short id', { r: 'abc' }, 'malformed'],
  ['an id with markup', { r: '<b>hi</b>' }, 'malformed'],
  ['a full name', { r: 'abcd2345', n: '张三丰' }, 'malformed'],
  ['a phone number as name', { r: 'abcd2345', n: '13812345678' }, 'malformed'],
  ['an impossible day', { r: 'abcd2345', d: '2026-02-30' }, 'malformed'],
  ['broken percent-encoding', { r: 'abcd2345', n: '%E5%BC' }, 'malformed'],
  ['an oversized name', { r: 'abcd2345', n: '张'.repeat(500) }, 'oversized'],
  ['an oversized id', { r: 'a'.repeat(5000) }, 'oversized'],
  ['a non-string value', { r: ['abcd2345'] }, 'malformed'],
])('%s is a typed error, never an exception', (_label, query, error) => {
  expect(parseAssistQuery(query as Record<string, string>)).toEqual({ ok: false, error });
});

test('reply queries', () => {
  expect(parseReplyQuery({ done: 'abcd2345' })).toEqual({ ok: true, value: 'abcd2345' });
  expect(parseReplyQuery({})).toEqual({ ok: false, error: 'missing' });
  expect(parseReplyQuery({ done: 'x'.repeat(100) })).toEqual({ ok: false, error: 'oversized' });
  expect(parseReplyQuery({ done: '../../etc' })).toEqual({ ok: false, error: 'malformed' });
});

test('each card title says what the card is for', () => {
  expect(ASSIST_CARD_TITLE).toContain('同学协助');
  expect(REPLY_CARD_TITLE).toContain('协助完成');
  expect(APP_CARD_TITLE).toContain('学籍核对');
});

test('an empty name or day counts as absent, not as a broken card', () => {
  expect(parseAssistQuery({ r: 'abcd2345', n: '', d: '' })).toEqual({
    ok: true,
    value: { id: 'abcd2345', requesterMask: '', day: '' },
  });
});

test('an id is exactly 8 characters: nothing before or after it', () => {
  for (const done of ['xabcd2345', 'abcd2345x']) {
    expect(parseReplyQuery({ done })).toEqual({ ok: false, error: 'malformed' });
  }
});
