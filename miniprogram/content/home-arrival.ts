// The words and links of the home page's arrival cues: the notice for a link or code that could not
// be used, and the "start here" mark on step 1 (views/home.ts decides which to show).
import { PAGES } from '../core/page-paths';

export const HOME_NOTICES = {
  'bad-link': '这个链接或二维码无法识别，已为你打开首页，请从下面选择。',
  'unknown-link': '没有找到这个二维码对应的内容，已为你打开首页，请从下面选择。',
  // App.onPageNotFound: a card or link named a page this version does not have.
  'missing-page':
    '这张卡片或链接要打开的页面已经不存在（可能来自旧版本），已为你打开首页，请从下面选择。',
  // The entry page's target could not be opened at all (its subpackage did not download).
  'not-opened': '要打开的页面没有加载出来（网络不佳），已为你打开首页，请稍后从下面再点一次。',
} as const;

export type HomeNoticeCode = keyof typeof HOME_NOTICES;

/** Home with step 1 marked as the place to start (menu and orientation-day arrivals). */
export const HOME_START_URL = `${PAGES.home}?start=1`;

export function homeNoticeUrl(code: HomeNoticeCode): string {
  return `${PAGES.home}?notice=${code}`;
}

export const START_HERE_LABEL = '从这里开始';
