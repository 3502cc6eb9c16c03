// 本页目录: the parts of a long guide page; a tap scrolls to the part.
import { datasetString, scrollToAnchor } from '../../services/navigation';

Component({
  options: { addGlobalClass: true },
  properties: {
    /** TocEntry[] from the view layer. */
    entries: { type: Array, value: [] },
  },
  methods: {
    onTap(event: WechatMiniprogram.BaseEvent) {
      const anchor = datasetString(event, 'anchor');
      if (anchor) scrollToAnchor(anchor);
    },
  },
});
