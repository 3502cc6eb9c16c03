// The classmate's page, opened from an assist card: who is asking (masked), the four taps on
// CHSI, the address to copy, what "already verified" means, and the reply card back.
import {
  definePage,
  shareButtonDataset,
  type ShareContent,
  type ShareOptions,
} from '../../common/define';
import { CLASSMATE_STEPS, CLASSMATE_TEXT } from '../../content/assist';
import { linkUrl } from '../../content/links';
import { schoolConfig } from '../../content/school-config';
import type { RawQuery } from '../../core/query';
import { appCard, replyCard } from '../../core/share-card';
import { copyChsiBehavior } from '../../behaviors/copy-chsi';
import { assistPageView } from '../../views/assist';

definePage({
  behaviors: [copyChsiBehavior],
  data: {
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
    onShareAppMessage(options: ShareOptions): ShareContent {
      const { replyId } = this.data;
      const isReply = shareButtonDataset(options)?.kind === 'reply';
      return isReply && replyId ? replyCard(replyId) : appCard();
    },
  },
});
