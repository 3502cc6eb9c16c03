// The one navigation helper against a page stack that fills up and APIs that fail, as WeChat's do.
import {
  datasetString,
  openFromEvent,
  openPage,
  relaunch,
  replacePage,
  replaceThenOpen,
  scrollToAnchor,
  setPageTitle,
} from '../../miniprogram/services/navigation';
import { MAX_PAGE_STACK, wxControl } from '../helpers/wx-mock';

const PROBLEM = '/guide/pages/problem/index?id=3';
const HOME_START = '/pages/home/index?start=1';

const calls = (): string[] =>
  wxControl.record.navigations.map((navigation) => `${navigation.method} ${navigation.url}`);
const top = (): string | undefined => wxControl.pageStack[wxControl.pageStack.length - 1]?.route;

beforeEach(() => {
  wxControl.reset();
  wxControl.fillPageStack(1);
});

test('with room on the stack a page opens on top, so Back returns', () => {
  openPage(PROBLEM);
  expect(calls()).toEqual([`navigateTo ${PROBLEM}`]);
  expect(wxControl.pageStack).toHaveLength(2);
  expect(top()).toBe('guide/pages/problem/index');
});

test(`with ${MAX_PAGE_STACK} pages open the page replaces the top one, without a refused navigateTo`, () => {
  wxControl.fillPageStack(MAX_PAGE_STACK);
  openPage(PROBLEM);
  expect(calls()).toEqual([`redirectTo ${PROBLEM}`]);
  // The guard looks at the stack first: WeChat is never asked for an 11th page.
  expect(wxControl.record.failures).toEqual([]);
  expect(wxControl.pageStack).toHaveLength(MAX_PAGE_STACK);
  expect(top()).toBe('guide/pages/problem/index');
});

test('the fake refuses an 11th page, so the guard above is what keeps links working', () => {
  wxControl.fillPageStack(MAX_PAGE_STACK);
  let failed = '';
  wx.navigateTo({ url: PROBLEM, fail: (error) => (failed = error.errMsg) });
  expect(failed).toMatch(/limit exceed/);
  expect(wxControl.record.failures.map((failure) => failure.api)).toEqual(['navigateTo']);
  expect(wxControl.pageStack).toHaveLength(MAX_PAGE_STACK);
});

test('a refused navigateTo falls back to replacing the page', () => {
  wxControl.failNext('navigateTo', 1, 'navigateTo:fail webview count limit exceed');
  openPage(PROBLEM);
  expect(calls()).toEqual([`redirectTo ${PROBLEM}`]);
  expect(top()).toBe('guide/pages/problem/index');
  expect(wxControl.pendingFailures()).toEqual({});
});

test('a refused redirectTo falls back to reLaunch; a refused reLaunch is not an exception', () => {
  wxControl.failNext('redirectTo');
  replacePage(PROBLEM);
  expect(calls()).toEqual([`reLaunch ${PROBLEM}`]);
  expect(wxControl.pageStack).toHaveLength(1);

  wxControl.reset();
  wxControl.failNext('redirectTo');
  wxControl.failNext('reLaunch');
  expect(() => {
    replacePage(PROBLEM);
  }).not.toThrow();
  expect(calls()).toEqual([]);
});

describe('replaceThenOpen (the entry page: guide start underneath, topic on top)', () => {
  test('replaces, then opens the topic on top', () => {
    replaceThenOpen(HOME_START, PROBLEM);
    expect(calls()).toEqual([`redirectTo ${HOME_START}`, `navigateTo ${PROBLEM}`]);
    expect(wxControl.pageStack.map((page) => page.route)).toEqual([
      'pages/home/index',
      'guide/pages/problem/index',
    ]);
  });

  test('when redirectTo is refused it relaunches with the start, then opens the topic', () => {
    wxControl.failNext('redirectTo');
    replaceThenOpen(HOME_START, PROBLEM);
    expect(calls()).toEqual([`reLaunch ${HOME_START}`, `navigateTo ${PROBLEM}`]);
  });

  test('when both are refused nothing is thrown and the topic is not opened', () => {
    wxControl.failNext('redirectTo');
    wxControl.failNext('reLaunch');
    replaceThenOpen(HOME_START, PROBLEM);
    expect(calls()).toEqual([]);
  });
});

test('links open only a non-empty string data-url', () => {
  const event = (dataset: Record<string, unknown>) =>
    ({ currentTarget: { dataset } }) as unknown as WechatMiniprogram.BaseEvent;
  openFromEvent(event({ url: 42 }));
  openFromEvent(event({ url: '' }));
  openFromEvent(event({}));
  expect(calls()).toEqual([]);
  expect(datasetString(event({ key: 'a' }), 'key')).toBe('a');
  expect(datasetString(event({ key: '' }), 'key')).toBeUndefined();
  openFromEvent(event({ url: PROBLEM }));
  expect(calls()).toEqual([`navigateTo ${PROBLEM}`]);
});

test('a failing scroll or title is not an exception', () => {
  wxControl.failNext('pageScrollTo');
  wxControl.failNext('setNavigationBarTitle');
  expect(() => {
    scrollToAnchor('part-x');
    setPageTitle('标题');
  }).not.toThrow();
  expect(wxControl.pendingFailures()).toEqual({});
});

test('a relaunch starts the stack again at the page; a scroll goes to the anchor', () => {
  wxControl.fillPageStack(4);
  relaunch(HOME_START);
  expect(calls()).toEqual([`reLaunch ${HOME_START}`]);
  expect(wxControl.pageStack).toHaveLength(1);
  scrollToAnchor('part-check');
  expect(wxControl.record.scrolls).toEqual(['#part-check']);
});
