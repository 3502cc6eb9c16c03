// Stored data is wrapped in a versioned envelope `{ v, data }`. Reading it back is parsing
// untrusted input: anything unexpected is reported, never thrown.

export interface Envelope {
  readonly v: number;
  readonly data: unknown;
}

export type EnvelopeRead<T> =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Reads what storage returned for a key. `parse` checks the payload's shape and returns
 * undefined when it is wrong. wx storage returns '' for a missing key.
 */
export function readEnvelope<T>(
  raw: unknown,
  version: number,
  parse: (data: unknown) => T | undefined,
): EnvelopeRead<T> {
  if (raw === '' || raw === undefined || raw === null) return { kind: 'empty' };
  let candidate: unknown = raw;
  if (typeof raw === 'string') {
    try {
      candidate = JSON.parse(raw);
    } catch {
      return { kind: 'invalid', reason: 'not JSON' };
    }
  }
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return { kind: 'invalid', reason: 'not an envelope' };
  }
  const { v, data } = candidate as Partial<Envelope>;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return { kind: 'invalid', reason: 'no schema version' };
  }
  if (v !== version) {
    return { kind: 'invalid', reason: `schema version ${v}, expected ${version}` };
  }
  const value = parse(data);
  return value === undefined ? { kind: 'invalid', reason: 'wrong shape' } : { kind: 'ok', value };
}

export function makeEnvelope(version: number, data: unknown): Envelope {
  return { v: version, data };
}
