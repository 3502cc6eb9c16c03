// The jest wx fake fails the way WeChat fails, and a test's changes to it never leak into the next
// test: failures planned until cleared, and APIs replaced or removed, are undone by reset().
import { MOCK_CARD_PATH, STORAGE_FULL, wxControl } from '../helpers/wx-mock';

const api = (): Record<string, unknown> => wx as unknown as Record<string, unknown>;

beforeEach(() => {
  wxControl.reset();
});

test('failUntilCleared keeps failing until clearFailures, and reset clears it too', () => {
  wxControl.failUntilCleared('setStorageSync', STORAGE_FULL);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    expect(() => {
      wx.setStorageSync('k', attempt);
    }).toThrow(STORAGE_FULL);
  }
  wxControl.clearFailures('setStorageSync');
  wx.setStorageSync('k', 'saved');
  expect(wxControl.storage.get('k')).toBe('saved');

  wxControl.failUntilCleared('setStorageSync', STORAGE_FULL);
  wxControl.reset();
  wx.setStorageSync('k', 'after reset');
  expect(wxControl.storage.get('k')).toBe('after reset');
});

test('replaceApi swaps or removes an API until the next reset', () => {
  const original = api().showModal;
  expect(typeof original).toBe('function');
  wxControl.replaceApi('showModal', 'replaced');
  wxControl.replaceApi('showToast', undefined);
  expect(api().showModal).toBe('replaced');
  expect(api().showToast).toBeUndefined();
  wxControl.replaceApi('notAnApi', () => undefined);
  wxControl.reset();
  expect(api().showModal).toBe(original);
  expect(typeof api().showToast).toBe('function');
  expect('notAnApi' in api()).toBe(false);
});

test('a blank canvas export succeeds, and only reading a pixel back shows nothing was drawn', () => {
  const pixel = (mode: 'working' | 'blank'): number[] => {
    wxControl.canvas = mode;
    let data: number[] = [];
    wx.createSelectorQuery()
      .select('#card')
      .fields({ node: true }, () => undefined)
      .exec((results: unknown[]) => {
        const node = (results[0] as { node: WechatMiniprogram.Canvas }).node;
        const context = node.getContext('2d') as unknown as CanvasRenderingContext2D;
        context.scale(2, 2);
        context.fillStyle = '#1989fa';
        context.fillRect(0, 0, 10, 10);
        data = Array.from(context.getImageData(15, 15, 1, 1).data);
      });
    return data;
  };
  expect(pixel('working')).toEqual([0x19, 0x89, 0xfa, 255]);
  expect(pixel('blank')).toEqual([0, 0, 0, 0]);
  let exported = '';
  wx.canvasToTempFilePath({
    canvas: {} as WechatMiniprogram.Canvas,
    success: (result) => (exported = result.tempFilePath),
  });
  expect(exported).toBe(MOCK_CARD_PATH);
});
