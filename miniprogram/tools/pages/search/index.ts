// 搜索: type a keyword or paste the message on screen; matching problems and sections, ranked,
// with the matched words highlighted. Runs on the phone; the query is neither stored nor sent.
import { definePage } from '../../../common/define-page';
import { problems } from '../../../content/problems';
import { sections } from '../../../content/sections';
import { parseTextParam } from '../../../core/page-query';
import type { RawQuery } from '../../../core/query';
import { routeShare } from '../../../content/routes';
import { datasetString } from '../../../services/navigation';
import { buildIndex } from '../../core/search';
import { searchResults, type SearchResultView } from '../../views/search';

const EXAMPLES = ['证件号码已注册', '手机号已存在', '请求被取消', '未查名单', '邮箱'] as const;

const index = buildIndex(problems, sections);
const noResults: SearchResultView[] = [];

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('search'),
  data: { query: '', results: noResults, searched: false, examples: EXAMPLES },
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
    onChange(event: WechatMiniprogram.CustomEvent) {
      this.run(typeof event.detail === 'string' ? event.detail : '');
    },
    onExample(event: WechatMiniprogram.BaseEvent) {
      const text = datasetString(event, 'text');
      if (text !== undefined) this.run(text);
    },
  },
});
