// Dials the school contact's phone. wx.makePhoneCall opens the system dialler; when it fails (no
// SIM, a tablet, the student cancelled), the number is shown so it can be dialled by hand.
export type CallOutcome = 'dialled' | 'shown';

export function callPhone(phoneNumber: string): Promise<CallOutcome> {
  return new Promise((resolve) => {
    wx.makePhoneCall({
      phoneNumber,
      success: () => {
        resolve('dialled');
      },
      fail: () => {
        wx.showModal({
          title: '没有拨出',
          content: `可以手动拨打：${phoneNumber}`,
          showCancel: false,
          confirmText: '知道了',
          fail: () => undefined,
        });
        resolve('shown');
      },
    });
  });
}
