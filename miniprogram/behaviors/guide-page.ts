// Shared by the section and problem pages: load the page's data from its query, title the page,
// scroll to the requested part once rendered, open links, open the part a decision's answer
// names (closing the other answers' parts).
import type { GuidePageData } from '../content/page-data';
import type { HomeEntry } from '../content/home';
import type { PartView } from '../content/view';
import { openFromEvent, scrollToAnchor, setPageTitle } from '../services/navigation';

interface GuidePageState<View> {
  view: View | null;
  notice: string;
  fallback: readonly HomeEntry[];
  anchor: string;
  open: Readonly<Record<string, boolean>>;
}

// `this` is annotated: inferring it through Behavior() and Component() fails for these methods.
type PageInstance = WechatMiniprogram.Component.TrivialInstance;

/** The parts the other answers of the decision that offers `opens` would open. */
export function siblingParts(parts: readonly PartView[], opens: string): readonly string[] {
  for (const part of parts) {
    for (const block of part.blocks) {
      const options = block.decision?.options ?? [];
      if (options.some((option) => option.opens === opens)) {
        return options.map((option) => option.opens);
      }
    }
  }
  return [];
}

export function guidePageBehavior<View extends { readonly parts: readonly PartView[] }>(
  load: (query: Record<string, string | undefined>) => GuidePageData<View>,
): string {
  const initial: GuidePageState<View> = {
    view: null,
    notice: '',
    fallback: [],
    anchor: '',
    open: {},
  };
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
          open: data.open,
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
      /** A decision's answer: open its part, close the parts of the other answers, go there. */
      onChoose(
        this: PageInstance,
        event: WechatMiniprogram.CustomEvent<{ opens?: unknown }>,
      ): void {
        const opens = event.detail.opens;
        const state = this.data as GuidePageState<View>;
        if (typeof opens !== 'string' || !state.view) return;
        const siblings = siblingParts(state.view.parts, opens);
        if (!siblings.includes(opens)) return;
        const open: Record<string, boolean> = { ...state.open };
        for (const sibling of siblings) open[sibling] = false;
        open[opens] = true;
        this.setData({ open }, () => {
          scrollToAnchor(`part-${opens}`);
        });
      },
    },
  });
}
