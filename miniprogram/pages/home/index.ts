// Home, status first: a search bar for the message on screen, the one next step (from the
// student's progress) with the copy-the-address chip, the two other ways in (我看到了一条提示,
// 我要请同学协助), 我的进度 n/5, the problems grouped by when they happen, and the contact.
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { copyChipViews } from '../../content/block-views';
import { homeView, nextStepCard, searchUrl } from '../../content/home';
import { homeArrival, START_HERE_LABEL } from '../../content/home-arrival';
import { linkUrl, PAGES } from '../../content/links';
import { toolEntries } from '../../content/tools';
import { progressStore } from '../../stores/progress-store';
import { datasetString, openFromEvent, openPage } from '../../services/navigation';
import { isProgressStepId } from '../../content/progress';

const view = homeView();

ComponentWithStore({
  storeBindings: {
    store: progressStore,
    fields: { next: () => nextStepCard(progressStore.steps) },
    actions: {},
  },
  data: {
    schoolName: view.schoolName,
    problemGroups: view.problemGroups,
    contact: view.contact,
    copyChsi: copyChipViews(['chsi-url']),
    precheck: toolEntries().filter((entry) => entry.key === 'precheck'),
    typed: '',
    // How the student arrived (see content/home-arrival.ts): a notice, and the start marked.
    arrivalNotice: '',
    startHere: false,
    startLabel: START_HERE_LABEL,
    searchUrl: PAGES.search,
    finderUrl: PAGES.finder,
    classHelperUrl: linkUrl({ kind: 'class-helper' }),
    privacyUrl: PAGES.privacy,
  },
  lifetimes: {
    attached() {
      progressStore.ensureLoaded();
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const arrival = homeArrival(query);
      this.setData({ arrivalNotice: arrival.notice, startHere: arrival.startHere });
    },
    onTyped(event: WechatMiniprogram.CustomEvent) {
      this.setData({ typed: typeof event.detail === 'string' ? event.detail : '' });
    },
    /** The keyboard's search key, or the 搜索 button beside the bar. */
    onSearch(event: WechatMiniprogram.CustomEvent) {
      const typed = typeof event.detail === 'string' ? event.detail : this.data.typed;
      openPage(searchUrl(typed));
    },
    onSearchButton() {
      openPage(searchUrl(this.data.typed));
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
    /** 这一步已经做完: ticks the card's step, so the card moves on to the next one. */
    onStepDone(event: WechatMiniprogram.BaseEvent) {
      const id = datasetString(event, 'id');
      if (isProgressStepId(id) && !progressStore.done.includes(id)) progressStore.toggle(id);
    },
  },
});
