// The one reader of the queries pages are opened with (onLoad, QR codes, share cards, menus). What
// arrives is whatever the sender wrote: a key may be missing, empty, not a string or oversized, so
// each value is read here once and returned as a Result.
import { err, ok, type Result } from './result';

/** What really arrives in onLoad: any keys, any values (the platform's typings say strings). */
export type RawQuery = Readonly<Record<string, unknown>> | null | undefined;

export type QueryError =
  /** The key is not there (or the query is not an object). */
  | 'absent'
  /** The key is there with an empty string. */
  | 'empty'
  /** The value is not a string. */
  | 'not-text'
  /** The raw value is longer than the caller allows. */
  | 'too-long'
  /** Percent-encoding that does not decode. */
  | 'bad-encoding';

/** The raw (still encoded) string under `key`, at most `maxLength` characters. */
export function readQueryString(
  query: RawQuery,
  key: string,
  maxLength = Number.POSITIVE_INFINITY,
): Result<string, QueryError> {
  if (!query || typeof query !== 'object') return err('absent');
  const value = Object.prototype.hasOwnProperty.call(query, key) ? query[key] : undefined;
  if (value === undefined) return err('absent');
  if (typeof value !== 'string') return err('not-text');
  if (value === '') return err('empty');
  return value.length > maxLength ? err('too-long') : ok(value);
}

/** decodeURIComponent once, as a Result instead of a throw. */
export function decodeOnce(value: string): Result<string, 'bad-encoding'> {
  try {
    return ok(decodeURIComponent(value));
  } catch {
    return err('bad-encoding');
  }
}

/**
 * A short text value for a page (an id, a part, a keyword): read, decoded once, trimmed, at most
 * `maxLength` characters once decoded. Undefined when absent or unusable.
 */
export function queryText(query: RawQuery, key: string, maxLength: number): string | undefined {
  const raw = readQueryString(query, key, maxLength * 3);
  if (!raw.ok) return undefined;
  const decoded = decodeOnce(raw.value);
  if (!decoded.ok) return undefined;
  const value = decoded.value.trim();
  return value.length > 0 && value.length <= maxLength ? value : undefined;
}
