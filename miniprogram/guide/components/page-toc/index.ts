// 本页目录: the parts of a long guide page; a tap scrolls to the part.
import { defineComponent } from '../../../common/define';
import { datasetString, scrollToAnchor } from '../../../services/navigation';
import type { TocEntry } from '../../views/blocks';

defineComponent({
  properties: {
    entries: { type: Array, value: [] as TocEntry[] },
  },
  methods: {
    onTap(event: WechatMiniprogram.BaseEvent) {
      const anchor = datasetString(event, 'anchor');
      if (anchor) scrollToAnchor(anchor);
    },
  },
});
