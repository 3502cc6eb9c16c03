// Words the app shell shows outside any page.

/** When a part of a page from a subpackage could not be downloaded (weak network). */
export const SUBPACKAGE_LOAD_FAILED = '部分内容没加载，请重开本页';

/** A page could not be opened at all (its part of the app did not download): try again. */
export const PAGE_NOT_OPENED = '页面没打开，请稍后再试';
