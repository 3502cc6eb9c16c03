// Copy chips: one per value the student types on CHSI (the address, 学校全称, 入学年份). A tap
// copies exactly that value through the privacy-consent path, then the paste sheet says how to
// paste it. The one renderer for every copy action on the guide pages and home.
import { defineComponent } from '../../common/define';
import { COPY_VALUES, isCopyValueId } from '../../content/copy-values';
import { copyText } from '../../services/clipboard';
import { datasetString } from '../../services/navigation';
import type { CopyChipView } from '../../views/copy';

defineComponent({
  properties: {
    chips: { type: Array, value: [] as CopyChipView[] },
    /** 'row' puts the chips side by side; 'list' stacks them. */
    layout: { type: String, value: 'list' },
  },
  data: { sheetShown: false, copied: '' },
  methods: {
    onCopy(event: WechatMiniprogram.BaseEvent) {
      const id = datasetString(event, 'id');
      if (!isCopyValueId(id)) return;
      void copyText(COPY_VALUES[id].value).then((outcome) => {
        // 'shown': the value is on screen to copy by hand; a sheet would only get in the way.
        if (outcome === 'copied') this.setData({ sheetShown: true, copied: id });
      });
    },
    onSheetClose() {
      this.setData({ sheetShown: false });
    },
  },
});
