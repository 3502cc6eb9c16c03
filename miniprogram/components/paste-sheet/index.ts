// The sheet that opens after a copy: how to paste what was just copied (open the phone browser,
// long-press the address bar, 粘贴并访问), instead of a toast that is gone in a second.
import { COPY_VALUES, isCopyValueId } from '../../content/copy-values';

interface SheetData {
  title: string;
  steps: readonly string[];
  note: string;
  value: string;
}

const empty: SheetData = { title: '', steps: [], note: '', value: '' };

Component({
  options: { addGlobalClass: true },
  properties: {
    show: { type: Boolean, value: false },
    /** Which value was copied (a CopyValueId). */
    copied: { type: String, value: '' },
  },
  data: empty,
  observers: {
    copied(this: WechatMiniprogram.Component.TrivialInstance, id: string) {
      if (!isCopyValueId(id)) {
        this.setData(empty);
        return;
      }
      const copied = COPY_VALUES[id];
      this.setData({
        title: copied.pasteTitle,
        steps: copied.pasteSteps,
        note: copied.pasteNote,
        value: copied.value,
      });
    },
  },
  methods: {
    onClose(this: WechatMiniprogram.Component.TrivialInstance) {
      this.triggerEvent('close');
    },
  },
});
