// A subpackage that fails to download (the 填写前自查 form on section pages) is told to the
// student once, and older clients without wx.onLazyLoadError are left alone.
import { SUBPACKAGE_LOAD_FAILED } from '../../miniprogram/content/app-shell';
import { noticeSubpackageLoadErrors } from '../../miniprogram/services/lazy-load';
import { wxControl } from '../helpers/wx-mock';

const timeout = { type: 'subpackage', subpackage: ['tools'], errMsg: 'loadSubpackage: timeout' };
const failed = { type: 'subpackage', subpackage: ['tools'], errMsg: 'loadSubpackage: fail' };

beforeEach(() => {
  wxControl.reset();
});

function fire(result: typeof timeout): void {
  for (const listener of wxControl.lazyLoadErrorListeners ?? []) listener(result);
}

// WeChat first reports a timeout after 10 s and the download may still finish (the form then
// appears); only 'loadSubpackage: fail' means it will not.
test('a timeout alone says nothing: the form may still arrive', () => {
  noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED, () => 1_000_000);
  fire(timeout);
  expect(wxControl.record.toasts).toEqual([]);
});

test('a failed download shows one notice for its failure, and again later', () => {
  let clock = 1_000_000;
  noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED, () => clock);
  fire(timeout);
  clock += 200;
  fire(failed);
  clock += 10;
  fire(failed);
  expect(wxControl.record.toasts).toEqual([SUBPACKAGE_LOAD_FAILED]);
  clock += 60_000;
  fire(timeout);
  expect(wxControl.record.toasts).toEqual([SUBPACKAGE_LOAD_FAILED]);
  fire(failed);
  expect(wxControl.record.toasts).toEqual([SUBPACKAGE_LOAD_FAILED, SUBPACKAGE_LOAD_FAILED]);
});

test('a client without onLazyLoadError (base library < 2.24.3) is left alone', () => {
  wxControl.lazyLoadErrorListeners = undefined;
  expect(() => {
    noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED);
  }).not.toThrow();
  expect(wxControl.record.toasts).toEqual([]);
});

test('the app listens from launch', () => {
  const globals = globalThis as unknown as { App?: (options: { onLaunch?: () => void }) => void };
  const previous = globals.App;
  let launch: (() => void) | undefined;
  globals.App = (options) => {
    launch = options.onLaunch;
  };
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../miniprogram/app');
    });
  } finally {
    globals.App = previous;
  }
  expect(wxControl.lazyLoadErrorListeners).toHaveLength(0);
  launch?.();
  fire(failed);
  expect(wxControl.record.toasts).toEqual([SUBPACKAGE_LOAD_FAILED]);
});

test('a failure exactly the quiet time after the last notice is told again', () => {
  let clock = 2_000_000;
  noticeSubpackageLoadErrors(SUBPACKAGE_LOAD_FAILED, () => clock);
  fire(failed);
  clock += 4_999;
  fire(failed);
  expect(wxControl.record.toasts).toHaveLength(1);
  clock += 1;
  fire(failed);
  expect(wxControl.record.toasts).toHaveLength(2);
});
