// The one way pages move: navigateTo while the page stack has room, redirectTo when it is full
// (WeChat allows 10 pages), and scrolling to an anchor on the current page.
import { showNotice } from './toast';

const MAX_STACK = 10;

let failureNotice: string | undefined;

/**
 * What the student reads when a page could not be opened at all (every way refused: most often
 * its subpackage did not download on a poor network). Set once when the app starts.
 */
export function noticeNavigationFailures(notice: string): void {
  failureNotice = notice;
}

function tellNotOpened(): void {
  if (failureNotice === undefined) return;
  showNotice(failureNotice);
}

/** Opens `url` on top; `orElse` as in replacePage. */
export function openPage(url: string, orElse?: string): void {
  if (getCurrentPages().length >= MAX_STACK) {
    replacePage(url, orElse);
    return;
  }
  // A failed navigateTo (stack full on an older base library) falls back to replacing the page.
  wx.navigateTo({
    url,
    fail: () => {
      replacePage(url, orElse);
    },
  });
}

/**
 * When every way to a page failed: start again at `orElse` (a main-package page, always there),
 * or, without one, say so and stay. A page with nothing of its own to show (entry) passes one,
 * so the student never stays on its "正在打开…".
 */
function giveUp(orElse: string | undefined): void {
  if (orElse === undefined) {
    tellNotOpened();
    return;
  }
  wx.reLaunch({ url: orElse, fail: tellNotOpened });
}

/** Replaces the current page, so Back does not return to it (used by entry and redirects). */
export function replacePage(url: string, orElse?: string): void {
  wx.redirectTo({
    url,
    fail: () => {
      wx.reLaunch({
        url,
        fail: () => {
          giveUp(orElse);
        },
      });
    },
  });
}

/**
 * Starts the page stack again at `url`. Synchronous, as App.onPageNotFound requires (a redirect
 * made later, e.g. in a setTimeout, is ignored by WeChat).
 */
export function relaunch(url: string): void {
  wx.reLaunch({ url, fail: tellNotOpened });
}

/**
 * Replaces the current page with `first`, then opens `then` on top of it: the student sees `then`,
 * and Back leads to `first` (the entry page uses it to put the guide's start underneath a topic).
 */
export function replaceThenOpen(first: string, then: string, orElse?: string): void {
  wx.redirectTo({
    url: first,
    success: () => {
      openPage(then, orElse);
    },
    fail: () => {
      wx.reLaunch({
        url: first,
        success: () => {
          openPage(then, orElse);
        },
        fail: () => {
          giveUp(orElse);
        },
      });
    },
  });
}

export function scrollToAnchor(anchorId: string): void {
  wx.pageScrollTo({ selector: `#${anchorId}`, duration: 200, fail: () => undefined });
}

/** Reads a string from the tapped element's data-* attributes; anything else is ignored. */
export function datasetString(event: WechatMiniprogram.BaseEvent, key: string): string | undefined {
  const dataset = event.currentTarget.dataset as Record<string, unknown>;
  const value = dataset[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The handler behind every tappable link: `data-url="..." bind:click="onOpen"`. */
export function openFromEvent(event: WechatMiniprogram.BaseEvent): void {
  const url = datasetString(event, 'url');
  if (url) openPage(url);
}

export function setPageTitle(title: string): void {
  wx.setNavigationBarTitle({ title, fail: () => undefined });
}
