// @ts-check
// Benchmark (not a test): how well and how fast the app's own search answers the evaluation set
// (test/fixtures/search-eval.ts). Prints Hit@1, Hit@3, MRR, harmful top results, answerable
// queries with no result and the time per query, for the whole set, the tuned and held-out parts
// and each group; writes the tuned part's misses to artifacts/search-misses.txt (the held-out
// and after-tuning parts' too with --held-out). Run with `npm run bench:search`.
'use strict';
require('./lib/register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { problems } = require('../miniprogram/content/problems');
const { sections } = require('../miniprogram/content/sections');
const { buildIndex, search } = require('../miniprogram/tools/core/search');
const { SEARCH_WORDS } = require('../miniprogram/tools/content/search-words');
const { searchEval } = require('../test/fixtures/search-eval');
const { evaluate, figures, knownTargets, missLine } = require('../test/helpers/search-eval');

const ROUNDS = 50;
const showHeldOut = process.argv.includes('--held-out');

const buildStart = performance.now();
const index = buildIndex(problems, sections, SEARCH_WORDS);
const buildMs = performance.now() - buildStart;

/** @type {(query: string) => any[]} */
const run = (query) => search(index, query);
const outcomes = evaluate(searchEval, run, knownTargets(problems, sections));

for (const query of searchEval) run(query.q); // warm up
const timeStart = performance.now();
for (let round = 0; round < ROUNDS; round += 1) for (const query of searchEval) run(query.q);
const msPerQuery = (performance.now() - timeStart) / (ROUNDS * searchEval.length);
let slowest = { q: '', ms: 0 };
for (const query of searchEval) {
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) run(query.q);
  const ms = (performance.now() - start) / ROUNDS;
  if (ms > slowest.ms) slowest = { q: query.q, ms };
}

/** @param {string} label @param {import('../test/helpers/search-eval').QueryOutcome[]} some */
function row(label, some) {
  const f = figures(some);
  const cells = [
    label.padEnd(26),
    String(f.queries).padStart(4),
    String(f.pending).padStart(4),
    `${f.hit1.toFixed(1)}%`.padStart(7),
    `${f.hit3.toFixed(1)}%`.padStart(7),
    f.mrr.toFixed(3).padStart(6),
    String(f.harmfulTop).padStart(6),
    String(f.answerableEmpty).padStart(6),
  ];
  return cells.join(' ');
}

const tuned = outcomes.filter((outcome) => outcome.part === 'tuned');
const held = outcomes.filter((outcome) => outcome.part === 'held-out');
const blind = outcomes.filter((outcome) => outcome.part === 'blind');
const groups = [...new Set(searchEval.map((query) => query.group))];

console.log(
  `bench:search: ${searchEval.length} queries (${tuned.length} tuned, ${held.length} held out, ` +
    `${blind.length} written after tuning), ` +
    `${index.docs.length} pages in ${index.units.length} parts; index built in ${buildMs.toFixed(1)} ms`,
);
console.log(
  `${'part'.padEnd(26)}    n pend   Hit@1   Hit@3    MRR  harm. empty   (pend = target not in the content yet)`,
);
console.log(row('all', outcomes));
console.log(row('tuned', tuned));
console.log(row('held-out', held));
console.log(row('after tuning (blind)', blind));
for (const name of groups) {
  console.log(
    row(
      `  ${name}`,
      outcomes.filter((outcome) => outcome.query.group === name),
    ),
  );
}
for (const name of groups) {
  console.log(
    row(
      `  ${name} (held)`,
      held.filter((outcome) => outcome.query.group === name),
    ),
  );
}
console.log(
  `time: ${msPerQuery.toFixed(3)} ms/query on average over ${ROUNDS} rounds; ` +
    `slowest ${slowest.ms.toFixed(3)} ms ("${slowest.q}")`,
);

const missed = (/** @type {typeof outcomes} */ some) =>
  some.filter((outcome) => outcome.rank !== 1 || outcome.harmfulTop).map(missLine);
const lines = ['# tuned part: misses (rank ≠ 1, or a harmful top result)', ...missed(tuned)];
if (showHeldOut) {
  lines.push('', '# held-out part: misses', ...missed(held));
  lines.push('', '# written after tuning: misses', ...missed(blind));
}
const file = path.join(__dirname, '..', 'artifacts', 'search-misses.txt');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${lines.join('\n')}\n`);
console.log(
  `misses written to ${path.relative(process.cwd(), file)}` +
    (showHeldOut ? ' (held-out included)' : ' (tuned part; --held-out adds the held-out part)'),
);
