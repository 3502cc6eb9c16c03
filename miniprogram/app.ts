// The mini-program's entry. It keeps no global state: pages read content and stores directly.
import { homeNoticeUrl } from './content/home-arrival';
import { relaunch } from './services/navigation';

App<IAppOption>({
  globalData: {},
  /**
   * A card, QR code or menu item named a page this version does not have (an old card after a
   * page moved): open home with a short notice instead of WeChat's "页面不存在". WeChat only
   * honours a redirect made synchronously here.
   */
  onPageNotFound() {
    relaunch(homeNoticeUrl('missing-page'));
  },
});
