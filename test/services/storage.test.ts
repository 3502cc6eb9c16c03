import { BACKUP_SUFFIX, loadStored, saveStored } from '../../miniprogram/services/storage';
import { STORAGE_FULL, wxControl } from '../helpers/wx-mock';

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
    unavailable: false,
  });
});

test('a missing key starts clean without a backup', () => {
  expect(loadStored(KEY, 1, parseCount, initial)).toEqual({
    value: { count: 0 },
    recovered: false,
    unavailable: false,
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
  expect(loadStored(KEY, 1, parseCount, initial)).toEqual({
    value: { count: 0 },
    recovered: true,
    unavailable: false,
  });
  const backup = wxControl.storage.get(KEY + BACKUP_SUFFIX) as { raw: unknown; reason: string };
  expect(backup.raw).toEqual(raw);
  expect(backup.reason).toBe(reason);
  expect(wxControl.storage.has(KEY)).toBe(false);
});

describe('when storage fails (the wx fake fails the next call as the platform does)', () => {
  const CORRUPT = '{oops';

  test('a full storage refuses a save: false, and the old value stays', () => {
    expect(saveStored(KEY, 1, { count: 1 })).toBe(true);
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(saveStored(KEY, 1, { count: 2 })).toBe(false);
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 1 } });
  });

  test('a corrupt value whose backup cannot be written stays in place, and is not overwritten', () => {
    wxControl.storage.set(KEY, CORRUPT);
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(loadStored(KEY, 1, parseCount, initial)).toMatchObject({ recovered: true });
    // Not removed before its copy exists: the original is all there is.
    expect(wxControl.storage.get(KEY)).toBe(CORRUPT);
    expect(wxControl.storage.has(KEY + BACKUP_SUFFIX)).toBe(false);
    // Still full at the next save: refused, and the original is still kept.
    wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
    expect(saveStored(KEY, 1, { count: 1 })).toBe(false);
    expect(wxControl.storage.get(KEY)).toBe(CORRUPT);
    // Room again: the backup is written first, then the new value.
    expect(saveStored(KEY, 1, { count: 1 })).toBe(true);
    expect(wxControl.storage.get(KEY + BACKUP_SUFFIX)).toMatchObject({ raw: CORRUPT });
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 1 } });
  });

  test('a backup written but the original not removed: recovered, and the next save replaces it', () => {
    wxControl.storage.set(KEY, CORRUPT);
    wxControl.failNext('removeStorageSync');
    expect(loadStored(KEY, 1, parseCount, initial)).toMatchObject({ recovered: true });
    expect(wxControl.storage.get(KEY + BACKUP_SUFFIX)).toMatchObject({ raw: CORRUPT });
    expect(saveStored(KEY, 1, { count: 1 })).toBe(true);
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 1 } });
  });

  test('a read that throws is not "recovered": nothing is set aside, and the value is kept', () => {
    expect(saveStored(KEY, 1, { count: 7 })).toBe(true);
    wxControl.failNext('getStorageSync', 1, 'getStorageSync:fail');
    expect(loadStored(KEY, 1, parseCount, initial)).toEqual({
      value: { count: 0 },
      recovered: false,
      unavailable: true,
    });
    expect(wxControl.storage.has(KEY + BACKUP_SUFFIX)).toBe(false);
    // The app started clean without reading it, so a save must not overwrite it unseen.
    expect(saveStored(KEY, 1, { count: 1 })).toBe(false);
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 7 } });
    // A later load that works reads it back, and saving works again.
    expect(loadStored(KEY, 1, parseCount, initial).value).toEqual({ count: 7 });
    expect(saveStored(KEY, 1, { count: 8 })).toBe(true);
  });

  test('after a read that throws, a save is refused while storage still cannot be read', () => {
    expect(saveStored(KEY, 1, { count: 7 })).toBe(true);
    wxControl.failNext('getStorageSync', 2);
    expect(loadStored(KEY, 1, parseCount, initial).unavailable).toBe(true);
    expect(saveStored(KEY, 1, { count: 1 })).toBe(false);
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 7 } });
  });

  test('after a read that throws, a key that holds nothing can be saved (nothing is lost)', () => {
    wxControl.failNext('getStorageSync');
    expect(loadStored(KEY, 1, parseCount, initial).unavailable).toBe(true);
    expect(saveStored(KEY, 1, { count: 1 })).toBe(true);
    expect(wxControl.storage.get(KEY)).toEqual({ v: 1, data: { count: 1 } });
  });
});
