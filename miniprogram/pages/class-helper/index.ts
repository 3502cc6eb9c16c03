// The requester's side of classmate assist (problem 3, path (2)): who can help, what to enter on
// CHSI, a record of each request with today's count (DAILY_LIMIT a day), a share card per request, and the
// classmate's reply card (`?done=<id>`) marking a request 同学已完成.
import {
  definePage,
  shareButtonDataset,
  type ShareContent,
  type ShareOptions,
} from '../../common/define';
import { CARD_CONTENT, REQUESTER_TEXT } from '../../content/assist';
import { linkUrl } from '../../content/links';
import type { RawQuery } from '../../core/query';
import { appCard, assistCard, parseReplyQuery, STATIC_CARD_IMAGE } from '../../core/share-card';
import { drawShareCard } from '../../services/card-canvas';
import { assistStore } from '../../stores/assist-store';

type MessageKind = '' | 'recorded' | 'refused' | 'reply' | 'notice';

interface ClassHelperData {
  text: typeof REQUESTER_TEXT;
  problemUrl: string;
  labelInput: string;
  message: string;
  messageKind: MessageKind;
  recoveredNotice: string;
  cardImage: string;
}

const initial: ClassHelperData = {
  text: REQUESTER_TEXT,
  problemUrl: linkUrl({ kind: 'problem', id: 3, part: 'classmate' }),
  labelInput: '',
  message: '',
  messageKind: '',
  recoveredNotice: '',
  cardImage: STATIC_CARD_IMAGE,
};

const CANVAS_ID = 'share-card-canvas';

definePage({
  data: initial,
  storeBindings: {
    store: assistStore,
    fields: ['counterText', 'remaining', 'history', 'requesterMask'],
  },
  methods: {
    onLoad(query: RawQuery) {
      assistStore.ensureLoaded();
      assistStore.tick();
      const recoveredNotice = assistStore.recovered
        ? '之前保存的申请记录无法读取，已另存一份备份，这里从头开始记录。'
        : '';
      this.setData({ recoveredNotice });
      this.handleReply(query);
    },
    onShow() {
      // The day may have turned while the page was in the background.
      assistStore.tick();
    },
    onReady() {
      void drawShareCard(this, CANVAS_ID, CARD_CONTENT).then((cardImage) => {
        this.setData({ cardImage });
      });
    },
    handleReply(query: RawQuery) {
      const reply = parseReplyQuery(query);
      if (!reply.ok) {
        if (reply.error !== 'missing') {
          this.show('notice', '这张回复卡片的内容无法识别，已忽略。你的申请记录没有变化。');
        }
        return;
      }
      const result = assistStore.markDone(reply.value);
      if (!result.ok) {
        this.show(
          'notice',
          '这张回复卡片对应的申请不在这台手机的记录里（可能是在别的手机上记的）。请登录学信网查看验证是否已完成。',
        );
        return;
      }
      const name = result.value.request.classmateLabel || '同学';
      this.show(
        'reply',
        result.value.changed
          ? `已收到回复：${name}已在学信网点了“是”，这次申请已标为“同学已完成”。请登录学信网查看验证结果。`
          : `这次申请之前已标为“同学已完成”。`,
      );
    },
    onLabelInput(event: WechatMiniprogram.Input) {
      this.setData({ labelInput: event.detail.value });
    },
    onNameInput(event: WechatMiniprogram.Input) {
      assistStore.setRequesterName(event.detail.value);
    },
    onRecord() {
      const result = assistStore.record(this.data.labelInput);
      if (!result.ok) {
        this.show('refused', result.error.message);
        return;
      }
      const name = result.value.request.classmateLabel || '这位同学';
      this.setData({ labelInput: '' });
      this.show(
        'recorded',
        `已记下：今天向${name}发出了申请。点这条记录的“发卡片给同学”，告诉${name}怎么完成协助。`,
      );
    },
    show(messageKind: MessageKind, message: string) {
      this.setData({ messageKind, message });
    },
    onShareAppMessage(options: ShareOptions): ShareContent {
      const id = shareButtonDataset(options)?.id;
      const request = typeof id === 'string' ? assistStore.find(id) : undefined;
      if (!request) return appCard();
      // Sending the card again for the same request only shares it; nothing is counted.
      return assistCard(request, assistStore.requesterMask, this.data.cardImage);
    },
  },
});
