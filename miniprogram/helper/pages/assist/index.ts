// The classmate's page, opened from an assist card: who is asking (masked), the four taps on
// CHSI with the address to copy inside step 1, the reply button right under the steps (its card
// carries a drawn ✓ picture), and what "already verified" means.
import {
  definePage,
  shareButtonDataset,
  type ShareContent,
  type ShareOptions,
} from '../../../common/define-page';
import {
  CLASSMATE_STEPS,
  CLASSMATE_TEXT,
  REPLY_CARD_CONTENT,
  REPLY_CARD_TITLE,
} from '../../content/assist';
import { linkUrl } from '../../../content/links';
import type { RawQuery } from '../../../core/query';
import { STATIC_REPLY_IMAGE, replyCardPath } from '../../../core/share-card';
import { copyChipViews } from '../../../views/copy';
import { appCard } from '../../../views/share';
import { drawShareCard } from '../../services/card-canvas';
import { assistPageView } from './view';

const CANVAS_ID = 'reply-card-canvas';

definePage({
  data: {
    asker: '',
    dayText: '',
    notice: '',
    replyId: '',
    steps: CLASSMATE_STEPS,
    text: CLASSMATE_TEXT,
    copyChsi: copyChipViews(['chsi-url']),
    homeUrl: linkUrl({ kind: 'home' }),
    registerUrl: linkUrl({ kind: 'section', id: 'register' }),
    replyImage: STATIC_REPLY_IMAGE,
  },
  methods: {
    onLoad(query: RawQuery) {
      const view = assistPageView(query);
      this.setData({
        asker: view.asker,
        dayText: view.dayText,
        notice: view.notice,
        replyId: view.replyId,
      });
    },
    onReady() {
      if (!this.data.replyId) return;
      void drawShareCard(this, CANVAS_ID, REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE).then(
        (replyImage) => {
          this.setData({ replyImage });
        },
      );
    },
    onShareAppMessage(options: ShareOptions): ShareContent {
      const { replyId, replyImage } = this.data;
      const isReply = shareButtonDataset(options)?.kind === 'reply';
      if (!isReply || !replyId) return appCard();
      return { title: REPLY_CARD_TITLE, path: replyCardPath(replyId), imageUrl: replyImage };
    },
  },
});
