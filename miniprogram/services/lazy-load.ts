// Tells the student when part of a page could not be downloaded: the 填写前自查 form on section
// pages lives in the tools subpackage (分包异步化) and shows only once that package has loaded.
// WeChat reports the failure through wx.onLazyLoadError (base library 2.24.3 and later).
import { showNotice } from './toast';

/** Timeout and failure of one download arrive one after the other: show one notice for both. */
const QUIET_MS = 5000;

export function noticeSubpackageLoadErrors(notice: string, now: () => number = Date.now): void {
  if (typeof wx.onLazyLoadError !== 'function') return;
  let shownAt = Number.NEGATIVE_INFINITY;
  wx.onLazyLoadError(() => {
    if (now() - shownAt < QUIET_MS) return;
    shownAt = now();
    showNotice(notice);
  });
}
