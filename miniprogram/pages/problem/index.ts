// One of the nine problems, opened as /pages/problem/index?id=3&part=classmate.
import { problemPageData } from '../../content/page-data';
import type { ProblemView } from '../../content/view';
import type { HomeEntry } from '../../content/home';
import { openFromEvent, scrollToAnchor, setPageTitle } from '../../services/navigation';

Component({
  data: {
    view: null as ProblemView | null,
    notice: '',
    fallback: [] as readonly HomeEntry[],
    anchor: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const data = problemPageData(query);
      this.setData({
        view: data.view,
        notice: data.notice,
        fallback: data.fallback,
        anchor: data.anchor,
      });
      setPageTitle(data.title);
    },
    onReady() {
      if (this.data.anchor) scrollToAnchor(this.data.anchor);
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
