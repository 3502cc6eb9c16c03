// The scene number of the current entry, from whichever API the client has; never an exception.
import { enterScene } from '../../miniprogram/services/enter-options';
import { wxControl } from '../helpers/wx-mock';

const api = wx as unknown as Record<string, unknown>;

beforeEach(() => {
  wxControl.reset();
});

test('reads the scene from getEnterOptionsSync', () => {
  wxControl.enterOptions = { scene: 1011, path: 'pages/entry/index', query: {} };
  expect(enterScene()).toBe(1011);
});

test('an older client without getEnterOptionsSync: the launch options', () => {
  const original = api.getEnterOptionsSync;
  api.getEnterOptionsSync = undefined;
  try {
    wxControl.enterOptions = { scene: 1047, path: 'pages/entry/index', query: {} };
    expect(enterScene()).toBe(1047);
  } finally {
    api.getEnterOptionsSync = original;
  }
});

test('an API that throws, or a scene that is not a number, gives undefined', () => {
  wxControl.failNext('getEnterOptionsSync');
  expect(enterScene()).toBeUndefined();
  wxControl.enterOptions = { scene: '1035' as unknown as number, path: '', query: {} };
  expect(enterScene()).toBeUndefined();
});
