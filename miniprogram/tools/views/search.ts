// The search page's results: ranked matches (tools/core/search.ts) with the URL each one opens.
import { linkUrl } from '../../content/links';
import { search, type SearchDocument, type SearchResult } from '../core/search';

export interface SearchResultView extends SearchResult {
  readonly url: string;
}

export function searchResults(index: readonly SearchDocument[], query: string): SearchResultView[] {
  return search(index, query).map((result) => ({ ...result, url: linkUrl(result.target) }));
}
