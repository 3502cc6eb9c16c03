// Home: the guide's two sections in order, the nine problems by symptom, and the contact.
import { homeView } from '../../content/home';
import { toolEntries } from '../../content/tools';
import { openFromEvent } from '../../services/navigation';

const view = homeView();

Component({
  data: {
    schoolName: view.schoolName,
    sections: view.sections,
    problems: view.problems,
    contact: view.contact,
    tools: toolEntries(),
  },
  methods: {
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
  },
});
