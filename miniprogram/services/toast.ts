// A short notice at the bottom of the screen: text only, 3 s, and never an error of its own.

export function showNotice(text: string): void {
  wx.showToast({ title: text, icon: 'none', duration: 3000, fail: () => undefined });
}
