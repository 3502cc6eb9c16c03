// Every page's forwarded card: a title in the student's words, a path through the route table's
// entry link (sharePath(code), the same codes as QR codes and the menu, so a card survives pages
// moving), and the bundled guide picture (never a screenshot of the screen).
import { APP_CARD_TITLE, routeShare, type RouteCode } from '../content/routes';
import { sharePath } from '../core/entry-links';
import { STATIC_GUIDE_IMAGE, type SharePayload } from '../core/share-card';

/** What a page's card says and where it leads. */
export interface PageShare {
  /** In the student's words, e.g. 注册时提示“手机号已存在”怎么办. */
  readonly title: string;
  readonly code: RouteCode;
}

/** Home's card, and the card of any page that names nothing more specific. */
export const HOME_SHARE: PageShare = routeShare('home');

/** A page's card: its title, its route code's entry path, and the bundled guide picture. */
export function pageCard(share: PageShare): SharePayload {
  return { title: share.title, path: sharePath(share.code), imageUrl: STATIC_GUIDE_IMAGE };
}

/**
 * The generic card of personal pages (the class helper, the classmate's page) from the ··· menu:
 * the app's start, never a screenshot of the history and nothing from the page.
 */
export function appCard(): SharePayload {
  return pageCard({ title: APP_CARD_TITLE, code: 'home' });
}
