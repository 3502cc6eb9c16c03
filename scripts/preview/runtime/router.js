// @ts-check
// Draws the page stack the platform model keeps (scripts/lib/wx-model.ts, the 10-page limit and
// refusals live there): navigateTo hides the page below (it stays alive), redirectTo and reLaunch
// unload, navigateBack pops. Page hooks run in WeChat's order: onLoad(query) → onShow → onReady;
// onHide when covered, onUnload when removed. A first page that is not the home page gets
// WeChat's 返回首页 button in the navigation bar.
'use strict';
const simulate = require('miniprogram-simulate');
const wxssShim = require('./wxss-shim');
const ui = require('./ui');
const theme = require('./theme');
const { parseQuery } = require('../../lib/wx-model');

/**
 * @typedef {import('../../lib/wx-model').PageEntry} PageEntry
 * @typedef {import('../../lib/wx-model').WxModel<any>} Model
 * @typedef {{ route: string, query: Record<string, string>, search: string, root: any,
 *   holder: HTMLElement, instance: any, title: string, scrollY: number }} PageView
 */

const state = {
  /** @type {any} */
  config: null,
  /** @type {Map<string, string>} */
  loaded: new Map(),
  /** @type {Model | undefined} */
  model: undefined,
  /** @type {WeakMap<PageEntry, PageView>} */
  views: new WeakMap(),
};

/** @param {Model} model */
function useModel(model) {
  state.model = model;
}

function model() {
  if (!state.model) throw new Error('preview: no platform model');
  return state.model;
}

/** The drawn pages, bottom first. */
function stack() {
  return model()
    .pageStack.map((entry) => state.views.get(entry))
    .filter((view) => view !== undefined);
}

/** @param {string} route */
function tagFor(route) {
  return `p-${route.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`;
}

/** @returns {PageView | undefined} */
function top() {
  const views = stack();
  return views[views.length - 1];
}

/** @param {PageView} entry @param {string} name @param {unknown[]} args */
function hook(entry, name, ...args) {
  const fn = entry.instance[name];
  if (typeof fn === 'function') {
    try {
      return fn.apply(entry.instance, args);
    } catch (error) {
      console.error(`${entry.route} ${name} failed:`, error);
    }
  }
  return undefined;
}

/** @param {PageView} entry @param {string} name */
function pageLifetime(entry, name) {
  try {
    entry.root.triggerPageLifeTime(name);
  } catch (error) {
    console.error(`${entry.route} pageLifetimes.${name} failed:`, error);
  }
}

/** @param {string} route */
function titleFor(route) {
  const pageJson = state.config.json[route] || {};
  const window = state.config.appJson.window || {};
  return pageJson.navigationBarTitleText ?? window.navigationBarTitleText ?? '';
}

/** The home page: where 返回首页 leads (app.json's entryPagePath, else its first page). */
function homeRoute() {
  const appJson = state.config.appJson;
  return String(appJson.entryPagePath || appJson.pages[0]).replace(/^\//, '');
}

/** The navigation bar's and window's colours for the top page in the current theme. */
function renderWindowTheme() {
  const entry = top();
  const style = theme.windowStyle(entry ? state.config.json[entry.route] || {} : {});
  const root = document.documentElement.style;
  root.setProperty('--preview-nav-background', style.navBackground);
  root.setProperty('--preview-nav-text', style.navText);
  root.setProperty('--preview-page-background', style.pageBackground);
}

function renderNavBar() {
  const entry = top();
  const back = document.getElementById('preview-back');
  const home = document.getElementById('preview-home');
  const title = document.getElementById('preview-title');
  renderWindowTheme();
  if (title) title.textContent = entry ? entry.title : '';
  const first = stack().length <= 1;
  if (back) back.hidden = first;
  // WeChat draws 返回首页 on a first page that is not home (opened from a card, code or menu).
  if (home) home.hidden = !first || !entry || entry.route === homeRoute();
  document.title = entry ? `${entry.title} · 预览` : '预览';
  document.body.dataset.route = entry ? entry.route : '';
  if (entry) {
    const url = new URL(location.href);
    url.searchParams.set('current', entry.route + (entry.search ? `?${entry.search}` : ''));
    history.replaceState(null, '', url);
  }
}

/** @param {string} text */
function setTitle(text) {
  const entry = top();
  if (entry) entry.title = text;
  const node = document.getElementById('preview-title');
  if (node) node.textContent = text;
}

function scroller() {
  return /** @type {HTMLElement} */ (document.getElementById('preview-pages'));
}

/** @param {PageView} entry */
function hideView(entry) {
  entry.scrollY = scroller().scrollTop;
  hook(entry, 'onHide');
  pageLifetime(entry, 'hide');
  entry.holder.hidden = true;
}

/** @param {PageView} entry */
function showView(entry) {
  entry.holder.hidden = false;
  renderNavBar();
  scroller().scrollTop = entry.scrollY || 0;
  hook(entry, 'onShow');
  pageLifetime(entry, 'show');
}

/** @param {PageView} entry */
function unloadView(entry) {
  hook(entry, 'onUnload');
  try {
    entry.root.detach();
  } catch (error) {
    console.error(`${entry.route} detach failed:`, error);
  }
  entry.holder.remove();
}

/** @param {PageEntry} page */
function openView(page) {
  const { route, options: query } = page;
  const search = page.search ?? '';
  let id = state.loaded.get(route);
  if (!id) {
    id = /** @type {string} */ (simulate.load(`/${route}`, tagFor(route), { rootPath: '/' }));
    state.loaded.set(route, id);
  }
  wxssShim.apply('/app.wxss', tagFor(route));
  const root = simulate.render(id);
  const holder = document.createElement('div');
  holder.className = 'preview-page';
  holder.dataset.route = route;
  scroller().append(holder);
  root.attach(holder);
  const instance = root.instance;
  instance.route = route;
  instance.options = query;
  instance.__route__ = route;
  /** @type {PageView} */
  const entry = {
    route,
    query,
    search,
    root,
    holder,
    instance,
    title: titleFor(route),
    scrollY: 0,
  };
  state.views.set(page, entry);
  renderNavBar();
  scroller().scrollTop = 0;
  hook(entry, 'onLoad', query);
  hook(entry, 'onShow');
  pageLifetime(entry, 'show');
  requestAnimationFrame(() => hook(entry, 'onReady'));
}

/** @param {(view: PageView) => void} draw @returns {(page: PageEntry) => void} */
function onView(draw) {
  return (page) => {
    const view = state.views.get(page);
    if (view) draw(view);
  };
}

/** What the model calls as the stack changes. */
const pageView = {
  open: openView,
  hide: onView(hideView),
  show: onView(showView),
  unload: onView(unloadView),
};

/**
 * WeChat's own "页面不存在" page, shown when the page to open at launch does not exist and the
 * app has no App.onPageNotFound (or that handler redirected to another missing page).
 * @param {string} route
 */
function showNotFound(route) {
  for (const page of model().pageStack.splice(0).reverse()) pageView.unload(page);
  document.querySelectorAll('.preview-not-found').forEach((node) => node.remove());
  const holder = document.createElement('div');
  holder.className = 'preview-page preview-not-found';
  holder.dataset.route = route;
  const title = document.createElement('div');
  title.className = 'preview-not-found__title';
  title.textContent = '页面不存在';
  const detail = document.createElement('div');
  detail.className = 'preview-not-found__detail';
  detail.textContent = `/${route}`;
  holder.append(title, detail);
  scroller().append(holder);
  renderNavBar();
  document.title = '页面不存在 · 预览';
  document.body.dataset.notFound = route;
}

/**
 * Runs a navigation through the model; returns undefined on success or the error.
 * @param {string} method @param {{ url?: string, delta?: number }} options
 */
function navigate(method, options = {}) {
  if (method === 'navigateBack') return model().navigateBack(Number(options.delta) || 1);
  const error = model().navigate(
    method === 'redirectTo' ? 'redirectTo' : method === 'reLaunch' ? 'reLaunch' : 'navigateTo',
    String(options.url || ''),
  );
  if (!error) {
    document.querySelectorAll('.preview-not-found').forEach((node) => node.remove());
    delete document.body.dataset.notFound;
  }
  return error;
}

/**
 * Opens the launch page as WeChat does: a missing page goes to App.onPageNotFound (which must
 * redirect synchronously), and to "页面不存在" when there is none or it did not redirect.
 * @param {any} app @param {string} path @param {string} search
 */
function launch(app, path, search) {
  const route = String(path).replace(/^\//, '').split('?')[0] ?? '';
  if ((model().routes ?? []).includes(route)) {
    navigate('reLaunch', { url: `/${route}${search ? `?${search}` : ''}` });
    return;
  }
  if (app && typeof app.onPageNotFound === 'function') {
    try {
      app.onPageNotFound({
        path: route,
        query: parseQuery(search),
        isEntryPage: true,
      });
    } catch (error) {
      console.error('App.onPageNotFound failed:', error);
    }
    // Only a synchronous redirect to a page that exists counts; there is no second callback.
    if (stack().length > 0) return;
  }
  showNotFound(route);
}

/**
 * Shares the top page: asks onShareAppMessage, waits for its promise (3 s), shows the card.
 * @param {'button' | 'menu'} from @param {unknown} target
 */
async function share(from, target) {
  const entry = top();
  if (!entry) return;
  const handler = entry.instance.onShareAppMessage;
  if (typeof handler !== 'function') {
    ui.showToast({ title: '此页面没有定义 onShareAppMessage，不能转发', icon: 'none' });
    return;
  }
  /** @type {any} */
  let result = {};
  try {
    result = handler.call(entry.instance, { from, target, webViewUrl: '' }) || {};
  } catch (error) {
    console.error('onShareAppMessage failed:', error);
  }
  if (result.promise && typeof result.promise.then === 'function') {
    const late = new Promise((resolve) => setTimeout(() => resolve(undefined), 3000));
    const fromPromise = await Promise.race([result.promise.catch(() => undefined), late]);
    if (fromPromise) result = { ...result, ...fromPromise };
  }
  const appName = (state.config.appJson.window || {}).navigationBarTitleText || '小程序';
  const defaultPath = `/${entry.route}${entry.search ? `?${entry.search}` : ''}`;
  const path = typeof result.path === 'string' && result.path ? result.path : defaultPath;
  const card = {
    from,
    appName,
    title: result.title || appName,
    path,
    imageUrl: result.imageUrl || '',
  };
  const shares = /** @type {any} */ (window);
  shares.__PREVIEW_SHARES__ = [...(shares.__PREVIEW_SHARES__ || []), card];
  ui.showShareCard({ ...card, onOpenAsFriend: () => launchAgain(path, 1007) });
}

/**
 * Reloads the preview as a fresh launch of `path` with a scene (e.g. a friend opening a card).
 * @param {string} path @param {number} scene
 */
function launchAgain(path, scene) {
  const { route, search } = model().resolveUrl(path);
  const url = new URL(location.href);
  const kept = ['theme', 'font', 'privacy', 'platform'].map((key) => [
    key,
    url.searchParams.get(key),
  ]);
  url.search = '';
  for (const [key, value] of kept) if (key && value) url.searchParams.set(key, value);
  url.searchParams.set('path', route);
  if (search) url.searchParams.set('query', search);
  url.searchParams.set('scene', String(scene));
  location.assign(url);
}

module.exports = {
  scroller,
  state,
  stack,
  useModel,
  pageView,
  navigate,
  launch,
  share,
  top,
  setTitle,
  homeRoute,
  launchAgain,
  tagFor,
  renderWindowTheme,
};
