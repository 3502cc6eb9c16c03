// 搜索: type a keyword or paste the message on screen; matching problems and sections, ranked,
// with the matched words highlighted. Runs on the phone; the query is neither stored nor sent.
import { problems } from '../../../content/problems';
import { sections } from '../../../content/sections';
import { buildIndex, search, type SearchResult } from '../../core/search';
import { queryValue } from '../../../core/page-query';
import { openFromEvent } from '../../../services/navigation';

const EXAMPLES = ['证件号码已注册', '手机号已存在', '请求被取消', '未查名单', '邮箱'] as const;

interface SearchPageData {
  query: string;
  results: SearchResult[];
  searched: boolean;
  examples: readonly string[];
}

const initial: SearchPageData = { query: '', results: [], searched: false, examples: EXAMPLES };

const index = buildIndex(problems, sections);

type Instance = WechatMiniprogram.Component.TrivialInstance;

function run(instance: Instance, query: string): void {
  const trimmed = query.trim();
  instance.setData({
    query,
    results: trimmed.length > 0 ? search(index, trimmed) : [],
    searched: trimmed.length > 0,
  });
}

Component({
  data: initial,
  methods: {
    onLoad(this: Instance, query: Record<string, string | undefined>) {
      const q = queryValue(query, 'q');
      if (q !== undefined) run(this, q);
    },
    onChange(this: Instance, event: WechatMiniprogram.CustomEvent) {
      run(this, typeof event.detail === 'string' ? event.detail : '');
    },
    onExample(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const dataset = event.currentTarget.dataset as Record<string, unknown>;
      const text = dataset.text;
      if (typeof text === 'string') run(this, text);
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
