// The sheet that opens after a copy: how to paste what was just copied (open the phone browser,
// long-press the address bar, 粘贴并访问), instead of a toast that is gone in a second.
import { defineComponent } from '../../common/define';
import { COPY_VALUES, isCopyValueId } from '../../content/copy-values';

defineComponent({
  properties: {
    show: { type: Boolean, value: false },
    /** Which value was copied (a CopyValueId). */
    copied: { type: String, value: '' },
  },
  data: { title: '', steps: [] as readonly string[], note: '', value: '' },
  observers: {
    copied(id: string) {
      const copied = isCopyValueId(id) ? COPY_VALUES[id] : undefined;
      this.setData({
        title: copied?.pasteTitle ?? '',
        steps: copied?.pasteSteps ?? [],
        note: copied?.pasteNote ?? '',
        value: copied?.value ?? '',
      });
    },
  },
  methods: {
    onClose() {
      this.triggerEvent('close');
    },
    /** Keeps the page behind the mask from scrolling. */
    noop() {
      return undefined;
    },
  },
});
