// @ts-check
// `npm run bench:render`: renders the home page and a page holding a single Vant cell under
// simulate, alternately, and prints the median times and their ratio (one run; not a test).
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--testMatch',
    '**/test/bench/*.bench.ts',
    '--runInBand',
    '--silent=false',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
