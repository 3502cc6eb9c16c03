// Words the app shell shows outside any page, and the line home and privacy show about who made it.
import { schoolConfig } from './school-config';

/** Who made the app, and that it is not CHSI's: on home and on the privacy page. */
export const MADE_BY_LINE = `本小程序由${schoolConfig.fullName}制作，不是学信网官方。`;

/** When a part of a page from a subpackage could not be downloaded (weak network). */
export const SUBPACKAGE_LOAD_FAILED = '部分内容没加载，请重开本页';

/** A page could not be opened at all (its part of the app did not download): try again. */
export const PAGE_NOT_OPENED = '页面没打开，请稍后再试';
