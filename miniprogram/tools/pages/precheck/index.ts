// 填写前自查 as its own page: the form, and a word on what it checks. Nothing typed is stored.
import { definePage } from '../../../common/define-page';
import { routeShare } from '../../../content/routes';

definePage({
  // The forwarded card: this page through its route code (nothing typed goes in it).
  share: () => routeShare('precheck'),
});
