// Home, status first: a search bar for the message on screen, the one next step (from the
// student's progress) with the copy-the-address chip, the other ways in (我看到了一条提示,
// 我要请同学协助), 我的进度 n/5, the problems grouped by when they happen, and the contact.
import { definePage } from '../../common/define-page';
import { CLASS_HELPER_LABEL } from '../../content/home';
import { START_HERE_LABEL } from '../../content/home-arrival';
import { linkUrl } from '../../content/links';
import { PAGES } from '../../core/page-paths';
import { isProgressStepId } from '../../content/progress';
import { FINDER_NAME, toolEntries } from '../../content/tools';
import type { RawQuery } from '../../core/query';
import { progressStore } from '../../stores/progress-store';
import { datasetString, openPage } from '../../services/navigation';
import { copyChipViews } from '../../views/copy';
import { addPhoneReminder } from '../../services/calendar';
import { showNotice } from '../../services/toast';
import { deadlineLine, homeArrival, homeView, nextStepCard, searchUrl } from '../../views/home';
import { routeShare } from '../../content/routes';

const view = homeView();

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('home'),
  storeBindings: { store: progressStore, fields: ['steps'] },
  data: {
    problemGroups: view.problemGroups,
    contact: view.contact,
    madeBy: view.madeBy,
    copyChsi: copyChipViews(['chsi-url']),
    precheck: toolEntries().filter((entry) => entry.key === 'precheck'),
    next: nextStepCard([]),
    deadline: deadlineLine(Date.now()),
    typed: '',
    // How the student arrived (see views/home.ts): a notice, and the start marked.
    arrivalNotice: '',
    startHere: false,
    startLabel: START_HERE_LABEL,
    searchUrl: PAGES.search,
    finderUrl: PAGES.finder,
    finderName: FINDER_NAME,
    classHelperUrl: linkUrl({ kind: 'class-helper' }),
    classHelperLabel: CLASS_HELPER_LABEL,
    privacyUrl: PAGES.privacy,
  },
  observers: {
    // The next-step card follows the store's steps.
    steps(steps: typeof progressStore.steps) {
      this.setData({ next: nextStepCard(steps) });
    },
  },
  lifetimes: {
    attached() {
      progressStore.ensureLoaded();
      this.setData({ next: nextStepCard(progressStore.steps), deadline: deadlineLine(Date.now()) });
    },
  },
  methods: {
    onLoad(query: RawQuery) {
      const arrival = homeArrival(query);
      this.setData({ arrivalNotice: arrival.notice, startHere: arrival.startHere });
    },
    onTyped(event: WechatMiniprogram.Input) {
      this.setData({ typed: event.detail.value });
    },
    /** The keyboard's search key. */
    onSearch(event: WechatMiniprogram.InputConfirm) {
      openPage(searchUrl(event.detail.value));
    },
    /** The 搜索 button beside the bar. */
    onSearchButton() {
      openPage(searchUrl(this.data.typed));
    },
    /** 截止前一天提醒我: straight from the tap, as WeChat requires for addPhoneCalendar. */
    onRemindCutoff() {
      const { remindAt, reminderTitle } = this.data.deadline;
      if (!remindAt) return;
      void addPhoneReminder({
        title: reminderTitle,
        description: '打开学籍核对助手，截止前核对完学籍。',
        startsAt: remindAt,
      }).then((outcome) => {
        showNotice(outcome === 'opened' ? '已打开手机日历' : '没有添加提醒');
      });
    },
    /** 这一步已经做完: ticks the card's step, so the card moves on to the next one. */
    onStepDone(event: WechatMiniprogram.BaseEvent) {
      const id = datasetString(event, 'id');
      if (isProgressStepId(id) && !progressStore.done.includes(id)) progressStore.toggle(id);
    },
  },
});
