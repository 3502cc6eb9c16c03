// The one storage wrapper. Values are versioned; a value that cannot be read (corrupt, wrong
// shape, from a future version) is moved to `<key>.backup` and the caller starts clean. Nothing
// here throws: storage failures are reported as results.
import { makeEnvelope, readEnvelope } from '../core/envelope';

export const BACKUP_SUFFIX = '.backup';

/** Every key read or written through this wrapper in this run (for the privacy page's tests). */
const keysInUse = new Set<string>();

/** How each key is read back (for the fuzz test, which feeds every reader corrupt data). */
export interface StorageReader {
  readonly key: string;
  readonly version: number;
  readonly parse: (data: unknown) => unknown;
}

const readers = new Map<string, StorageReader>();

export function storageKeysInUse(): readonly string[] {
  return [...keysInUse];
}

export function storageReaders(): readonly StorageReader[] {
  return [...readers.values()];
}

export interface Loaded<T> {
  readonly value: T;
  /** True when a stored value could not be read and was set aside under the backup key. */
  readonly recovered: boolean;
}

export function loadStored<T>(
  key: string,
  version: number,
  parse: (data: unknown) => T | undefined,
  initial: () => T,
): Loaded<T> {
  keysInUse.add(key);
  readers.set(key, { key, version, parse });
  let raw: unknown;
  try {
    raw = wx.getStorageSync(key);
  } catch {
    return { value: initial(), recovered: false };
  }
  const read = readEnvelope(raw, version, parse);
  if (read.ok) return { value: read.value, recovered: false };
  if (read.error.kind === 'empty') return { value: initial(), recovered: false };
  try {
    wx.setStorageSync(`${key}${BACKUP_SUFFIX}`, {
      reason: read.error.reason,
      setAsideAt: Date.now(),
      raw,
    });
    wx.removeStorageSync(key);
  } catch {
    // The backup could not be written (quota): keep the original in place rather than lose it.
  }
  return { value: initial(), recovered: true };
}

/** Saves a value; false when storage refused it (quota, or the API failed). */
export function saveStored(key: string, version: number, data: unknown): boolean {
  keysInUse.add(key);
  try {
    wx.setStorageSync(key, makeEnvelope(version, data));
    return true;
  } catch {
    return false;
  }
}
