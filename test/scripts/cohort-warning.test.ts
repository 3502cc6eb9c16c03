// The staff scripts (qrcodes, menu, upload, preview) warn when the configuration pins a 入学年份
// older than the current cohort, so a college cannot print or publish last year's value unnoticed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schoolSettings } from '../../miniprogram/content/school-config';
import { PLACEHOLDER_APPID, staffConfig } from '../../miniprogram/content/staff-config';
import { cohortWarnings, configWarnings } from '../../scripts/lib/staff-kit';

const DEC_2026 = new Date(Date.UTC(2026, 11, 1));
/** Whatever this checkout configures, with a September cohort start (the dates below assume it). */
const SEPTEMBER_START = { ...schoolSettings, cohortStartMonth: 9 };

test('a pinned year older than the current cohort is warned about; a current or absent one is not', () => {
  const stale = cohortWarnings(DEC_2026, { ...SEPTEMBER_START, pinnedEnrollmentYear: 2022 });
  expect(stale).toHaveLength(1);
  expect(stale[0]).toContain('2022');
  expect(stale[0]).toContain('2026');
  expect(cohortWarnings(DEC_2026, { ...SEPTEMBER_START, pinnedEnrollmentYear: 2026 })).toEqual([]);
  expect(cohortWarnings(DEC_2026, { ...SEPTEMBER_START, pinnedEnrollmentYear: undefined })).toEqual(
    [],
  );
  // Before September the 2025 cohort is still current: a 2025 pin is fine in August 2026.
  const august = new Date(Date.UTC(2026, 7, 15));
  expect(cohortWarnings(august, { ...SEPTEMBER_START, pinnedEnrollmentYear: 2025 })).toEqual([]);
});

test('the staff kit’s warnings include the cohort warning next to the placeholder one', () => {
  // A configuration that still holds the placeholder appid, whatever this checkout holds.
  const placeholder = { ...staffConfig, appId: PLACEHOLDER_APPID };
  const warnings = configWarnings(placeholder, DEC_2026, {
    ...SEPTEMBER_START,
    pinnedEnrollmentYear: 2024,
  });
  expect(warnings.some((warning) => warning.includes('PLACEHOLDER'))).toBe(true);
  expect(warnings.some((warning) => warning.includes('pinnedEnrollmentYear is 2024'))).toBe(true);
});

test('qrcodes and menu print the warnings; upload and preview refuse (ci.test.ts, config-check.test.ts)', () => {
  const scripts = path.resolve(__dirname, '../../scripts');
  for (const file of ['qrcodes.js', 'menu.js']) {
    expect(fs.readFileSync(path.join(scripts, file), 'utf8')).toMatch(/configWarnings\(\)/);
  }
  // upload and preview (ci.js) refuse through `npm run check`'s configProblems instead of
  // warning: their behaviour is tested in ci.test.ts and config-check.test.ts.
  expect(fs.readFileSync(path.join(scripts, 'ci.js'), 'utf8')).toMatch(/configProblems\(/);
});
