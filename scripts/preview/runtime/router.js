// The page stack as WeChat keeps it: navigateTo pushes (the page below stays alive, hidden),
// redirectTo replaces, navigateBack pops, reLaunch resets. Page hooks run in WeChat's order:
// onLoad(query) → onShow → onReady; onHide when covered, onUnload when removed.
'use strict';
const simulate = require('miniprogram-simulate');
const wxssShim = require('./wxss-shim');
const ui = require('./ui');
const theme = require('./theme');

const MAX_STACK = 10;
const state = {
  config: null,
  routes: [],
  stack: [],
  loaded: new Map(),
  launchOptions: null,
  app: null,
};

function tagFor(route) {
  return `p-${route.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`;
}

/** Splits 'a=1&b=2' into { a: '1', b: '2' } without decoding, as WeChat hands queries over. */
function parseQuery(search) {
  const query = {};
  for (const pair of (search || '').split('&')) {
    if (!pair) continue;
    const index = pair.indexOf('=');
    const key = index < 0 ? pair : pair.slice(0, index);
    query[key] = index < 0 ? '' : pair.slice(index + 1);
  }
  return query;
}

/** Resolves a url given to wx.navigateTo etc. (absolute, or relative to the current page). */
function resolveUrl(url) {
  const [pathPart, search = ''] = String(url).split('?');
  let route = pathPart;
  if (route.startsWith('/')) route = route.slice(1);
  else {
    const current = top();
    const base = current ? current.route.split('/').slice(0, -1) : [];
    for (const part of route.split('/')) {
      if (part === '..') base.pop();
      else if (part !== '.' && part) base.push(part);
    }
    route = base.join('/');
  }
  return { route, query: parseQuery(search), search };
}

function top() {
  return state.stack[state.stack.length - 1];
}

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

function pageLifetime(entry, name) {
  try {
    entry.root.triggerPageLifeTime(name);
  } catch (error) {
    console.error(`${entry.route} pageLifetimes.${name} failed:`, error);
  }
}

function titleFor(route) {
  const pageJson = state.config.json[route] || {};
  const window = state.config.appJson.window || {};
  return pageJson.navigationBarTitleText ?? window.navigationBarTitleText ?? '';
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
  const title = document.getElementById('preview-title');
  renderWindowTheme();
  if (title) title.textContent = entry ? entry.title : '';
  if (back) back.hidden = state.stack.length <= 1;
  document.title = entry ? `${entry.title} · 预览` : '预览';
  document.body.dataset.route = entry ? entry.route : '';
  const url = new URL(location.href);
  if (entry) {
    url.searchParams.set('current', entry.route + (entry.search ? `?${entry.search}` : ''));
    history.replaceState(null, '', url);
  }
}

function scroller() {
  return document.getElementById('preview-pages');
}

function hide(entry) {
  entry.scrollY = scroller().scrollTop;
  hook(entry, 'onHide');
  pageLifetime(entry, 'hide');
  entry.holder.hidden = true;
}

function show(entry) {
  entry.holder.hidden = false;
  renderNavBar();
  scroller().scrollTop = entry.scrollY || 0;
  hook(entry, 'onShow');
  pageLifetime(entry, 'show');
}

function unload(entry) {
  hook(entry, 'onUnload');
  try {
    entry.root.detach();
  } catch (error) {
    console.error(`${entry.route} detach failed:`, error);
  }
  entry.holder.remove();
}

function open(route, query, search) {
  let id = state.loaded.get(route);
  if (!id) {
    id = simulate.load(`/${route}`, tagFor(route), { rootPath: '/' });
    state.loaded.set(route, id);
  }
  wxssShim.apply('/app.wxss', tagFor(route));
  const root = simulate.render(id);
  const holder = document.createElement('div');
  holder.className = 'preview-page';
  holder.dataset.route = route;
  document.getElementById('preview-pages').append(holder);
  root.attach(holder);
  const instance = root.instance;
  instance.route = route;
  instance.options = query;
  instance.__route__ = route;
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
  state.stack.push(entry);
  renderNavBar();
  scroller().scrollTop = 0;
  hook(entry, 'onLoad', query);
  hook(entry, 'onShow');
  pageLifetime(entry, 'show');
  requestAnimationFrame(() => hook(entry, 'onReady'));
  return entry;
}

/**
 * WeChat's own "页面不存在" page, pushed when the page to open at launch does not exist and the
 * app has no App.onPageNotFound (or that handler redirected to another missing page).
 */
function showNotFound(route) {
  while (state.stack.length) unload(state.stack.pop());
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
  const bar = document.getElementById('preview-title');
  if (bar) bar.textContent = '';
  const back = document.getElementById('preview-back');
  if (back) back.hidden = true;
  document.title = '页面不存在 · 预览';
  document.body.dataset.route = '';
  document.body.dataset.notFound = route;
}

/**
 * Opens the launch page as WeChat does: a missing page goes to App.onPageNotFound (which must
 * redirect synchronously), and to "页面不存在" when there is none or it did not redirect.
 */
function launch(app, path, search) {
  const route = String(path).replace(/^\//, '').split('?')[0];
  if (state.routes.includes(route)) {
    navigate('reLaunch', { url: `/${route}${search ? `?${search}` : ''}` });
    return;
  }
  if (app && typeof app.onPageNotFound === 'function') {
    try {
      app.onPageNotFound({ path: route, query: parseQuery(search), isEntryPage: true });
    } catch (error) {
      console.error('App.onPageNotFound failed:', error);
    }
    // Only a synchronous redirect to a page that exists counts; there is no second callback.
    if (state.stack.length > 0) return;
  }
  showNotFound(route);
}

function fail(method, message) {
  return { errMsg: `${method}:fail ${message}` };
}

/** Runs a navigation; returns undefined on success or an error result. */
function navigate(method, options = {}) {
  if (method === 'navigateBack') {
    const delta = Math.max(1, Number(options.delta) || 1);
    if (state.stack.length <= 1) return fail(method, 'cannot navigate back at first page.');
    const removed = Math.min(delta, state.stack.length - 1);
    for (let i = 0; i < removed; i++) unload(state.stack.pop());
    show(top());
    return undefined;
  }
  const { route, query, search } = resolveUrl(options.url || '');
  if (!state.routes.includes(route)) return fail(method, `page "${route}" is not found`);
  document.querySelectorAll('.preview-not-found').forEach((node) => node.remove());
  delete document.body.dataset.notFound;
  if (method === 'navigateTo') {
    if (state.stack.length >= MAX_STACK) return fail(method, 'webview count limit exceed');
    if (top()) hide(top());
  } else if (method === 'redirectTo') {
    if (top()) unload(state.stack.pop());
  } else {
    // reLaunch and switchTab: the stack starts again.
    while (state.stack.length) unload(state.stack.pop());
  }
  open(route, query, search);
  return undefined;
}

/** Shares the top page: asks onShareAppMessage, waits for its promise (3 s), shows the card. */
async function share(from, target) {
  const entry = top();
  if (!entry) return;
  const handler = entry.instance.onShareAppMessage;
  if (typeof handler !== 'function') {
    ui.showToast({ title: '此页面没有定义 onShareAppMessage，不能转发', icon: 'none' });
    return;
  }
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
  window.__PREVIEW_SHARES__ = [...(window.__PREVIEW_SHARES__ || []), card];
  ui.showShareCard({
    ...card,
    onOpenAsFriend: () => launchAgain(path, from === 'button' || from === 'menu' ? 1007 : 1007),
  });
}

/** Reloads the preview as a fresh launch of `path` with a scene (e.g. a friend opening a card). */
function launchAgain(path, scene) {
  const { route, search } = resolveUrl(path);
  const url = new URL(location.href);
  const kept = ['theme', 'font'].map((key) => [key, url.searchParams.get(key)]);
  url.search = '';
  for (const [key, value] of kept) if (value) url.searchParams.set(key, value);
  url.searchParams.set('path', route);
  if (search) url.searchParams.set('query', search);
  url.searchParams.set('scene', String(scene));
  location.assign(url);
}

module.exports = {
  scroller,
  state,
  navigate,
  launch,
  share,
  top,
  resolveUrl,
  parseQuery,
  launchAgain,
  tagFor,
  renderWindowTheme,
};
