// Who to contact for one kind of trouble (content/contact.ts): the school for a wrong record, CHSI
// for account problems. A set phone number dials on a tap; the ready-made message copies.
import { defineComponent } from '../../../common/define';
import { contactCardView, type ContactCardView } from '../../content/contact-card';
import { PROBLEM_IDS, findProblem } from '../../../content/problems';
import type { TroubleKind } from '../../../content/types';
import { copyText } from '../../../services/clipboard';
import { datasetString } from '../../../services/navigation';
import { callPhone } from '../../services/phone';
import { onWrongFields, wrongFields } from '../../common/wrong-fields';

const KINDS: readonly TroubleKind[] = ['record', 'no-record', 'unchecked', 'account'];

function cardFor(trouble: unknown, problem: unknown): ContactCardView {
  const kind = KINDS.find((candidate) => candidate === trouble) ?? 'record';
  const id = PROBLEM_IDS.find((candidate) => candidate === problem);
  // The checklist's 不对 fields go into the message only where no problem names the trouble.
  const fields = kind === 'record' && id === undefined ? wrongFields() : [];
  return contactCardView(kind, id === undefined ? undefined : findProblem(id), undefined, fields);
}

/** Each card's unsubscribe from the checklist's fields, dropped when it detaches. */
const subscriptions = new WeakMap<object, () => void>();

defineComponent({
  properties: {
    trouble: { type: String, value: 'record' },
    /** The problem page this card sits on (0: none), so the message quotes its on-screen words. */
    problem: { type: Number, value: 0 },
  },
  data: { card: contactCardView('record') },
  observers: {
    'trouble, problem': function (this: { setData(data: object): void }, trouble, problem) {
      this.setData({ card: cardFor(trouble, problem) });
    },
  },
  lifetimes: {
    attached() {
      const refresh = () => {
        this.setData({ card: cardFor(this.properties.trouble, this.properties.problem) });
      };
      refresh();
      subscriptions.set(this, onWrongFields(refresh));
    },
    detached() {
      subscriptions.get(this)?.();
      subscriptions.delete(this);
    },
  },
  methods: {
    onCall() {
      if (this.data.card.phone) void callPhone(this.data.card.phone);
    },
    onCopyMessage() {
      void copyText(this.data.card.message, '已复制，粘贴到微信或邮件');
    },
    onCopy(event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const item = this.data.card.copies.find((candidate) => candidate.key === key);
      if (item) void copyText(item.text, '已复制');
    },
  },
});
