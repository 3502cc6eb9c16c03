// App.onPageNotFound: a card or code naming a page this version does not have lands on home with
// a short notice (through wx.reLaunch, made synchronously as WeChat requires), never on WeChat's
// own "页面不存在".
import { HOME_NOTICES } from '../../miniprogram/content/home-arrival';
import { parsePageUrl } from '../helpers/app-pages';
import { APP_ROUTES } from '../helpers/app-routes';
import { openPage, textOf } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

interface AppOptions {
  onPageNotFound?: (result: {
    path: string;
    query: Record<string, string>;
    isEntryPage: boolean;
  }) => void;
}

function loadApp(): AppOptions {
  const globals = globalThis as unknown as { App?: (options: AppOptions) => void };
  let registered: AppOptions | undefined;
  globals.App = (options) => {
    registered = options;
  };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../miniprogram/app');
  });
  delete globals.App;
  if (!registered) throw new Error('app.ts did not call App()');
  return registered;
}

beforeEach(() => {
  wxControl.reset();
});

test('a missing page relaunches home, synchronously, and home shows the notice', async () => {
  const app = loadApp();
  expect(typeof app.onPageNotFound).toBe('function');
  app.onPageNotFound?.({ path: 'pages/finder/index', query: { id: '3' }, isEntryPage: true });
  // Recorded before onPageNotFound returned: a redirect made later would be ignored by WeChat.
  expect(wxControl.record.navigations).toHaveLength(1);
  const [navigation] = wxControl.record.navigations;
  expect(navigation?.method).toBe('reLaunch');
  const target = parsePageUrl(navigation?.url ?? '');
  if (!target) throw new Error(`not a page url: ${navigation?.url ?? ''}`);
  expect(APP_ROUTES).toContain(target.route);
  expect(target.route).toBe(APP_ROUTES[0]);
  const home = await openPage(target.route, target.query);
  expect(textOf(home)).toContain(HOME_NOTICES['missing-page']);
  expect(textOf(home)).toContain('页面已经不存在');
});

test('the notice is not shown on an ordinary launch of home', async () => {
  const home = await openPage(APP_ROUTES[0] ?? '');
  expect(textOf(home)).not.toContain(HOME_NOTICES['missing-page']);
});
