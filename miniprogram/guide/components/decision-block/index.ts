// A decision: the question, then one button per answer. Tapping an answer reports `choose` with
// the part it opens; the page opens that part and closes its siblings. An answer that leads to a
// step that cannot be undone carries its consequence on the button, in the irreversible style.
import { defineComponent } from '../../../common/define';
import { datasetString } from '../../../services/navigation';

defineComponent({
  properties: {
    decision: { type: Object, value: { question: '', options: [] } },
    /** The page's open parts (part id → true), so the chosen answer shows as chosen. */
    open: { type: Object, value: {} },
  },
  methods: {
    onChoose(event: WechatMiniprogram.BaseEvent) {
      const opens = datasetString(event, 'opens');
      if (opens) this.triggerEvent('choose', { opens });
    },
  },
});
