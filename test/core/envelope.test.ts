// Reading a stored envelope is parsing untrusted input: every odd value is reported, none throws.
import { makeEnvelope, readEnvelope } from '../../miniprogram/core/envelope';

const asCount = (data: unknown): number | undefined =>
  typeof data === 'number' ? data : undefined;

test.each<[string, unknown]>([
  ['wx storage’s empty string for a missing key', ''],
  ['undefined', undefined],
  ['null', null],
])('%s means nothing is stored (not a corrupt value to set aside)', (_label, raw) => {
  expect(readEnvelope(raw, 1, asCount)).toEqual({ ok: false, error: { kind: 'empty' } });
});

test.each<[string, unknown, string]>([
  ['the JSON text null', 'null', 'not an envelope'],
  ['the JSON text of a list', '[1]', 'not an envelope'],
  ['a fractional version', { v: 1.5, data: 3 }, 'no schema version'],
  ['a version as text', { v: '1', data: 3 }, 'no schema version'],
])('%s is invalid (%s), and nothing throws', (_label, raw, reason) => {
  expect(readEnvelope(raw, 1, asCount)).toEqual({ ok: false, error: { kind: 'invalid', reason } });
});

test('an envelope written as JSON text or as an object reads back', () => {
  expect(readEnvelope(JSON.stringify(makeEnvelope(1, 3)), 1, asCount)).toEqual({
    ok: true,
    value: 3,
  });
  expect(readEnvelope(makeEnvelope(1, 3), 1, asCount)).toEqual({ ok: true, value: 3 });
});
