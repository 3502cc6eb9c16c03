// The e2e run (like `npm start` and the screenshots) drives what WeChat's compiler made of the
// project (scripts/lib/build.js `compile`), not the sources: the tests read what ships.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { servedRoot } from '../helpers/app';

const MINIPROGRAM = path.resolve(__dirname, '../../../miniprogram');

test("the preview serves WeChat's compiled package: JavaScript, minified WXML, no TypeScript", () => {
  if (process.env.PREVIEW_E2E_ROOT) return; // another root was asked for on purpose
  const root = servedRoot();
  const files = fs.readdirSync(root, { recursive: true }).map(String);
  expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
  expect(files).toContain(path.join('pages', 'home', 'index.js'));
  expect(files).toContain(path.join('guide', 'pages', 'problem', 'index.js'));
  const source = fs.readFileSync(path.join(MINIPROGRAM, 'pages/home/index.wxml'), 'utf8');
  const compiled = fs.readFileSync(path.join(root, 'pages/home/index.wxml'), 'utf8');
  expect(source.split('\n').length).toBeGreaterThan(10);
  expect(compiled.split('\n').length).toBeLessThan(3);
});
