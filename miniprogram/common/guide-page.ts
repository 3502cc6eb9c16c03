// Shared by the section and problem pages: load the page's data from its query, title the page,
// and scroll to the requested part once rendered. Links come with definePage.
import { definePage } from './define';
import type { RawQuery } from '../core/query';
import { HOME_SHARE, type PageShare } from '../views/share';
import { scrollToAnchor, setPageTitle } from '../services/navigation';
import type { GuidePageData } from '../views/guide-page';
import type { HomeEntry } from '../views/home';

interface GuidePageState<View> {
  view: View | null;
  notice: string;
  fallback: readonly HomeEntry[];
  anchor: string;
  share: PageShare;
}

/** Defines a guide page that shows `load(query)`. */
export function guidePage<View>(load: (query: RawQuery) => GuidePageData<View>): string {
  const initial: GuidePageState<View> = {
    view: null,
    notice: '',
    fallback: [],
    anchor: '',
    share: HOME_SHARE,
  };
  return definePage({
    data: initial,
    share() {
      return this.data.share;
    },
    methods: {
      onLoad(query: RawQuery) {
        const data = load(query);
        this.setData({
          view: data.view,
          notice: data.notice,
          fallback: data.fallback,
          anchor: data.anchor,
          share: data.share,
        });
        setPageTitle(data.title);
      },
      onReady() {
        if (this.data.anchor) scrollToAnchor(this.data.anchor);
      },
    },
  });
}
