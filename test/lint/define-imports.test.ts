/**
 * @jest-environment node
 */
// Every component loads common/define.ts, so what it loads is loaded by the smallest block on any
// page: the link behaviour and nothing of the guide's content, views, stores or rules. Pages get
// their forwarded card from define-page.ts instead.
import { buildSync } from 'esbuild';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The app's modules `entry` loads, directly or not (npm packages left out), relative to ROOT. */
function loadedBy(entry: string): string[] {
  const result = buildSync({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).sort();
}

test('common/define.ts loads only the link behaviour and the navigation it calls', () => {
  expect(loadedBy('miniprogram/common/define.ts')).toEqual([
    'miniprogram/common/define.ts',
    'miniprogram/common/link.ts',
    'miniprogram/services/navigation.ts',
    'miniprogram/services/toast.ts',
  ]);
});

test('definePage is where the route table comes in (the default card is home’s)', () => {
  const loaded = loadedBy('miniprogram/common/define-page.ts');
  expect(loaded).toContain('miniprogram/common/define.ts');
  expect(loaded).toContain('miniprogram/content/routes.ts');
});
