// The link behaviour every page and component gets from define.ts (like Vant's
// mixins/link.ts): a tappable element with `data-url="..." bind:tap="onOpen"` opens that page.
import { openFromEvent } from '../services/navigation';

export interface LinkMethods {
  /** Opens the page in the tapped element's `data-url`; anything else is ignored. */
  onOpen(event: WechatMiniprogram.BaseEvent): void;
}

const methods: LinkMethods = {
  onOpen(event) {
    openFromEvent(event);
  },
};

export const linkBehavior: string = Behavior({ methods: { ...methods } });
