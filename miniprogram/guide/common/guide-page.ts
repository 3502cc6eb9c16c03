// Shared by the section and problem pages: load the page's data from its query, title the page,
// scroll to the requested part once rendered, and open the part a decision's answer names
// (closing the parts of the other answers). Links come with definePage.
import { definePage } from '../../common/define-page';
import type { RawQuery } from '../../core/query';
import { HOME_SHARE, type PageShare } from '../../views/share';
import { scrollToAnchor, setPageTitle } from '../../services/navigation';
import { siblingParts } from '../views/blocks';
import type { PartView } from '../views/guide';
import type { GuidePageData } from '../views/guide-page';
import type { HomeEntry } from '../../views/home';

interface GuidePageState<View> {
  view: View | null;
  notice: string;
  fallback: readonly HomeEntry[];
  anchor: string;
  share: PageShare;
  /** Parts a decision opens that are open now (part id → true). */
  open: Readonly<Record<string, boolean>>;
}

/** Defines a guide page that shows `load(query)`. */
export function guidePage<View extends { readonly parts: readonly PartView[] }>(
  load: (query: RawQuery) => GuidePageData<View>,
): string {
  const initial: GuidePageState<View> = {
    view: null,
    notice: '',
    fallback: [],
    anchor: '',
    share: HOME_SHARE,
    open: {},
  };
  return definePage({
    data: initial,
    // The card says what this page shows (its route code); set in onLoad.
    share(this: { readonly data: GuidePageState<View> }) {
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
          open: data.open,
        });
        setPageTitle(data.title);
      },
      onReady() {
        if (this.data.anchor) scrollToAnchor(this.data.anchor);
      },
      /** A decision's answer: open its part, close the other answers' parts, scroll there. */
      onChoose(event: WechatMiniprogram.CustomEvent<{ opens?: unknown }>) {
        const opens = event.detail.opens;
        const view = this.data.view;
        if (typeof opens !== 'string' || !view) return;
        const siblings = siblingParts(view.parts, opens);
        if (!siblings.includes(opens)) return;
        const open: Record<string, boolean> = { ...this.data.open };
        for (const sibling of siblings) open[sibling] = false;
        open[opens] = true;
        this.setData({ open }, () => {
          scrollToAnchor(`part-${opens}`);
        });
      },
    },
  });
}
