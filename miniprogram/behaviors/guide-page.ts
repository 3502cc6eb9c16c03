// Shared by the section and problem pages: load the page's data from its query, title the page,
// scroll to the requested part once rendered, and open links.
import type { GuidePageData } from '../content/page-data';
import type { HomeEntry } from '../content/home';
import { openFromEvent, scrollToAnchor, setPageTitle } from '../services/navigation';

interface GuidePageState<View> {
  view: View | null;
  notice: string;
  fallback: readonly HomeEntry[];
  anchor: string;
}

// `this` is annotated: inferring it through Behavior() and Component() fails for these methods.
type PageInstance = WechatMiniprogram.Component.TrivialInstance;

export function guidePageBehavior<View>(
  load: (query: Record<string, string | undefined>) => GuidePageData<View>,
): string {
  const initial: GuidePageState<View> = { view: null, notice: '', fallback: [], anchor: '' };
  return Behavior({
    data: initial,
    methods: {
      onLoad(this: PageInstance, query: Record<string, string | undefined>): void {
        const data = load(query);
        const state: GuidePageState<View> = {
          view: data.view,
          notice: data.notice,
          fallback: data.fallback,
          anchor: data.anchor,
        };
        this.setData(state);
        setPageTitle(data.title);
      },
      onReady(this: PageInstance): void {
        const anchor = (this.data as GuidePageState<View>).anchor;
        if (anchor) scrollToAnchor(anchor);
      },
      onOpen(event: WechatMiniprogram.BaseEvent): void {
        openFromEvent(event);
      },
    },
  });
}
