// The requester's side of classmate assist (problem 3, path (2)): today's count first, the record
// button on the first screen, the newest record with its share button right under the
// confirmation, each request's state (已申请 → 已发卡片 → 同学已完成), and the classmate's reply card
// (`?done=<id>`). A record storage refused is kept on screen and said to be 未保存.
import {
  definePage,
  shareButtonDataset,
  type ShareContent,
  type ShareOptions,
} from '../../../common/define-page';
import {
  CARD_CONTENT,
  HELPER_TEXT,
  RECORD_TEXT,
  REMINDER_HOUR,
  REQUESTER_TEXT,
} from '../../content/assist';
import { linkUrl } from '../../../content/links';
import { sanitizeLabel } from '../../core/assist-requests';
import { beijingTimeText, nextBeijingMorning } from '../../../core/beijing-day';
import type { RawQuery } from '../../../core/query';
import { assistCard, parseReplyQuery, STATIC_CARD_IMAGE } from '../../../core/share-card';
import { copyChipViews, type CopyChipView } from '../../../views/copy';
import { appCard } from '../../../views/share';
import {
  addPhoneReminder,
  openPermissionSettings,
  type ReminderOutcome,
} from '../../../services/calendar';
import { drawShareCard } from '../../services/card-canvas';
import { confirmAction } from '../../services/dialog';
import { assistStore } from '../../stores/assist-store';
import { datasetString } from '../../../services/navigation';

type MessageKind = '' | 'recorded' | 'refused' | 'reply' | 'notice';

interface ClassHelperData {
  text: typeof REQUESTER_TEXT;
  words: typeof HELPER_TEXT;
  problemUrl: string;
  copyChsi: readonly CopyChipView[];
  labelInput: string;
  /** What the history will show for the typed label (only letters and Chinese are kept). */
  labelPreview: string;
  message: string;
  messageKind: MessageKind;
  /** The request recorded just now, shown under the confirmation with its share button. */
  newestId: string;
  recoveredNotice: string;
  cardImage: string;
  reminderOutcome: '' | ReminderOutcome;
  reminderMessage: string;
}

const initial: ClassHelperData = {
  text: REQUESTER_TEXT,
  words: HELPER_TEXT,
  problemUrl: linkUrl({ kind: 'problem', id: 3, part: 'classmate' }),
  copyChsi: copyChipViews(['chsi-url']),
  labelInput: '',
  labelPreview: '',
  message: '',
  messageKind: '',
  newestId: '',
  recoveredNotice: '',
  cardImage: STATIC_CARD_IMAGE,
  reminderOutcome: '',
  reminderMessage: '',
};

const CANVAS_ID = 'share-card-canvas';

function reminderMessage(outcome: ReminderOutcome, startsAt: number): string {
  switch (outcome) {
    case 'opened':
      return HELPER_TEXT.reminderOpened(beijingTimeText(startsAt));
    case 'cancelled':
      return HELPER_TEXT.reminderCancelled;
    case 'unavailable':
      return HELPER_TEXT.reminderUnavailable;
    case 'denied':
      return HELPER_TEXT.reminderDenied;
    case 'no-consent':
      return HELPER_TEXT.reminderNoConsent;
    case 'unsupported':
      return HELPER_TEXT.reminderUnsupported;
    case 'failed':
      return HELPER_TEXT.reminderFailed;
  }
}

definePage({
  data: initial,
  storeBindings: {
    store: assistStore,
    fields: [
      'counterText',
      'remaining',
      'elsewhere',
      'limitReached',
      'nextRecordText',
      'meter',
      'history',
      'requesterMask',
      'unsaved',
    ],
  },
  methods: {
    onLoad(query: RawQuery) {
      assistStore.ensureLoaded();
      assistStore.tick();
      const recoveredNotice = assistStore.recovered ? RECORD_TEXT.recovered : '';
      this.setData({ recoveredNotice });
      this.handleReply(query);
    },
    onShow() {
      // The day may have turned while the page was in the background; unsaved records try again.
      assistStore.tick();
      if (assistStore.unsaved) assistStore.retrySave();
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
          this.show('notice', RECORD_TEXT.replyUnreadable);
        }
        return;
      }
      const result = assistStore.markDone(reply.value);
      if (!result.ok) {
        this.show('notice', RECORD_TEXT.replyUnknown);
        return;
      }
      const name = result.value.request.classmateLabel || RECORD_TEXT.classmate;
      this.show(
        'reply',
        result.value.changed ? RECORD_TEXT.replyDone(name) : RECORD_TEXT.replyAgain,
      );
    },
    onLabelInput(event: WechatMiniprogram.Input) {
      const labelInput = event.detail.value;
      this.setData({ labelInput, labelPreview: sanitizeLabel(labelInput) });
    },
    onNameInput(event: WechatMiniprogram.Input) {
      assistStore.setRequesterName(event.detail.value);
    },
    onRecord() {
      const result = assistStore.record(this.data.labelInput);
      if (!result.ok) {
        this.show('refused', RECORD_TEXT.refused);
        return;
      }
      const name = result.value.request.classmateLabel || RECORD_TEXT.thisClassmate;
      this.setData({ labelInput: '', labelPreview: '', newestId: result.value.request.id });
      this.show('recorded', HELPER_TEXT.recorded(name));
    },
    onRetrySave() {
      if (assistStore.retrySave()) this.show('notice', HELPER_TEXT.savedAgain);
    },
    onDelete(event: WechatMiniprogram.BaseEvent) {
      const dataset = event.currentTarget.dataset as Record<string, unknown>;
      const id = dataset.id;
      if (typeof id !== 'string' || id === '') return;
      void confirmAction({
        title: HELPER_TEXT.deleteTitle,
        content: HELPER_TEXT.deleteContent,
        confirmText: '删除',
      }).then((confirmed) => {
        if (!confirmed || !assistStore.deleteRequest(id)) return;
        if (this.data.newestId === id) this.setData({ newestId: '' });
        this.show('notice', HELPER_TEXT.deleted);
      });
    },
    /** − / ＋ beside 今天已在学信网上发出、没在本页记下的. */
    onElsewhere(event: WechatMiniprogram.BaseEvent) {
      const delta = Number(datasetString(event, 'delta'));
      if (delta === 1 || delta === -1) assistStore.changeElsewhere(delta);
    },
    onRemind() {
      // Called straight from the tap: WeChat allows addPhoneCalendar only there.
      const startsAt = nextBeijingMorning(assistStore.now, REMINDER_HOUR);
      void addPhoneReminder({
        title: HELPER_TEXT.reminderTitle,
        description: HELPER_TEXT.reminderDescription,
        startsAt,
      }).then((outcome) => {
        this.setData({
          reminderOutcome: outcome,
          reminderMessage: reminderMessage(outcome, startsAt),
        });
      });
    },
    onOpenSettings() {
      void openPermissionSettings().then((allowed) => {
        if (allowed) this.setData({ reminderOutcome: '', reminderMessage: '' });
      });
    },
    show(messageKind: MessageKind, message: string) {
      this.setData({ messageKind, message });
    },
    onShareAppMessage(options: ShareOptions): ShareContent {
      const id = shareButtonDataset(options)?.id;
      const request = typeof id === 'string' ? assistStore.find(id) : undefined;
      // The ··· menu, or anything unknown: the generic card, never a screenshot of the history.
      if (!request || request.deleted) return appCard();
      // Sending the card again for the same request only shares it; nothing is counted.
      assistStore.markCardSent(request.id);
      return assistCard(request, assistStore.requesterMask, this.data.cardImage);
    },
  },
});
