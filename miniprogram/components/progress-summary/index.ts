// The home page's compact 进度 checklist: five steps, each ticked by the student and linked to
// the guide page that explains it. State lives in the progress store, kept on the phone only.
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { isProgressStepId } from '../../content/progress';
import { progressStore } from '../../stores/progress-store';
import { openFromEvent } from '../../services/navigation';

ComponentWithStore({
  // app.wxss's shared styles (card, tokens' classes) apply inside, as in the pages.
  options: { addGlobalClass: true },
  storeBindings: {
    store: progressStore,
    fields: ['done', 'steps', 'summary', 'recovered'] as const,
    actions: {} as const,
  },
  lifetimes: {
    attached() {
      progressStore.ensureLoaded();
    },
  },
  methods: {
    /** van-checkbox-group reports the names of every ticked box. */
    onChange(event: WechatMiniprogram.CustomEvent) {
      const ticked: unknown = event.detail;
      if (Array.isArray(ticked)) progressStore.setDone(ticked.filter(isProgressStepId));
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
