import * as fs from 'node:fs';
import { t2sTable } from '../../miniprogram/tools/core/validators/name';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildTable, DIGITS, OUTPUT } = require('../../scripts/build-t2s-table.js') as {
  buildTable: () => { source: string; count: number; pairs: [string, string][] };
  DIGITS: string;
  OUTPUT: string;
};

test('the committed table is exactly what the build script makes from opencc-js', () => {
  const built = buildTable();
  const committed = fs.readFileSync(OUTPUT, 'utf8');
  expect(Buffer.from(committed, 'utf8').equals(Buffer.from(built.source, 'utf8'))).toBe(true);
  expect(t2sTable().size).toBe(built.count);
});

test('the shipped string reads back as exactly the pairs the script took from opencc-js', () => {
  const { pairs } = buildTable();
  expect([...t2sTable()]).toEqual(pairs);
  // Characters outside the Basic Multilingual Plane (4 bytes in UTF-8) come back whole.
  expect(pairs.some(([traditional]) => traditional.length === 2)).toBe(true);
  expect(DIGITS).toHaveLength(62);
  expect(new Set(DIGITS).size).toBe(62);
});

test('the table maps single traditional characters to different simplified ones', () => {
  const table = t2sTable();
  expect(table.size).toBeGreaterThan(3000);
  for (const [traditional, simplified] of table) {
    expect(Array.from(traditional)).toHaveLength(1);
    expect(Array.from(simplified)).toHaveLength(1);
    expect(traditional).not.toBe(simplified);
    expect(table.has(simplified)).toBe(false);
  }
  expect(table.get('劉')).toBe('刘');
  expect(table.has('刘')).toBe(false);
});

test('the table stays small (it ships in the tools subpackage): under 5 bytes a pair', () => {
  const { count } = buildTable();
  expect(fs.statSync(OUTPUT).size).toBeLessThan(5 * count);
});
