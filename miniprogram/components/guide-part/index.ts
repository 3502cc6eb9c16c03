// Renders one part of a section or problem: its title, badge and blocks (text, notices, steps,
// lists, described screens, form fields, links and the copy-the-address action).
import { schoolConfig } from '../../content/school-config';
import { copyChsiAddress } from '../../services/clipboard';
import { openFromEvent } from '../../services/navigation';
import type { PartView } from '../../content/view';

Component({
  options: { addGlobalClass: true },
  properties: {
    part: { type: Object, value: {} as PartView },
  },
  data: {
    chsiUrl: schoolConfig.chsiUrl,
    chsiDomain: schoolConfig.chsiDomain,
  },
  methods: {
    onCopy() {
      void copyChsiAddress();
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
