// The check section's checklist: 对 / 不对 for each field of the record. 不对 opens what to do
// (the contact and the ready-made message); all 对 offers to tick the step in 我的进度.
import { defineComponent } from '../../../common/define';
import { progressStore } from '../../../stores/progress-store';
import { datasetString, scrollToAnchor } from '../../../services/navigation';
import type { ChecklistView } from '../../views/blocks';
import { setWrongFields } from '../../common/wrong-fields';

type Answer = 'right' | 'wrong';

defineComponent({
  properties: {
    checklist: {
      type: Object,
      value: {
        title: '',
        items: [],
        wrongTitle: '',
        wrongText: '',
        wrongAnchor: '',
        wrongButton: '',
      },
    },
  },
  data: {
    answers: {},
    anyWrong: false,
    /** 民族、学号: the fields marked 不对, named back to the student. */
    wrongNames: '',
    allRight: false,
    recorded: false,
  },
  lifetimes: {
    // A new page starts with nothing marked; leaving it forgets the marks.
    attached() {
      setWrongFields([]);
    },
    detached() {
      setWrongFields([]);
    },
  },
  methods: {
    onAnswer(event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const answer = datasetString(event, 'answer');
      if (!key || (answer !== 'right' && answer !== 'wrong')) return;
      const answers: Record<string, Answer> = { ...this.data.answers, [key]: answer };
      const checklist = this.data.checklist as ChecklistView;
      const values = checklist.items.map((item) => answers[item.key]);
      const wrong = checklist.items
        .filter((item) => answers[item.key] === 'wrong')
        .map((item) => item.text);
      setWrongFields(wrong);
      this.setData({
        wrongNames: wrong.join('、'),
        answers,
        anyWrong: values.includes('wrong'),
        allRight: values.every((value) => value === 'right'),
      });
    },
    /** 不对 → the part with the contact and the ready-made message. */
    onContact(event: WechatMiniprogram.BaseEvent) {
      const anchor = datasetString(event, 'anchor');
      if (anchor) scrollToAnchor(anchor);
    },
    onRecord() {
      progressStore.ensureLoaded();
      progressStore.setDone([...progressStore.done, 'checkedFields', 'reported']);
      this.setData({ recorded: true });
    },
  },
});
