// A page that cannot be opened at all (navigateTo, then redirectTo, then reLaunch refused: most
// often its subpackage did not download on orientation-day Wi-Fi) is told, not silent: the app
// registers the notice when it starts, and every way of moving ends with it.
import { PAGE_NOT_OPENED } from '../../miniprogram/content/app-shell';
import { PAGES } from '../../miniprogram/core/page-paths';
import { wxControl } from '../helpers/wx-mock';

type Navigation = typeof import('../../miniprogram/services/navigation');

/** app.ts's onLaunch run, and the navigation module of that same app (one module registry). */
function launchedApp(): Navigation {
  const globals = globalThis as unknown as { App?: (options: { onLaunch?: () => void }) => void };
  let navigation: Navigation | undefined;
  globals.App = (options) => {
    options.onLaunch?.();
  };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../miniprogram/app');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    navigation = require('../../miniprogram/services/navigation') as Navigation;
  });
  delete globals.App;
  if (!navigation) throw new Error('no navigation module');
  return navigation;
}

const PROBLEM = `${PAGES.problem}?id=3`;
const network = (api: string): string => `${api}:fail network error`;

beforeEach(() => {
  wxControl.reset();
  wxControl.fillPageStack(1);
});

test('every way refused: the student reads that the page did not open, once', () => {
  const { openPage } = launchedApp();
  for (const api of ['navigateTo', 'redirectTo', 'reLaunch'])
    wxControl.failNext(api, 1, network(api));
  openPage(PROBLEM);
  expect(wxControl.record.failures.map((failure) => failure.api)).toEqual([
    'navigateTo',
    'redirectTo',
    'reLaunch',
  ]);
  expect(wxControl.record.toasts).toEqual([PAGE_NOT_OPENED]);
});

test('the entry redirect and a relaunch tell it too', () => {
  const { replacePage, relaunch, replaceThenOpen } = launchedApp();
  wxControl.failNext('redirectTo', 1, network('redirectTo'));
  wxControl.failNext('reLaunch', 1, network('reLaunch'));
  replacePage(PROBLEM);
  wxControl.failNext('reLaunch', 1, network('reLaunch'));
  relaunch(PAGES.home);
  wxControl.failNext('redirectTo', 1, network('redirectTo'));
  wxControl.failNext('reLaunch', 1, network('reLaunch'));
  replaceThenOpen(PAGES.home, PROBLEM);
  expect(wxControl.record.toasts).toEqual([PAGE_NOT_OPENED, PAGE_NOT_OPENED, PAGE_NOT_OPENED]);
});

test('a fallback that works says nothing: the page opened', () => {
  const { openPage } = launchedApp();
  wxControl.failNext('navigateTo', 1, network('navigateTo'));
  openPage(PROBLEM);
  expect(wxControl.record.navigations.map((navigation) => navigation.method)).toEqual([
    'redirectTo',
  ]);
  expect(wxControl.record.toasts).toEqual([]);
});
