// @ts-check
// Benchmark (not a test): time per search query over the whole content, using the app's own
// search module. Prints the mean and the slowest query; run with `npm run bench:search`.
'use strict';
require('./lib/register-ts');
const { performance } = require('node:perf_hooks');
const { problems } = require('../miniprogram/content/problems');
const { sections } = require('../miniprogram/content/sections');
const { buildIndex, search } = require('../miniprogram/tools/core/search');

const ROUNDS = 200;

const buildStart = performance.now();
const index = buildIndex(problems, sections);
const buildMs = performance.now() - buildStart;

/** @type {string[]} */
const queries = [
  ...problems.flatMap((problem) => problem.messages.map((message) => message.text)),
  '证件号码已注册',
  '手机号码已存在',
  '请求被取消',
  '未查名单',
  '邮箱',
  '找回密码',
  '同学协助',
  '学号',
  '退出',
  '兵役登记',
];

for (const query of queries) search(index, query); // warm up

/** @type {{ query: string, ms: number }[]} */
const timings = queries.map((query) => {
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) search(index, query);
  return { query, ms: (performance.now() - start) / ROUNDS };
});
const mean = timings.reduce((sum, timing) => sum + timing.ms, 0) / timings.length;
const slowest = timings.reduce((worst, timing) => (timing.ms > worst.ms ? timing : worst));
const pieces = index.reduce((sum, doc) => sum + doc.pieces.length, 0);
console.log(
  `bench:search: ${index.length} documents, ${pieces} text pieces; index built in ${buildMs.toFixed(1)} ms`,
);
console.log(
  `bench:search: ${queries.length} queries x ${ROUNDS} rounds: mean ${mean.toFixed(3)} ms/query, ` +
    `slowest ${slowest.ms.toFixed(3)} ms ("${slowest.query}")`,
);
