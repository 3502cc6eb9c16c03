// 分包异步化: on a section page the 填写前自查 form comes from the tools subpackage. Until it has
// downloaded WeChat renders the placeholder named in the page's componentPlaceholder; on a slow
// network that may be all the student sees, so it says it is loading and links to the form's page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PAGES } from '../../miniprogram/core/page-paths';
import { load, MINIPROGRAM_ROOT, simulate, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

interface PageJson {
  usingComponents: Record<string, string>;
  componentPlaceholder?: Record<string, string>;
}

const SECTION = 'guide/pages/section/index';
const json = JSON.parse(
  fs.readFileSync(path.join(MINIPROGRAM_ROOT, `${SECTION}.json`), 'utf8'),
) as PageJson;

beforeEach(() => {
  wxControl.reset();
});

test('the form from another subpackage has a placeholder of the page’s own package, not an empty view', () => {
  const crossPackage = Object.entries(json.usingComponents).filter(
    ([, target]) => !target.startsWith('/guide/') && !target.startsWith('/miniprogram_npm/'),
  );
  expect(crossPackage.map(([name]) => name)).toEqual(['precheck-form']);
  for (const [name] of crossPackage) {
    const placeholder = json.componentPlaceholder?.[name];
    expect(placeholder).toBeDefined();
    expect(placeholder).not.toBe('view');
    const target = json.usingComponents[placeholder ?? ''] ?? '';
    expect(target).toMatch(/^\/guide\//);
    expect(fs.existsSync(path.join(MINIPROGRAM_ROOT, `${target}.json`))).toBe(true);
  }
});

test('the placeholder says it is loading and opens the form’s own page on a tap', async () => {
  const target = json.usingComponents[json.componentPlaceholder?.['precheck-form'] ?? ''] ?? '';
  const root = simulate.render(load(target.replace(/^\//, '')));
  root.attach(document.createElement('parent-wrapper'));
  // 正在加载… first; the way out under it.
  expect(textOf(root)).toMatch(/^正在加载…\s*加载不出来？/);
  const link = root.querySelector('.precheck-placeholder__link');
  if (!link) throw new Error('no link to the form page');
  expect(textOf(link)).toContain('填写前自查');
  link.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.navigations).toEqual([{ method: 'navigateTo', url: PAGES.precheck }]);
});
