// Turns content link targets into page URLs (the pages themselves: core/page-paths.ts).
import { PAGES } from '../core/page-paths';
import type { LinkTarget } from './types';

export function linkUrl(target: LinkTarget): string {
  switch (target.kind) {
    case 'home':
      return PAGES.home;
    case 'section':
      return withQuery(PAGES.section, { id: target.id, part: target.part });
    case 'problem':
      return withQuery(PAGES.problem, { id: String(target.id), part: target.part });
    case 'class-helper':
      return PAGES.classHelper;
    case 'page':
      return PAGES[target.page];
  }
}

function withQuery(page: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${page}?${pairs.join('&')}` : page;
}
