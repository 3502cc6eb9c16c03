// The home page's compact 进度 checklist: five steps, each ticked by the student and linked to
// the guide page that explains it. State lives in the progress store, kept on the phone only.
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { isProgressStepId } from '../../content/progress';
import { progressStore } from '../../stores/progress-store';
import { datasetString, openFromEvent } from '../../services/navigation';

ComponentWithStore({
  storeBindings: {
    store: progressStore,
    fields: ['steps', 'summary', 'recovered'] as const,
    actions: {} as const,
  },
  lifetimes: {
    attached() {
      progressStore.ensureLoaded();
    },
  },
  methods: {
    onToggle(event: WechatMiniprogram.BaseEvent) {
      const id = datasetString(event, 'id');
      if (isProgressStepId(id)) progressStore.toggle(id);
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
