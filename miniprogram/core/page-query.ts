// Parses the query a page is opened with. Queries come from cards, QR codes and menus, so any
// value may be missing, mistyped, oversized or hostile: parse once here, return a typed result.
import type { Part, ProblemId, SectionId } from '../content/types';

export type RawQuery = Record<string, string | undefined> | undefined | null;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const MAX_VALUE_LENGTH = 64;

/** Reads one query value, decoding percent-encoding once; undefined when absent or unusable. */
export function queryValue(query: RawQuery, key: string): string | undefined {
  if (!query || typeof query !== 'object') return undefined;
  const raw: unknown = (query as Record<string, unknown>)[key];
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_VALUE_LENGTH * 3) {
    return undefined;
  }
  let value = raw;
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  value = value.trim();
  return value.length > 0 && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

export function parseProblemId(query: RawQuery, known: readonly ProblemId[]): Parsed<ProblemId> {
  const value = queryValue(query, 'id');
  if (value === undefined) return { ok: false, reason: '没有指定问题编号' };
  if (!/^\d{1,2}$/.test(value)) return { ok: false, reason: '问题编号无法识别' };
  const id = Number(value);
  const match = known.find((candidate) => candidate === id);
  return match === undefined
    ? { ok: false, reason: `没有第 ${id} 个问题` }
    : { ok: true, value: match };
}

export function parseSectionId(query: RawQuery, known: readonly SectionId[]): Parsed<SectionId> {
  const value = queryValue(query, 'id');
  if (value === undefined) return { ok: false, reason: '没有指定章节' };
  const match = known.find((candidate) => candidate === value);
  return match === undefined ? { ok: false, reason: '章节无法识别' } : { ok: true, value: match };
}

/** The part to scroll to, if the query names one that exists on this page. */
export function parsePartId(query: RawQuery, parts: readonly Part[]): string | undefined {
  const value = queryValue(query, 'part');
  return parts.find((part) => part.id === value)?.id;
}
