// The classmate's page, opened from an assist card: who is asking (masked), the four taps on
// CHSI with the address to copy inside step 1, the reply button right under the steps (its card
// carries a drawn ✓ picture), and what "already verified" means.
import {
  CLASSMATE_STEPS,
  CLASSMATE_TEXT,
  REPLY_CARD_CONTENT,
  assistPageView,
} from '../../content/assist';
import { linkUrl } from '../../content/links';
import { schoolConfig } from '../../content/school-config';
import { STATIC_REPLY_IMAGE, appCard, replyCard, type SharePayload } from '../../core/share-card';
import type { RawQuery } from '../../core/page-query';
import { drawShareCard } from '../../services/card-canvas';
import { copyChsiAddress } from '../../services/clipboard';
import { openFromEvent } from '../../services/navigation';

interface AssistPageData {
  asker: string;
  dayText: string;
  notice: string;
  replyId: string;
  steps: readonly string[];
  text: typeof CLASSMATE_TEXT;
  chsiUrl: string;
  chsiDomain: string;
  homeUrl: string;
  registerUrl: string;
  replyImage: string;
}

const initial: AssistPageData = {
  asker: '',
  dayText: '',
  notice: '',
  replyId: '',
  steps: CLASSMATE_STEPS,
  text: CLASSMATE_TEXT,
  chsiUrl: schoolConfig.chsiUrl,
  chsiDomain: schoolConfig.chsiDomain,
  homeUrl: linkUrl({ kind: 'home' }),
  registerUrl: linkUrl({ kind: 'section', id: 'register' }),
  replyImage: STATIC_REPLY_IMAGE,
};

const CANVAS_ID = 'reply-card-canvas';

// `this` is annotated: inference through Component() fails for these methods (see house style).
type PageInstance = WechatMiniprogram.Component.TrivialInstance;

interface ShareOptions {
  from?: string;
  target?: { dataset?: Record<string, unknown> };
}

Component({
  data: initial,
  methods: {
    onLoad(this: PageInstance, query: RawQuery) {
      const view = assistPageView(query);
      this.setData({
        asker: view.asker,
        dayText: view.dayText,
        notice: view.notice,
        replyId: view.replyId,
      });
    },
    onReady(this: PageInstance) {
      if (!(this.data as AssistPageData).replyId) return;
      void drawShareCard(this, CANVAS_ID, REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE).then(
        (replyImage) => {
          this.setData({ replyImage });
        },
      );
    },
    onCopy() {
      void copyChsiAddress();
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
    onShareAppMessage(this: PageInstance, options: ShareOptions): SharePayload {
      const { replyId, replyImage } = this.data as AssistPageData;
      const isReply = options.from === 'button' && options.target?.dataset?.kind === 'reply';
      return isReply && replyId ? replyCard(replyId, replyImage) : appCard();
    },
  },
});
