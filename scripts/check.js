// @ts-check
// `npm run check`: what must still change in miniprogram/content/college.ts before publishing,
// in Chinese (scripts/lib/config-check.js). Exit 1 while anything is left. `npm run build` and
// `npm run upload` run the same check; `npm start` only warns. WeChat DevTools' 上传 runs nothing:
// run this first.
// Usage: npm run check [-- --fix]   (--fix copies the appid into project.config.json and the app's
// name into the pages' title bars, redraws the share-card pictures that carry it, then checks)
'use strict';
const path = require('node:path');
const {
  applyFixes,
  configProblems,
  formatProblems,
  readProjectState,
} = require('./lib/config-check');
const { writeCards } = require('./make-card-png');

async function main() {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((arg) => arg !== '--fix');
  if (unknown.length > 0) {
    console.error('用法：npm run check [-- --fix]');
    return 2;
  }
  if (argv.includes('--fix')) {
    const changed = applyFixes();
    console.log(changed.length > 0 ? `已同步：${changed.join('、')}` : '无需同步。');
    // After the title bars: the cards are drawn with the configured name.
    if (readProjectState().staleCards.length > 0) {
      try {
        await writeCards();
      } catch (error) {
        console.error(
          `转发卡片图片没能重画：${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  const problems = configProblems();
  const text = formatProblems(problems);
  if (problems.length > 0) console.error(text);
  else console.log(text);
  return problems.length === 0 ? 0 : 1;
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  main().then((code) => process.exit(code));
}
