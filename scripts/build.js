// @ts-check
// `npm run build`: compiles the mini-program with WeChat's own compiler, offline, into dist/package/
// (exactly what an upload sends), prints each package's files, bytes and largest files and each
// page's share, writes dist/report.json, and exits 1 when a size budget or an official check fails
// (2 when the project does not compile; the message names the file). It then runs `npm run check`
// (scripts/lib/config-check.js) and exits 1 while the configuration is not ready to publish.
// Usage: npm run build [-- --project <dir>] [--out <dir>] [--quiet] [--compile-only] [--no-config-check]
// --compile-only: the compiled package alone, no checks (what the preview serves).
// --no-config-check: sizes and official checks only (the tests' builds, of copies and fixtures).
'use strict';
const path = require('node:path');
const {
  BuildError,
  SYNTAX_ECMA_VERSION,
  build,
  checkBudgets,
  compile,
  compiledSummary,
  failedQuality,
  formatReport,
} = require('./lib/build');

/** @param {string[]} argv @param {string} flag */
function option(argv, flag) {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main() {
  const argv = process.argv.slice(2);
  const projectPath = option(argv, '--project');
  const outDir = option(argv, '--out');
  const options = {
    ...(projectPath === undefined ? {} : { projectPath }),
    ...(outDir === undefined ? {} : { outDir }),
  };
  if (argv.includes('--compile-only')) {
    console.log(compiledSummary(await compile(options)));
    return 0;
  }
  const report = await build(options);
  if (!argv.includes('--quiet')) {
    console.log(formatReport(report));
    console.log(
      `\nCompiled files in ${path.join(outDir ?? 'dist', 'package')}; report in ${path.join(outDir ?? 'dist', 'report.json')}`,
    );
  }
  const problems = [
    ...checkBudgets(report).map((violation) => `OVER BUDGET: ${violation.message}`),
    ...report.unresolved.map(
      (dep) => `UNRESOLVED: ${dep.from} imports ${dep.request}: ${dep.error}`,
    ),
    ...report.schema.flatMap((entry) =>
      entry.errors.map((error) => `SCHEMA: ${entry.file} (${entry.kind}): ${error}`),
    ),
    ...report.syntax.map(
      (entry) => `SYNTAX: ${entry.file} does not parse as ES${SYNTAX_ECMA_VERSION}: ${entry.error}`,
    ),
    ...(report.themeError === null ? [] : [`THEME: ${report.themeError}`]),
    ...failedQuality(report.quality, report.sharedBySubpackages).map(
      (item) => `CODE QUALITY: ${item.name}: ${item.text}`,
    ),
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length === 0 && !argv.includes('--quiet')) {
    console.log('All size budgets and official checks hold.');
  }
  if (argv.includes('--no-config-check')) return problems.length === 0 ? 0 : 1;
  const { configProblems, formatProblems } = require('./lib/config-check');
  const config = configProblems();
  (config.length === 0 ? console.log : console.error)(`\n${formatProblems(config)}`);
  return problems.length === 0 && config.length === 0 ? 0 : 1;
}

// The compiler's worker processes keep Node alive: exit explicitly.
main().then(
  (code) => process.exit(code),
  (/** @type {unknown} */ error) => {
    console.error(
      `build failed: ${error instanceof BuildError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(2);
  },
);
