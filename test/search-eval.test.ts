// The search, measured on the evaluation set (test/fixtures/search-eval.ts) with the figures
// `npm run bench:search` prints: the tuned part must reach Hit@1 ≥ 95 % and Hit@3 ≥ 99 %, no query
// may put a harmful page first or leave an answerable query with nothing, and the held-out part
// (never tuned on) must stay above a floor set from its measured value.
import { problems } from '../miniprogram/content/problems';
import { sections } from '../miniprogram/content/sections';
import { SEARCH_WORDS } from '../miniprogram/tools/content/search-words';
import { buildIndex, search } from '../miniprogram/tools/core/search';
import { heldOut, PENDING, searchEval, type EvalGroup } from './fixtures/search-eval';
import { evaluate, figures, knownTargets, missLine } from './helpers/search-eval';

const index = buildIndex(problems, sections, SEARCH_WORDS);
const known = knownTargets(problems, sections);
const outcomes = evaluate(searchEval, (query) => search(index, query), known);
const tuned = outcomes.filter((outcome) => outcome.part === 'tuned');
const held = outcomes.filter((outcome) => outcome.part === 'held-out');
const blind = outcomes.filter((outcome) => outcome.part === 'blind');

/** Held-out Hit@1 measured at 100.0 % (91 gated queries) when the scoring was set: two misses allowed. */
const HELD_OUT_HIT1_FLOOR = 97.5;
const HELD_OUT_HIT3_FLOOR = 98.5;

const GROUPS: readonly EvalGroup[] = [
  'message-exact',
  'message-cut',
  'message-misquoted',
  'everyday',
  'typo',
  'form',
  'beyond-2022',
  'unanswerable',
];

describe('the evaluation set', () => {
  test('has at least 250 queries, every group, and a held-out part of about a quarter', () => {
    expect(searchEval.length).toBeGreaterThanOrEqual(250);
    for (const group of GROUPS) {
      expect(searchEval.filter((query) => query.group === group).length).toBeGreaterThanOrEqual(15);
    }
    const share = searchEval.filter(heldOut).length / searchEval.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
  });

  test('every target names a page or part of the guide, or one being written (PENDING)', () => {
    const unknown = searchEval.flatMap((query) =>
      [...query.want, ...query.harm].filter(
        (target) => !known.has(target) && !PENDING.includes(target),
      ),
    );
    expect(unknown).toEqual([]);
  });

  test('no query is asked twice', () => {
    const texts = searchEval.map((query) => query.q);
    expect(texts.filter((text, at) => texts.indexOf(text) !== at)).toEqual([]);
  });
});

describe('the search on the evaluation set', () => {
  test('tuned part: Hit@1 ≥ 95 % and Hit@3 ≥ 99 %', () => {
    const { hit1, hit3, queries } = figures(tuned);
    expect(queries).toBeGreaterThan(150);
    const misses = tuned.filter((outcome) => outcome.rank !== 1 && !outcome.pending).map(missLine);
    expect({ hit1: hit1 >= 95, hit3: hit3 >= 99, misses }).toMatchObject({
      hit1: true,
      hit3: true,
    });
  });

  test('the part written after tuning (measured untouched once, then tuned): Hit@1 ≥ 95 %, Hit@3 ≥ 98 %', () => {
    const { hit1, hit3, queries } = figures(blind);
    expect(queries).toBeGreaterThanOrEqual(50);
    expect(hit1).toBeGreaterThanOrEqual(95);
    expect(hit3).toBeGreaterThanOrEqual(98);
  });

  test('held-out part: above the floor set from its measured value', () => {
    const { hit1, hit3, queries } = figures(held);
    expect(queries).toBeGreaterThan(50);
    expect(hit1).toBeGreaterThanOrEqual(HELD_OUT_HIT1_FLOOR);
    expect(hit3).toBeGreaterThanOrEqual(HELD_OUT_HIT3_FLOOR);
  });

  test('no query puts a harmful page first (pending ones included)', () => {
    expect(outcomes.filter((outcome) => outcome.harmfulTop).map(missLine)).toEqual([]);
  });

  test('every answerable query finds something', () => {
    expect(
      outcomes.filter((outcome) => outcome.answerableEmpty && !outcome.pending).map(missLine),
    ).toEqual([]);
  });

  test('every query nothing answers finds nothing (the empty state, not a wrong page)', () => {
    const refused = outcomes.filter((outcome) => outcome.query.want.length === 0);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(refused.filter((outcome) => outcome.rank !== 1).map(missLine)).toEqual([]);
  });
});
