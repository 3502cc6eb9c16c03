import { BACKUP_SUFFIX, loadStored, saveStored } from '../../miniprogram/services/storage';
import { wxControl } from '../helpers/wx-mock';

const KEY = 'sample';
const parseCount = (data: unknown): { count: number } | undefined =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { count?: unknown }).count === 'number'
    ? { count: (data as { count: number }).count }
    : undefined;
const initial = () => ({ count: 0 });

beforeEach(() => {
  wxControl.reset();
});

test('round trip through storage', () => {
  expect(saveStored(KEY, 1, { count: 3 })).toBe(true);
  expect(loadStored(KEY, 1, parseCount, initial)).toEqual({
    value: { count: 3 },
    recovered: false,
  });
});

test('a missing key starts clean without a backup', () => {
  expect(loadStored(KEY, 1, parseCount, initial)).toEqual({
    value: { count: 0 },
    recovered: false,
  });
  expect(wxControl.storage.has(KEY + BACKUP_SUFFIX)).toBe(false);
});

test.each([
  ['not JSON', '{oops', 'not JSON'],
  ['a bare number', 42, 'not an envelope'],
  ['an array', [1, 2], 'not an envelope'],
  ['no version', { data: { count: 1 } }, 'no schema version'],
  ['a future version', { v: 9, data: { count: 1 } }, 'schema version 9, expected 1'],
  ['the wrong shape', { v: 1, data: { count: 'many' } }, 'wrong shape'],
])('%s is set aside under the backup key and the app starts clean', (_label, raw, reason) => {
  wxControl.storage.set(KEY, raw);
  expect(loadStored(KEY, 1, parseCount, initial)).toEqual({ value: { count: 0 }, recovered: true });
  const backup = wxControl.storage.get(KEY + BACKUP_SUFFIX) as { raw: unknown; reason: string };
  expect(backup.raw).toEqual(raw);
  expect(backup.reason).toBe(reason);
  expect(wxControl.storage.has(KEY)).toBe(false);
});
