// @ts-check
// `npm run size`: what WeChat uploads (main package, subpackages, each page's closure, largest
// files), measured over the real dependency graph from app.json; exits 1 when a budget is exceeded.
'use strict';
const path = require('node:path');
const { buildSizeReport, checkBudgets, formatReport } = require('./lib/size-graph');

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'miniprogram'));
const report = buildSizeReport(root);
console.log(formatReport(report));
const violations = checkBudgets(report);
console.log('');
if (violations.length === 0) {
  console.log('All size budgets hold.');
} else {
  for (const violation of violations) console.error(`OVER BUDGET: ${violation.message}`);
  process.exitCode = 1;
}
