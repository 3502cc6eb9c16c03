// The home page's 我的进度 n/5: collapsed to one row; opened, each step shows its note, its
// circle ticks it (only the circle), and the rest of its row opens the guide page for it
// (onOpen, the link behaviour). State lives in the progress store, kept on the phone only.
import { defineComponent } from '../../common/define';
import { isProgressStepId } from '../../content/progress';
import { progressStore } from '../../stores/progress-store';
import { datasetString } from '../../services/navigation';

defineComponent({
  storeBindings: {
    store: progressStore,
    fields: ['steps', 'doneCount', 'total', 'recovered'],
  },
  data: { expanded: false },
  lifetimes: {
    attached() {
      progressStore.ensureLoaded();
    },
  },
  methods: {
    onToggleList() {
      this.setData({ expanded: !this.data.expanded });
    },
    /** The circle: ticks or clears its step. */
    onTick(event: WechatMiniprogram.BaseEvent) {
      const id = datasetString(event, 'id');
      if (isProgressStepId(id)) progressStore.toggle(id);
    },
  },
});
