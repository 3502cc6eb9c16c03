// The mini-program's entry. It keeps no global state: pages read content and stores directly.
import { PAGE_NOT_OPENED, SUBPACKAGE_LOAD_FAILED } from './content/app-shell';
import { homeNoticeUrl } from './content/home-arrival';
import { noticeSubpackageLoadErrors } from './services/lazy-load';
import { noticeNavigationFailures, relaunch } from './services/navigation';

App<IAppOption>({
  globalData: {},
  onLaunch() {
    noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED);
    noticeNavigationFailures(PAGE_NOT_OPENED);
  },
  /**
   * A card, QR code or menu item named a page this version does not have (an old card after a
   * page moved): open home with a short notice instead of WeChat's "页面不存在". WeChat only
   * honours a redirect made synchronously here.
   */
  onPageNotFound() {
    relaunch(homeNoticeUrl('missing-page'));
  },
});
