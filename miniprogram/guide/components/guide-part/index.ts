// Renders one part of a section or problem: its title, badge and blocks (text, notices, steps,
// lists, form fields, links) and hands the action blocks to their one renderer each (copy chips,
// decisions, drawn CHSI screens, the 对/不对 checklist).
import { defineComponent } from '../../../common/define';
import { datasetString } from '../../../services/navigation';
import type { PartView } from '../../views/guide';

const noneExpanded: Record<string, boolean> = {};

defineComponent({
  properties: {
    part: { type: Object, value: {} as PartView },
    /** The page's open parts (part id → true), for the decisions in this part. */
    open: { type: Object, value: {} },
  },
  data: {
    /** Field lists the student opened (block key → true). */
    expanded: noneExpanded,
  },
  methods: {
    /** A decision's answer, passed on to the page, which opens the part. */
    onChoose(event: WechatMiniprogram.CustomEvent<{ opens: string }>) {
      this.triggerEvent('choose', event.detail);
    },
    onToggleFields(event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      if (key) this.setData({ [`expanded.${key}`]: !this.data.expanded[key] });
    },
  },
});
