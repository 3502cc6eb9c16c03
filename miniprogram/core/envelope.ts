// Stored data is wrapped in a versioned envelope `{ v, data }`. Reading it back is parsing
// untrusted input: anything unexpected is reported, never thrown.
import { err, ok, type Result } from './result';

export interface Envelope {
  readonly v: number;
  readonly data: unknown;
}

/** Why a stored value was not read: nothing stored, or something unusable (and why). */
export type EnvelopeError =
  { readonly kind: 'empty' } | { readonly kind: 'invalid'; readonly reason: string };

function invalid(reason: string): { readonly ok: false; readonly error: EnvelopeError } {
  return err({ kind: 'invalid', reason });
}

/**
 * Reads what storage returned for a key. `parse` checks the payload's shape and returns
 * undefined when it is wrong. wx storage returns '' for a missing key.
 */
export function readEnvelope<T>(
  raw: unknown,
  version: number,
  parse: (data: unknown) => T | undefined,
): Result<T, EnvelopeError> {
  if (raw === '' || raw === undefined || raw === null) return err({ kind: 'empty' });
  let candidate: unknown = raw;
  if (typeof raw === 'string') {
    try {
      candidate = JSON.parse(raw);
    } catch {
      return invalid('not JSON');
    }
  }
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return invalid('not an envelope');
  }
  const { v, data } = candidate as Partial<Envelope>;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return invalid('no schema version');
  }
  if (v !== version) {
    return invalid(`schema version ${v}, expected ${version}`);
  }
  const value = parse(data);
  return value === undefined ? invalid('wrong shape') : ok(value);
}

export function makeEnvelope(version: number, data: unknown): Envelope {
  return { v: version, data };
}
