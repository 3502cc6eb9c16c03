// Copies the CHSI address. A web-view cannot open chsi.com.cn, so the student pastes it into a
// browser. The clipboard API needs the privacy declaration; if it still fails, the address is shown
// in a dialog to copy by hand, so the student is never left without it.
import { schoolConfig } from '../content/school-config';

export type CopyOutcome = 'copied' | 'shown';

export function copyText(data: string, successHint: string): Promise<CopyOutcome> {
  return new Promise((resolve) => {
    wx.setClipboardData({
      data,
      success: () => {
        wx.showToast({ title: successHint, icon: 'none', duration: 2500, fail: () => undefined });
        resolve('copied');
      },
      fail: () => {
        wx.showModal({
          title: '请手动复制',
          content: data,
          showCancel: false,
          confirmText: '知道了',
          fail: () => undefined,
        });
        resolve('shown');
      },
    });
  });
}

export function copyChsiAddress(): Promise<CopyOutcome> {
  return copyText(schoolConfig.chsiUrl, '网址已复制，请粘贴到浏览器打开');
}
