// Home: the guide's two sections in order, the nine problems by symptom, and the contact.
import { homeView } from '../../content/home';
import { toolEntries } from '../../content/tools';
import { homeArrival, START_HERE_LABEL } from '../../content/home-arrival';
import { linkUrl } from '../../content/links';
import { PAGES } from '../../content/links';
import { openFromEvent } from '../../services/navigation';

const view = homeView();

Component({
  data: {
    schoolName: view.schoolName,
    sections: view.sections,
    problems: view.problems,
    contact: view.contact,
    tools: toolEntries(),
    // How the student arrived (see content/home-arrival.ts): a notice, and step 1 marked.
    arrivalNotice: '',
    startHere: false,
    startLabel: START_HERE_LABEL,
    classHelperUrl: linkUrl({ kind: 'class-helper' }),
    privacyUrl: PAGES.privacy,
  },
  methods: {
    onLoad(
      this: WechatMiniprogram.Component.TrivialInstance,
      query: Record<string, string | undefined>,
    ) {
      const arrival = homeArrival(query);
      this.setData({ arrivalNotice: arrival.notice, startHere: arrival.startHere });
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
