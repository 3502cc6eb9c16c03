// Copying text: copied with a toast, or shown in a dialog to copy by hand when the clipboard fails.
import { copyText } from '../../miniprogram/services/clipboard';
import { wxControl } from '../helpers/wx-mock';

const TEXT = 'https://www.chsi.com.cn/';

beforeEach(() => {
  wxControl.reset();
});

test('copies exactly the text, and the hint confirms it', async () => {
  await expect(copyText(TEXT, '已复制')).resolves.toBe('copied');
  expect(wxControl.record.clipboard).toEqual([TEXT]);
  expect(wxControl.record.toasts).toEqual(['已复制']);
  expect(wxControl.record.modals).toEqual([]);
});

test('without a hint no toast is shown', async () => {
  await expect(copyText(TEXT)).resolves.toBe('copied');
  expect(wxControl.record.toasts).toEqual([]);
});

test('a clipboard that fails shows the text to copy by hand', async () => {
  wxControl.failNext('setClipboardData', 1, 'setClipboardData:fail');
  await expect(copyText(TEXT, '已复制')).resolves.toBe('shown');
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.toasts).toEqual([]);
  expect(wxControl.record.modals).toEqual([{ title: '请手动复制', content: TEXT }]);
});

test('a toast or dialog that fails is not an exception', async () => {
  wxControl.failNext('showToast');
  await expect(copyText(TEXT, '已复制')).resolves.toBe('copied');
  wxControl.failNext('setClipboardData');
  wxControl.failNext('showModal');
  await expect(copyText(TEXT)).resolves.toBe('shown');
});

test('the copy-by-hand dialog is a notice with one button, not a question', async () => {
  const api = wx as unknown as Record<string, unknown>;
  const original = api.showModal;
  const seen: Record<string, unknown>[] = [];
  api.showModal = (options: Record<string, unknown>) => {
    seen.push(options);
  };
  try {
    wxControl.clipboardFailure = 'setClipboardData:fail';
    await copyText(TEXT);
  } finally {
    api.showModal = original;
  }
  expect(seen[0]).toMatchObject({ showCancel: false, confirmText: '知道了', content: TEXT });
});
