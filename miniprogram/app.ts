// The mini-program's entry. It keeps no global state: pages read content and stores directly.
import { SUBPACKAGE_LOAD_FAILED } from './content/app-shell';
import { noticeSubpackageLoadErrors } from './services/lazy-load';

App<IAppOption>({
  globalData: {},
  onLaunch() {
    noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED);
  },
});
