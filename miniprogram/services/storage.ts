// The one storage wrapper. Values are versioned; a value that cannot be read (corrupt, wrong
// shape, from a future version) is moved to `<key>.backup` and the caller starts clean. Nothing
// here throws, and nothing is lost: a stored value is never overwritten before it has been read
// or copied to its backup, so a save may be refused (false) instead.
import { makeEnvelope, readEnvelope } from '../core/envelope';

export const BACKUP_SUFFIX = '.backup';

export interface Loaded<T> {
  readonly value: T;
  /** True when a stored value could not be read and was set aside under the backup key. */
  readonly recovered: boolean;
  /**
   * True when storage itself could not be read (getStorageSync threw): the caller starts clean,
   * and saves to this key are refused until a later load succeeds, so the stored value is kept.
   */
  readonly unavailable: boolean;
}

/** What a backup holds: the raw value and why it could not be read. */
interface Backup {
  readonly reason: string;
  readonly setAsideAt: number;
  readonly raw: unknown;
}

/**
 * Keys whose stored value must not be overwritten yet: `unread` when the read threw, or the
 * backup that could not be written yet (storage full) and is retried before the next save.
 */
const guarded = new Map<
  string,
  { readonly kind: 'unread' } | { readonly kind: 'backup'; readonly backup: Backup }
>();

/** True when the key holds nothing (so a save loses nothing); false when in use or unknown. */
function nothingStored(key: string): boolean {
  try {
    const read = readEnvelope(wx.getStorageSync(key), 0, () => undefined);
    return !read.ok && read.error.kind === 'empty';
  } catch {
    return false;
  }
}

/** Writes the backup, then removes the original; false when the backup could not be written. */
function setAside(key: string, backup: Backup): boolean {
  try {
    wx.setStorageSync(`${key}${BACKUP_SUFFIX}`, backup);
  } catch {
    return false;
  }
  try {
    wx.removeStorageSync(key);
  } catch {
    // The original stays until the next save replaces it; its copy is already in the backup.
  }
  return true;
}

export function loadStored<T>(
  key: string,
  version: number,
  parse: (data: unknown) => T | undefined,
  initial: () => T,
): Loaded<T> {
  let raw: unknown;
  try {
    raw = wx.getStorageSync(key);
  } catch {
    guarded.set(key, { kind: 'unread' });
    return { value: initial(), recovered: false, unavailable: true };
  }
  const read = readEnvelope(raw, version, parse);
  if (read.ok || read.error.kind === 'empty') {
    guarded.delete(key);
    return { value: read.ok ? read.value : initial(), recovered: false, unavailable: false };
  }
  const backup: Backup = { reason: read.error.reason, setAsideAt: Date.now(), raw };
  if (setAside(key, backup)) guarded.delete(key);
  else guarded.set(key, { kind: 'backup', backup });
  return { value: initial(), recovered: true, unavailable: false };
}

/**
 * Saves a value; false when storage refused it (quota, or the API failed), or when the value
 * stored under the key has not been read or backed up yet and would be lost.
 */
export function saveStored(key: string, version: number, data: unknown): boolean {
  const guard = guarded.get(key);
  if (guard?.kind === 'unread' && !nothingStored(key)) return false;
  if (guard?.kind === 'backup') {
    if (!setAside(key, guard.backup)) return false;
    guarded.delete(key);
  }
  try {
    wx.setStorageSync(key, makeEnvelope(version, data));
    return true;
  } catch {
    return false;
  }
}
