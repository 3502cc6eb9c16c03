// Renders one part of a section or problem: its title, badge and blocks (text, notices, steps,
// lists, form fields, links) and hands the action blocks to their one renderer each (copy chips,
// decisions, drawn CHSI screens, the 对/不对 checklist).
import { openFromEvent, datasetString } from '../../services/navigation';
import type { PartView } from '../../content/view';

type Instance = WechatMiniprogram.Component.TrivialInstance;

Component({
  options: { addGlobalClass: true },
  properties: {
    part: { type: Object, value: {} as PartView },
    /** The page's open parts (part id → true), for the decisions in this part. */
    open: { type: Object, value: {} },
  },
  data: {
    /** Field lists the student opened (block key → true). */
    expanded: {} as Record<string, boolean>,
  },
  methods: {
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
    onChoose(this: Instance, event: WechatMiniprogram.CustomEvent<{ opens: string }>) {
      this.triggerEvent('choose', event.detail);
    },
    onToggleFields(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      if (!key) return;
      const expanded = (this.data as { expanded: Record<string, boolean> }).expanded;
      this.setData({ [`expanded.${key}`]: !expanded[key] });
    },
  },
});
