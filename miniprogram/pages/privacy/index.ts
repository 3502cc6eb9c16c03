// The privacy page: in plain words, what the app keeps on the phone and why, and how it uses the
// clipboard. Linked from the home page's footer.
import { privacyView } from '../../content/privacy';

const view = privacyView();

Component({
  data: {
    summary: view.summary,
    sections: view.sections,
  },
});
