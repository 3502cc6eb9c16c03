// Copies text to the clipboard (for components/copy-chips: a web-view cannot open chsi.com.cn, so
// the student pastes the address into a browser). The clipboard API needs the privacy
// declaration; if it still fails, the text is shown in a dialog to copy by hand, so the student is
// never left without it.
import { ensurePrivacyConsent } from './privacy';

export type CopyOutcome = 'copied' | 'shown';

/**
 * Copies `data` exactly. With a `successHint` a toast confirms the copy; callers that show their
 * own instructions afterwards (the paste sheet) leave it out.
 */
export function copyText(data: string, successHint?: string): Promise<CopyOutcome> {
  // The first copy asks for privacy consent; declining still shows the text to copy by hand, and
  // so does a page with no dialog to ask (the next copy, on a page with one, asks again).
  return ensurePrivacyConsent('clipboard').then((consent) => {
    if (consent === 'declined' || consent === 'no-dialog') {
      showToCopyByHand(data);
      return 'shown';
    }
    return new Promise<CopyOutcome>((resolve) => {
      wx.setClipboardData({
        data,
        success: () => {
          if (successHint !== undefined) {
            wx.showToast({
              title: successHint,
              icon: 'none',
              duration: 2500,
              fail: () => undefined,
            });
          }
          resolve('copied');
        },
        fail: () => {
          showToCopyByHand(data);
          resolve('shown');
        },
      });
    });
  });
}

function showToCopyByHand(data: string): void {
  wx.showModal({
    title: '请手动复制',
    content: data,
    showCancel: false,
    confirmText: '知道了',
    fail: () => undefined,
  });
}
