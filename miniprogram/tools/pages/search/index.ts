// 搜索: type a keyword, your own words or the message on screen; matching problems and sections,
// ranked, with the matched words highlighted, each opening at the part that matched. Nothing found:
// suggestions to tap and the finder. Runs on the phone; the query is neither stored nor sent.
import { definePage } from '../../../common/define-page';
import { parseTextParam } from '../../../core/page-query';
import type { RawQuery } from '../../../core/query';
import { routeShare } from '../../../content/routes';
import { datasetString } from '../../../services/navigation';
import { FINDER_NAME } from '../../../content/tools';
import { PAGES } from '../../../core/page-paths';
import { SUGGESTIONS } from '../../content/search-words';
import { guideIndex, searchResults, type SearchResultView } from '../../views/search';

const index = guideIndex();
const noResults: SearchResultView[] = [];

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('search'),
  data: {
    query: '',
    results: noResults,
    searched: false,
    suggestions: SUGGESTIONS,
    finderName: FINDER_NAME,
    finderUrl: PAGES.finder,
  },
  methods: {
    run(query: string) {
      const trimmed = query.trim();
      this.setData({
        query,
        results: trimmed.length > 0 ? searchResults(index, trimmed) : [],
        searched: trimmed.length > 0,
      });
    },
    onLoad(query: RawQuery) {
      const q = parseTextParam(query, 'q');
      if (q !== undefined) this.run(q);
    },
    /** Typing (each keystroke) and the keyboard's search key. */
    onChange(event: WechatMiniprogram.Input | WechatMiniprogram.InputConfirm) {
      this.run(event.detail.value);
    },
    onExample(event: WechatMiniprogram.BaseEvent) {
      const text = datasetString(event, 'text');
      if (text !== undefined) this.run(text);
    },
  },
});
