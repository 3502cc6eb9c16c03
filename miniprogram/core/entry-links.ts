// Builds the links that lead into the entry page for a route code: the ordinary-link QR URL, the
// menu's pagepath, the wxacode scene, and a share path. The inverse of entry.ts, tested as such.
import { PAGES } from './page-paths';
import type { RouteCode } from '../content/routes';

/** `<prefix>?r=<code>`: what an orientation-day QR code holds (the prefix ends with `/`). */
export function qrLinkUrl(prefix: string, code: RouteCode): string {
  return `${prefix}?r=${code}`;
}

/** The entry page's path without the leading slash, as the menu and wxacode APIs want it. */
export const ENTRY_PAGE_PATH = PAGES.entry.replace(/^\//, '');

/** The official-account menu's `pagepath`: the entry page, tagged so DevTools can tell it too. */
export function menuPagePath(code: RouteCode): string {
  return `${ENTRY_PAGE_PATH}?r=${code}&from=menu`;
}

/** The `scene` a college passes to wxacode.getUnlimited (page: ENTRY_PAGE_PATH). */
export function wxacodeScene(code: RouteCode): string {
  return `r=${code}`;
}

/** A share card's path into the entry page (leading slash, as onShareAppMessage wants). */
export function sharePath(code: RouteCode): string {
  return `${PAGES.entry}?r=${code}&from=share`;
}
