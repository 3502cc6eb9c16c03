// Who to contact for one kind of trouble (content/contact.ts): the school for a wrong record, CHSI
// for account problems. A set phone number dials on a tap; the ready-made message copies.
import { contactCardView } from '../../content/contact';
import { PROBLEM_IDS, findProblem } from '../../content/problems';
import type { ProblemId, TroubleKind } from '../../content/types';
import { copyText } from '../../services/clipboard';
import { datasetString } from '../../services/navigation';
import { callPhone } from '../../services/phone';

type Instance = WechatMiniprogram.Component.TrivialInstance;

function render(instance: Instance, trouble: unknown, problem: unknown): void {
  const kind: TroubleKind = trouble === 'account' ? 'account' : 'record';
  const id = PROBLEM_IDS.find((candidate) => candidate === problem);
  instance.setData({ card: contactCardView(kind, id ? findProblem(id as ProblemId) : undefined) });
}

Component({
  options: { addGlobalClass: true },
  properties: {
    trouble: { type: String, value: 'record' },
    /** The problem page this card sits on (0: none), so the message quotes its on-screen words. */
    problem: { type: Number, value: 0 },
  },
  data: { card: contactCardView('record') },
  observers: {
    'trouble, problem': function (this: Instance, trouble: unknown, problem: unknown) {
      render(this, trouble, problem);
    },
  },
  lifetimes: {
    attached(this: Instance) {
      const props = this.properties as { trouble: unknown; problem: unknown };
      render(this, props.trouble, props.problem);
    },
  },
  methods: {
    onCall(this: Instance) {
      const { card } = this.data as { card: { phone: string } };
      if (card.phone) void callPhone(card.phone);
    },
    onCopyMessage(this: Instance) {
      const { card } = this.data as { card: { message: string } };
      void copyText(card.message, '已复制，粘贴到微信或邮件里发出');
    },
    onCopy(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const { card } = this.data as { card: { copies: { key: string; text: string }[] } };
      const item = card.copies.find((candidate) => candidate.key === key);
      if (item) void copyText(item.text, '已复制');
    },
  },
});
