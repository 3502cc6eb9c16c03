// Parses the ids a guide page is opened with. Queries come from cards, QR codes and menus, so any
// value may be missing, mistyped, oversized or hostile: each is read once (core/query.ts) and
// returned as a Result whose error is the sentence the page shows.
import type { Part, ProblemId, SectionId } from '../content/types';
import { queryText, type RawQuery } from './query';
import { err, ok, type Result } from './result';

const MAX_VALUE_LENGTH = 64;

export function parseProblemId(
  query: RawQuery,
  known: readonly ProblemId[],
): Result<ProblemId, string> {
  const value = queryText(query, 'id', MAX_VALUE_LENGTH);
  if (value === undefined) return err('没有指定问题编号');
  if (!/^\d{1,2}$/.test(value)) return err('问题编号无法识别');
  const id = Number(value);
  const match = known.find((candidate) => candidate === id);
  return match === undefined ? err(`没有第 ${id} 个问题`) : ok(match);
}

export function parseSectionId(
  query: RawQuery,
  known: readonly SectionId[],
): Result<SectionId, string> {
  const value = queryText(query, 'id', MAX_VALUE_LENGTH);
  if (value === undefined) return err('没有指定章节');
  const match = known.find((candidate) => candidate === value);
  return match === undefined ? err('章节无法识别') : ok(match);
}

/** The part to scroll to, if the query names one that exists on this page. */
export function parsePartId(query: RawQuery, parts: readonly Part[]): string | undefined {
  const value = queryText(query, 'part', MAX_VALUE_LENGTH);
  return parts.find((part) => part.id === value)?.id;
}

/** A free-text value (the search page's `q`), decoded and trimmed; undefined when unusable. */
export function parseTextParam(query: RawQuery, key: string): string | undefined {
  return queryText(query, key, MAX_VALUE_LENGTH);
}
