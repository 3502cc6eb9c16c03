// sitemap.json, read with WeChat's documented rule semantics (rules top to bottom, the first that
// matches decides; `params` with `matching` "inclusive": the page's parameters include them;
// developers.weixin.qq.com/miniprogram/dev/reference/configuration/sitemap.html): the crawler
// (scene 1129) may index a section or problem only with its id, never the entry redirect or a
// student's own class-helper records.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PAGES } from '../../miniprogram/core/page-paths';
import { APP_ROUTES } from '../helpers/app-routes';

interface Rule {
  readonly action?: 'allow' | 'disallow';
  readonly page: string;
  readonly params?: readonly string[];
  readonly matching?: 'exact' | 'inclusive' | 'exclusive' | 'partial';
  readonly priority?: number;
}

const sitemap = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../miniprogram/sitemap.json'), 'utf8'),
) as { rules: Rule[] };

function paramsMatch(rule: Rule, keys: readonly string[]): boolean {
  const params = rule.params ?? [];
  if (params.length === 0) return true;
  const shared = params.filter((name) => keys.includes(name));
  switch (rule.matching ?? 'inclusive') {
    case 'exact':
      return shared.length === params.length && keys.length === params.length;
    case 'inclusive':
      return shared.length === params.length;
    case 'exclusive':
      return shared.length === 0;
    case 'partial':
      return shared.length > 0;
  }
}

function indexable(page: string, keys: readonly string[] = []): boolean {
  const rule = sitemap.rules.find(
    (entry) => (entry.page === '*' || entry.page === page) && paramsMatch(entry, keys),
  );
  return (rule?.action ?? 'allow') === 'allow';
}

const route = (url: string): string => url.replace(/^\//, '');

test('every page a rule names is a page of app.json', () => {
  for (const rule of sitemap.rules) {
    if (rule.page !== '*') expect(APP_ROUTES).toContain(rule.page);
  }
  expect(sitemap.rules.some((rule) => rule.priority !== undefined)).toBe(false);
});

test('a section or problem is indexable with its id, and its fallback (no id) is not', () => {
  for (const page of [route(PAGES.section), route(PAGES.problem)]) {
    expect(indexable(page, ['id'])).toBe(true);
    expect(indexable(page, ['id', 'part'])).toBe(true);
    expect(indexable(page, [])).toBe(false);
    expect(indexable(page, ['part'])).toBe(false);
  }
});

test('the entry redirect and the class-helper pages are never indexed; home and the tools are', () => {
  for (const page of [PAGES.entry, PAGES.classHelper, PAGES.assist].map(route)) {
    expect(indexable(page)).toBe(false);
    expect(indexable(page, ['id'])).toBe(false);
  }
  for (const page of [PAGES.home, PAGES.precheck, PAGES.finder, PAGES.search].map(route)) {
    expect(indexable(page)).toBe(true);
  }
});
