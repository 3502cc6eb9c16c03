// A page that cannot be opened in any way (its subpackage did not download) is told, once per try;
// before the app sets the words, nothing is shown. Its own file: the notice is module state.
import {
  noticeNavigationFailures,
  openPage,
  relaunch,
  replaceThenOpen,
} from '../../miniprogram/services/navigation';
import { wxControl } from '../helpers/wx-mock';

const NOTICE = '页面没有打开，请检查网络后再试';
const PAGE = '/guide/pages/problem/index?id=3';

beforeEach(() => {
  wxControl.reset();
  wxControl.fillPageStack(1);
});

test('before the app sets its words, a page that cannot open shows nothing', () => {
  wxControl.failNext('reLaunch');
  relaunch(PAGE);
  expect(wxControl.record.toasts).toEqual([]);
});

describe('once the words are set', () => {
  beforeAll(() => {
    noticeNavigationFailures(NOTICE);
  });

  test('a link refused by navigateTo, redirectTo and reLaunch is told', () => {
    wxControl.failNext('navigateTo');
    wxControl.failNext('redirectTo');
    wxControl.failNext('reLaunch');
    openPage(PAGE);
    expect(wxControl.record.toasts).toEqual([NOTICE]);
  });

  test('a refused relaunch is told; one that works is not', () => {
    wxControl.failNext('reLaunch');
    relaunch(PAGE);
    expect(wxControl.record.toasts).toEqual([NOTICE]);
    relaunch(PAGE);
    expect(wxControl.record.toasts).toEqual([NOTICE]);
  });

  test('the entry page: both ways of putting the start underneath refused is told', () => {
    wxControl.failNext('redirectTo');
    wxControl.failNext('reLaunch');
    replaceThenOpen('/pages/home/index?start=1', PAGE);
    expect(wxControl.record.toasts).toEqual([NOTICE]);
  });

  test('a page that opens shows no notice', () => {
    openPage(PAGE);
    expect(wxControl.record.toasts).toEqual([]);
  });
});
