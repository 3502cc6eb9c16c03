// Tells the student when part of a page could not be downloaded: the 填写前自查 form on section
// pages lives in the tools subpackage (分包异步化) and shows only once that package has loaded.
// WeChat reports the failure through wx.onLazyLoadError (base library 2.24.3 and later): first
// 'loadSubpackage: timeout' after 10 s, while the download may still finish and the form appear,
// then 'loadSubpackage: fail' once it has really failed. Only the failure is told.
import { showNotice } from './toast';

/** Several components of one failed package report together: show one notice for them. */
const QUIET_MS = 5000;

export function noticeSubpackageLoadErrors(notice: string, now: () => number = Date.now): void {
  if (typeof wx.onLazyLoadError !== 'function') return;
  let shownAt = Number.NEGATIVE_INFINITY;
  wx.onLazyLoadError((result) => {
    if (!/fail/i.test(result.errMsg)) return;
    if (now() - shownAt < QUIET_MS) return;
    shownAt = now();
    showNotice(notice);
  });
}
