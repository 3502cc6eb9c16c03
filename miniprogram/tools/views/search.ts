// The search page's results: ranked matches (tools/core/search.ts) over the guide with the students'
// words (tools/content/search-words.ts), the URL each one opens, and each highlighted segment keyed
// by its place (WXML's wx:key names a property of the item).
import { linkUrl } from '../../content/links';
import { problems } from '../../content/problems';
import { sections } from '../../content/sections';
import { SEARCH_WORDS } from '../content/search-words';
import {
  buildIndex,
  search,
  type SearchIndex,
  type SearchResult,
  type Segment,
} from '../core/search';

export interface SegmentView extends Segment {
  readonly key: string;
}

export interface SearchResultView extends Omit<SearchResult, 'title' | 'snippet'> {
  readonly title: readonly SegmentView[];
  readonly snippet: readonly SegmentView[];
  readonly url: string;
}

/** The guide's index, with the students' words. */
export function guideIndex(): SearchIndex {
  return buildIndex(problems, sections, SEARCH_WORDS);
}

const keyed = (segments: readonly Segment[]): SegmentView[] =>
  segments.map((segment, index) => ({ ...segment, key: String(index) }));

export function searchResults(index: SearchIndex, query: string): SearchResultView[] {
  return search(index, query).map((result) => ({
    ...result,
    title: keyed(result.title),
    snippet: keyed(result.snippet),
    url: linkUrl(result.target),
  }));
}
