// The check section's checklist: 对 / 不对 for each field of the record. 不对 opens what to do
// (the contact and the ready-made message); all 对 offers to tick the step in 我的进度.
import { progressStore } from '../../stores/progress-store';
import { datasetString } from '../../services/navigation';

type Answer = 'right' | 'wrong';
type Instance = WechatMiniprogram.Component.TrivialInstance;

interface ChecklistData {
  answers: Record<string, Answer>;
  anyWrong: boolean;
  allRight: boolean;
  recorded: boolean;
}

const initial: ChecklistData = { answers: {}, anyWrong: false, allRight: false, recorded: false };

Component({
  options: { addGlobalClass: true },
  properties: {
    /** ChecklistView from the view layer. */
    checklist: { type: Object, value: { title: '', items: [], wrongTitle: '', wrongText: '' } },
  },
  data: initial,
  methods: {
    onAnswer(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const answer = datasetString(event, 'answer');
      if (!key || (answer !== 'right' && answer !== 'wrong')) return;
      const data = this.data as ChecklistData & { checklist: { items: { key: string }[] } };
      const answers: Record<string, Answer> = { ...data.answers };
      answers[key] = answer;
      const items = data.checklist.items;
      const values = items.map((item) => answers[item.key]);
      this.setData({
        answers,
        anyWrong: values.includes('wrong'),
        allRight: values.every((value) => value === 'right'),
      });
    },
    onRecord(this: Instance) {
      progressStore.ensureLoaded();
      progressStore.setDone([...progressStore.done, 'checkedFields', 'reported']);
      this.setData({ recorded: true });
    },
  },
});
