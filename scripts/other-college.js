// @ts-check
// Proves that a second college which configures the app as docs/deploy.md says passes the whole
// `npm test`: copies this checkout to a temp dir (node_modules hard-linked), edits
// miniprogram/content/college.ts the way a teacher does (every school and staff value, the
// optional ones and commented examples filled in, names longer than the first college's), then
// runs `npm run check -- --fix`, `npm run check`, `npm test` and `npm run build` there. Not part
// of `npm test`: it runs the whole of it again.
// Usage: node scripts/other-college.js [--keep] [--keep-going] [--only check|test|build]
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
require('./lib/register-ts');
const { currentCohortYear } = require('../miniprogram/core/cohort-year');
const { ROOT, linkInstalled, runSteps, scratchDir } = require('./lib/scratch-copy');

const CONFIG = 'miniprogram/content/college.ts';
/** The month this college's cohort starts: not the first college's 9, so nothing assumes it. */
const START_MONTH = 8;

/** The Beijing date `days` from today, YYYY-MM-DD. @param {number} days */
function beijingDay(days) {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

/**
 * The teacher's edits, in the order docs/deploy.md §4 lists the values: each finds the shipped
 * line (or its commented example) and writes this college's. Applied again they change nothing,
 * so the jest test that applies them passes in the configured copy too. An edit that finds
 * nothing fails the run: a reshaped college.ts is noticed, not left at the first college's values.
 * @type {readonly { what: string, find: RegExp, write: string }[]}
 */
const EDITS = [
  {
    what: 'fullName',
    find: /fullName: '[^']*'/,
    write: "fullName: '西北现代农业与信息工程职业技术学院'",
  },
  {
    what: 'cohortStartMonth and pinnedEnrollmentYear',
    find: /cohortStartMonth: \d+,(\n {2}pinnedEnrollmentYear: \d+,)?/,
    write: `cohortStartMonth: ${START_MONTH},\n  pinnedEnrollmentYear: ${currentCohortYear(new Date(), START_MONTH)},`,
  },
  {
    what: 'contact (with the optional phone, room and hours)',
    find: /contact: \{[^}]*\}/,
    write: [
      'contact: {',
      "    office: '学生工作处学籍管理科',",
      "    person: '欧阳明辉老师',",
      "    phone: '029-87654321',",
      "    room: '图书信息楼 1203 室',",
      "    hours: '工作日 8:00–12:00、14:30–18:00',",
      "    wechat: 'xbnx-xsc',",
      "    email: 'xueji@xbnxzy.edu.cn',",
      '  }',
    ].join('\n'),
  },
  {
    what: 'contactFor (another contact for two kinds of trouble)',
    find: /\/\/ contactFor: .*|contactFor: \{(?:[^{}]|\{[^{}]*\})*\},/,
    write: [
      'contactFor: {',
      "    'no-record': { office: '招生就业处', person: '司马静怡老师', qq: '1234567890' },",
      "    unchecked: { office: '学生工作处学籍管理科', person: '欧阳明辉老师', wechat: 'xbnx-xueji' },",
      '  },',
    ].join('\n'),
  },
  {
    what: 'checkWindow (open now: the pages count the days left)',
    find: /(\/\/ )?checkWindow: .*/,
    write: `checkWindow: { start: '${beijingDay(-7)}', end: '${beijingDay(14)}', cutoffTime: '17:30' },`,
  },
  {
    what: 'studentIdSource',
    find: /(\/\/ )?studentIdSource: .*/,
    write: "studentIdSource: '录取通知书背面的“学号”一栏；还没有的问辅导员',",
  },
  {
    what: 'appName',
    find: /appName: '[^']*'/,
    write: "appName: '西北农信职院新生学籍核对助手'",
  },
  {
    what: 'qrLinkPrefix',
    find: /qrLinkPrefix: '[^']*'/,
    write: "qrLinkPrefix: 'https://zsjy.xbnxzy.edu.cn/xinsheng/xueji/'",
  },
  {
    what: 'previousQrLinkPrefixes',
    find: /previousQrLinkPrefixes: \[[^\]]*\]/,
    write: "previousQrLinkPrefixes: ['https://www.xbnxzy.edu.cn/xj2025/']",
  },
  {
    what: 'appId',
    find: /appId: '[^']*'/,
    write: "appId: 'wx9c4e2b7a1d3f5068'",
  },
  {
    what: 'the menu’s first group',
    find: /(?<=menu: \[\s*\{\s*)name: '[^']*',/,
    write: "name: '新生学籍',",
  },
];

/**
 * Files git knows here (tracked or new, not ignored), copied: the copy's edits stay there.
 * @param {string} dir
 */
function copyCheckout(dir) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(ROOT, file);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(source, path.join(dir, file));
  }
  linkInstalled(dir);
  // A college works in a git clone, and a test lists the tracked files.
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
}

/**
 * college.ts's text with the teacher's edits made; throws when one finds nothing to edit.
 * @param {string} text
 */
function editConfig(text) {
  let edited = text;
  for (const edit of EDITS) {
    if (!edit.find.test(edited)) throw new Error(`${CONFIG}: found no ${edit.what} to edit`);
    edited = edited.replace(edit.find, edit.write);
  }
  return edited;
}

/** @param {string} dir */
function configure(dir) {
  const file = path.join(dir, CONFIG);
  fs.writeFileSync(file, editConfig(fs.readFileSync(file, 'utf8')));
  console.log(`Edited ${CONFIG}: ${EDITS.map((edit) => edit.what).join('; ')}.`);
}

function main() {
  const argv = process.argv.slice(2);
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const dir = scratchDir('other-college');
  copyCheckout(dir);
  configure(dir);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const steps = [
    { name: 'npm run check -- --fix', command: npm, args: ['run', 'check', '--', '--fix'] },
    { name: 'npm run check', command: npm, args: ['run', 'check'] },
    { name: 'npm test', command: npm, args: ['test'] },
    { name: 'npm run build', command: npm, args: ['run', 'build'] },
  ].filter((step) => only === undefined || step.name.includes(only) || step.name.includes('check'));
  const ok = runSteps(dir, steps, { keepGoing: argv.includes('--keep-going') });
  if (argv.includes('--keep') || !ok) console.log(`The copy is kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    ok ? 'Another college’s configuration passes.' : 'Another college’s configuration FAILS.',
  );
  return ok ? 0 : 1;
}

// Run as a command (a test requires this file for editConfig).
if (path.resolve(process.argv[1] ?? '') === __filename) process.exit(main());

module.exports = { CONFIG, EDITS, editConfig };
