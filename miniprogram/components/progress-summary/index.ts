// The home page's compact 进度 checklist: five steps, each ticked by the student and linked to
// the guide page that explains it. State lives in the progress store, kept on the phone only.
import { defineComponent } from '../../common/define';
import { isProgressStepId } from '../../content/progress';
import { progressStore } from '../../stores/progress-store';

defineComponent({
  storeBindings: {
    store: progressStore,
    fields: ['done', 'steps', 'summary', 'recovered'],
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
  },
});
