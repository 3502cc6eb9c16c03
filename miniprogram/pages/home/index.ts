// Home: the guide's sections in order, the problems by symptom, the tools and the contact.
import { definePage } from '../../common/define';
import { CLASS_HELPER_LABEL } from '../../content/home';
import { START_HERE_LABEL } from '../../content/home-arrival';
import { linkUrl, PAGES } from '../../content/links';
import { toolEntries } from '../../content/tools';
import type { RawQuery } from '../../core/query';
import { routeShare } from '../../views/share';
import { homeArrival, homeView } from '../../views/home';

const view = homeView();

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('home'),
  data: {
    schoolName: view.schoolName,
    sections: view.sections,
    problems: view.problems,
    contact: view.contact,
    tools: toolEntries(),
    // How the student arrived (see views/home.ts): a notice, and step 1 marked.
    arrivalNotice: '',
    startHere: false,
    startLabel: START_HERE_LABEL,
    classHelperUrl: linkUrl({ kind: 'class-helper' }),
    classHelperLabel: CLASS_HELPER_LABEL,
    privacyUrl: PAGES.privacy,
  },
  methods: {
    onLoad(query: RawQuery) {
      const arrival = homeArrival(query);
      this.setData({ arrivalNotice: arrival.notice, startHere: arrival.startHere });
    },
  },
});
