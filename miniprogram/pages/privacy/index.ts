// The privacy page: in plain words, what the app keeps on the phone and why, and how it uses the
// clipboard. Linked from the home page's footer.
import { definePage } from '../../common/define-page';
import { routeShare } from '../../content/routes';
import { privacyView } from '../../views/privacy';

const view = privacyView();

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('privacy'),
  data: {
    summary: view.summary,
    madeBy: view.madeBy,
    sections: view.sections,
  },
});
