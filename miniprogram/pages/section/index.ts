// One guide section (注册 or 登录并核对), opened as /pages/section/index?id=register&part=form.
import { sectionPageData } from '../../content/page-data';
import type { SectionView } from '../../content/view';
import type { HomeEntry } from '../../content/home';
import { openFromEvent, scrollToAnchor, setPageTitle } from '../../services/navigation';

Component({
  data: {
    view: null as SectionView | null,
    notice: '',
    fallback: [] as readonly HomeEntry[],
    anchor: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const data = sectionPageData(query);
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
