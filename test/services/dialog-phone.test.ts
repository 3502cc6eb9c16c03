// The confirm dialog and the school contact's phone: each ends in an answer, and a failed call
// still leaves the student the number.
import { confirmAction } from '../../miniprogram/helper/services/dialog';
import { callPhone } from '../../miniprogram/guide/services/phone';
import { wxControl } from '../helpers/wx-mock';

const api = wx as unknown as Record<string, unknown>;
let restoreModal: (() => void) | undefined;

beforeEach(() => {
  wxControl.reset();
});
afterEach(() => {
  restoreModal?.();
  restoreModal = undefined;
});

const CONFIRMATION = {
  title: '删除这条记录？',
  content: '今天的次数不会退回',
  confirmText: '删除',
};

test('the dialog shows what it asks, and a tap on confirm is true', async () => {
  await expect(confirmAction(CONFIRMATION)).resolves.toBe(true);
  expect(wxControl.record.modals).toEqual([
    { title: CONFIRMATION.title, content: CONFIRMATION.content },
  ]);
});

test('cancel, or a dialog that could not open, is false', async () => {
  const original = api.showModal;
  restoreModal = () => {
    api.showModal = original;
  };
  let seen: Record<string, unknown> = {};
  api.showModal = (options: Record<string, unknown> & { success?: (r: unknown) => void }) => {
    seen = options;
    options.success?.({ confirm: false, cancel: true });
  };
  await expect(confirmAction(CONFIRMATION)).resolves.toBe(false);
  expect(seen).toMatchObject({ confirmText: '删除', cancelText: '取消' });
  restoreModal();
  restoreModal = undefined;
  wxControl.failNext('showModal');
  await expect(confirmAction(CONFIRMATION)).resolves.toBe(false);
});

test('a call that goes through is dialled, and nothing else is shown', async () => {
  await expect(callPhone('028-12345678')).resolves.toBe('dialled');
  expect(wxControl.record.calls).toEqual(['028-12345678']);
  expect(wxControl.record.modals).toEqual([]);
});

test('a call that fails shows the number to dial by hand', async () => {
  wxControl.phoneCallFailure = 'makePhoneCall:fail cancel';
  await expect(callPhone('028-12345678')).resolves.toBe('shown');
  expect(wxControl.record.modals).toEqual([
    { title: '没有拨出', content: '可以手动拨打：028-12345678' },
  ]);
});

test('the number dialog is a notice with one button, not a question', async () => {
  const original = api.showModal;
  restoreModal = () => {
    api.showModal = original;
  };
  const seen: Record<string, unknown>[] = [];
  api.showModal = (options: Record<string, unknown>) => {
    seen.push(options);
  };
  wxControl.phoneCallFailure = 'makePhoneCall:fail';
  await callPhone('028-12345678');
  expect(seen[0]).toMatchObject({ showCancel: false, confirmText: '知道了' });
});
