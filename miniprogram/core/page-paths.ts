// Every page path of the app, with its leading slash, as app.json lists it (a test checks both
// ways). Links, share cards, QR codes and the menu all build their paths from here.

export const PAGES = {
  home: '/pages/home/index',
  section: '/guide/pages/section/index',
  problem: '/guide/pages/problem/index',
  precheck: '/tools/pages/precheck/index',
  finder: '/tools/pages/finder/index',
  search: '/tools/pages/search/index',
  entry: '/pages/entry/index',
  classHelper: '/helper/pages/class-helper/index',
  assist: '/helper/pages/assist/index',
  privacy: '/pages/privacy/index',
} as const;
