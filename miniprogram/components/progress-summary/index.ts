// The home page's 我的进度 n/5: collapsed to one row; opened, each step shows its note, its
// circle ticks it (only the circle), and the rest of its row opens the guide page for it.
// State lives in the progress store, kept on the phone only.
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { isProgressStepId } from '../../content/progress';
import { progressStore } from '../../stores/progress-store';
import { datasetString, openFromEvent } from '../../services/navigation';

ComponentWithStore({
  options: { addGlobalClass: true },
  storeBindings: {
    store: progressStore,
    fields: ['steps', 'doneCount', 'total', 'recovered'] as const,
    actions: {} as const,
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
    /** The rest of the row: opens the step's guide page, never ticks. */
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
