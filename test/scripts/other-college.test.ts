/**
 * @jest-environment node
 */
// scripts/other-college.js edits college.ts the way a second college does, then runs the whole
// `npm test` in that copy (too slow for `npm test` itself). Here, cheaply: every edit still finds
// its value in this checkout's college.ts, and the edited configuration passes `npm run check`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as ts from 'typescript';
import type { SchoolSettings } from '../../miniprogram/content/school-config';
import type { StaffConfig } from '../../miniprogram/content/staff-config';
import { SHIPPED_VALUES, configProblems } from '../../scripts/lib/config-check';
import { CONFIG, EDITS, editConfig } from '../../scripts/other-college';
import { filledState } from '../helpers/filled-state';

const ROOT = path.resolve(__dirname, '../..');

/** The values an edited college.ts exports (its imports are types only). */
function evaluate(source: string): { schoolSettings: SchoolSettings; staffSettings: StaffConfig } {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(outputText, { module, exports: module.exports, require: () => ({}) });
  return module.exports as unknown as ReturnType<typeof evaluate>;
}

test('the other college’s edits all apply here, and the result passes the configuration check', () => {
  const original = fs.readFileSync(path.join(ROOT, CONFIG), 'utf8');
  const edited = editConfig(original);
  // Applied to an already configured copy, the edits change nothing (that copy runs this test).
  expect(editConfig(edited)).toBe(edited);
  const { schoolSettings, staffSettings } = evaluate(edited);
  expect(schoolSettings.fullName).not.toBe(SHIPPED_VALUES.fullName);
  expect(schoolSettings.checkWindow).toBeDefined();
  expect(schoolSettings.contactFor).toBeDefined();
  expect(
    configProblems({
      school: schoolSettings,
      staff: staffSettings,
      state: filledState(staffSettings),
      env: {},
      contentCheckedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
    }),
  ).toEqual([]);
  // An edit whose value is gone from college.ts fails loudly instead of leaving it unchanged.
  expect(() => editConfig(original.replace(/fullName: '[^']*'/, 'fullName: SCHOOL_NAME'))).toThrow(
    /found no fullName/,
  );
  expect(EDITS.length).toBeGreaterThanOrEqual(10);
});
