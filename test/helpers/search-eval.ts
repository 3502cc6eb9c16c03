// Scores the search on the evaluation set (test/fixtures/search-eval.ts): Hit@1, Hit@3, MRR, harmful
// top results, answerable queries with no result, per group and for the tuned and held-out parts.
// Shared by `npm run bench:search` and the jest gate, so both report the same figures.
import type { Problem, Section } from '../../miniprogram/content/types';
import type { SearchResult } from '../../miniprogram/tools/core/search';
import { evalPart, PENDING, type EvalQuery } from '../fixtures/search-eval';

export interface QueryOutcome {
  readonly query: EvalQuery;
  /** Tuned on, held out by the fixed rule, or written after tuning (blind). */
  readonly part: 'tuned' | 'held-out' | 'blind';
  /** Every target it names is still being written (PENDING): reported, not gated. */
  readonly pending: boolean;
  /** The results as 'p4.still-stuck' / 'register.form' / 'p9' (no part). */
  readonly got: readonly string[];
  /** 1-based rank of the first acceptable result; 0 when none is (for '-' queries: 1 when empty). */
  readonly rank: number;
  readonly harmfulTop: boolean;
  readonly answerableEmpty: boolean;
}

export interface Figures {
  readonly queries: number;
  readonly pending: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  readonly harmfulTop: number;
  readonly answerableEmpty: number;
}

/** Every target a query may name: 'p4', 'p4.username', 'login', 'login.check'. */
export function knownTargets(
  problems: readonly Problem[],
  sections: readonly Section[],
): Set<string> {
  const known = new Set<string>();
  for (const problem of problems) {
    known.add(`p${problem.id}`);
    for (const part of problem.parts) known.add(`p${problem.id}.${part.id}`);
  }
  for (const section of sections) {
    known.add(section.id);
    for (const part of section.parts) known.add(`${section.id}.${part.id}`);
  }
  return known;
}

/** A result as a target string: the page, then the part it opens at. */
export function resultTarget(result: SearchResult): string {
  const target = result.target;
  if (target.kind === 'problem') return `p${target.id}${target.part ? `.${target.part}` : ''}`;
  if (target.kind === 'section') return `${target.id}${target.part ? `.${target.part}` : ''}`;
  return target.kind;
}

const pageOf = (target: string): string => target.split('.')[0] ?? target;

/** A result answers `want` when it is that page and, if `want` names a part, opens at that part. */
function answers(got: string, want: string): boolean {
  return want.includes('.') ? got === want : pageOf(got) === want;
}

export function scoreQuery(
  query: EvalQuery,
  results: readonly SearchResult[],
  known: ReadonlySet<string>,
): QueryOutcome {
  const got = results.map(resultTarget);
  const wanted = query.want.filter((want) => known.has(want) && !PENDING.includes(want));
  const answerable = query.want.length > 0;
  const pending = answerable && wanted.length === 0;
  const rank = answerable
    ? got.findIndex((target) => wanted.some((want) => answers(target, want))) + 1
    : got.length === 0
      ? 1
      : 0;
  const top = got[0];
  return {
    query,
    part: evalPart(query),
    pending,
    got,
    rank,
    harmfulTop: top !== undefined && query.harm.includes(pageOf(top)),
    answerableEmpty: answerable && got.length === 0,
  };
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;

/** The figures over some outcomes; pending queries count only for harm. */
export function figures(outcomes: readonly QueryOutcome[]): Figures {
  const gated = outcomes.filter((outcome) => !outcome.pending);
  return {
    queries: gated.length,
    pending: outcomes.length - gated.length,
    hit1: percent(gated.filter((outcome) => outcome.rank === 1).length, gated.length),
    hit3: percent(
      gated.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3).length,
      gated.length,
    ),
    mrr:
      gated.length === 0
        ? 1
        : Math.round(
            (1000 *
              gated.reduce((sum, outcome) => sum + (outcome.rank > 0 ? 1 / outcome.rank : 0), 0)) /
              gated.length,
          ) / 1000,
    harmfulTop: outcomes.filter((outcome) => outcome.harmfulTop).length,
    answerableEmpty: gated.filter((outcome) => outcome.answerableEmpty).length,
  };
}

export function evaluate(
  queries: readonly EvalQuery[],
  run: (query: string) => readonly SearchResult[],
  known: ReadonlySet<string>,
): QueryOutcome[] {
  return queries.map((query) => scoreQuery(query, run(query.q), known));
}

/** One line per miss: the query, what it wanted, what came first. */
export function missLine(outcome: QueryOutcome): string {
  const want = outcome.query.want.length > 0 ? outcome.query.want.join('|') : '(nothing)';
  const flags = [
    outcome.harmfulTop ? 'HARMFUL' : '',
    outcome.answerableEmpty ? 'EMPTY' : '',
    outcome.pending ? 'pending' : '',
  ].filter(Boolean);
  return `[${outcome.query.group}] ${outcome.query.q} → want ${want}; got ${outcome.got.slice(0, 3).join(', ') || '(none)'}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}
