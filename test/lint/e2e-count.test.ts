// The README counts the e2e tests in two suites, the app's flows and the preview tool's own tests,
// so the tool's tests are never reported as app coverage; this keeps those counts true.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const E2E = path.join(ROOT, 'test/e2e');

/** Test definitions in a suite's files: each test(…), it(…) or test.each(…)(…) counts once. */
function definitions(suite: 'app' | 'preview'): number {
  const folder = path.join(E2E, suite);
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.e2e.ts'))
    .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'))
    .reduce(
      (sum, source) => sum + (source.match(/^\s*(test|it)(\.\w+)*(\(.*\))?\(/gm) ?? []).length,
      0,
    );
}

test('every e2e file is in the app suite or the preview suite', () => {
  const stray = fs.readdirSync(E2E).filter((file) => file.endsWith('.e2e.ts'));
  expect(stray).toEqual([]);
});

test('the README gives the number of e2e tests of each suite', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const app = definitions('app');
  const preview = definitions('preview');
  expect(app).toBeGreaterThan(0);
  expect(preview).toBeGreaterThan(0);
  expect(readme).toContain(
    `${app} test definitions for the app (\`test/e2e/app/\`) and ${preview} for the preview tool (\`test/e2e/preview/\`)`,
  );
});
