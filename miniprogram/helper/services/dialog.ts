// Asks the student to confirm an action with WeChat's modal dialog.

export interface Confirmation {
  readonly title: string;
  readonly content: string;
  readonly confirmText: string;
}

/** Resolves true when the student tapped the confirm button; false otherwise, never rejects. */
export function confirmAction(confirmation: Confirmation): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title: confirmation.title,
      content: confirmation.content,
      confirmText: confirmation.confirmText,
      cancelText: '取消',
      success: (result) => {
        resolve(result.confirm);
      },
      fail: () => {
        resolve(false);
      },
    });
  });
}
