// What the home page adds for how the student arrived: a short notice when a link or code could
// not be used (known codes only: the raw input is never shown), and a "start here" mark on step 1.
import { PAGES } from './links';
import { queryValue, type RawQuery } from '../core/page-query';

export const HOME_NOTICES = {
  'bad-link': '这个链接或二维码无法识别，已为你打开首页，请从下面选择。',
  'unknown-link': '没有找到这个二维码对应的内容，已为你打开首页，请从下面选择。',
  // App.onPageNotFound: a card or link named a page this version does not have.
  'missing-page':
    '这张卡片或链接要打开的页面已经不存在（可能来自旧版本），已为你打开首页，请从下面选择。',
} as const;

export type HomeNoticeCode = keyof typeof HOME_NOTICES;

/** Home with step 1 marked as the place to start (menu and orientation-day arrivals). */
export const HOME_START_URL = `${PAGES.home}?start=1`;

export function homeNoticeUrl(code: HomeNoticeCode): string {
  return `${PAGES.home}?notice=${code}`;
}

export interface HomeArrival {
  /** A short notice in Chinese, or '' for none. */
  readonly notice: string;
  /** True when step 1 should carry the "从这里开始" mark. */
  readonly startHere: boolean;
}

export const START_HERE_LABEL = '从这里开始';

function isNoticeCode(value: string | undefined): value is HomeNoticeCode {
  return value !== undefined && Object.prototype.hasOwnProperty.call(HOME_NOTICES, value);
}

export function homeArrival(query: RawQuery): HomeArrival {
  const code = queryValue(query, 'notice');
  return {
    notice: isNoticeCode(code) ? HOME_NOTICES[code] : '',
    startHere: queryValue(query, 'start') === '1',
  };
}
