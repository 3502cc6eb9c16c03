// Home: the guide's two sections in order, the nine problems by symptom, and the contact.
import { homeView } from '../../content/home';
import { PAGES } from '../../content/links';
import { openFromEvent } from '../../services/navigation';

const view = homeView();

Component({
  data: {
    schoolName: view.schoolName,
    sections: view.sections,
    problems: view.problems,
    contact: view.contact,
    privacyUrl: PAGES.privacy,
  },
  methods: {
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
