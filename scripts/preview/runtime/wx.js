// The `wx` API in the preview, behaving visibly: storage in localStorage, navigation through the
// page stack, toasts/dialogs drawn in the frame, the clipboard, launch options from the entry
// panel, and enough of selector queries and Canvas 2D to draw a share image. Anything not here
// falls back to miniprogram-simulate's own mock (merged under these by simulate).
'use strict';
const router = require('./router');
const ui = require('./ui');
const theme = require('./theme');

const STORAGE_PREFIX = 'wx-storage:';
let clipboard = '';

/** Calls success/fail/complete asynchronously, or returns a Promise when none is given. */
function asyncApi(name, run) {
  return (options = {}) => {
    const hasCallback = ['success', 'fail', 'complete'].some(
      (key) => typeof options[key] === 'function',
    );
    const settled = new Promise((resolve, reject) => {
      Promise.resolve()
        .then(() => run(options))
        .then(
          (result) => {
            const res = { errMsg: `${name}:ok`, ...(result || {}) };
            options.success?.(res);
            options.complete?.(res);
            resolve(res);
          },
          (error) => {
            const res =
              error && error.errMsg ? error : { errMsg: `${name}:fail ${error?.message || error}` };
            options.fail?.(res);
            options.complete?.(res);
            reject(res);
          },
        );
    });
    if (hasCallback) {
      settled.catch(() => undefined);
      return undefined;
    }
    return settled;
  };
}

function storageKeys() {
  const keys = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && key.startsWith(STORAGE_PREFIX)) keys.push(key.slice(STORAGE_PREFIX.length));
  }
  return keys;
}

function getStorageSync(key) {
  const raw = localStorage.getItem(STORAGE_PREFIX + key);
  if (raw === null) return '';
  try {
    return JSON.parse(raw).data;
  } catch {
    return '';
  }
}

function setStorageSync(key, data) {
  if (typeof key !== 'string' || key === '') throw new Error('setStorageSync:fail parameter error');
  const raw = JSON.stringify({ data });
  if (raw.length > 1024 * 1024) throw new Error('setStorageSync:fail entry size limit reached');
  localStorage.setItem(STORAGE_PREFIX + key, raw);
}

function navigation(method) {
  return asyncApi(method, (options) => {
    const error = router.navigate(method, options);
    if (error) throw error;
  });
}

function windowInfo() {
  const width = document.documentElement.clientWidth || 375;
  const height = window.innerHeight || 667;
  return {
    pixelRatio: window.devicePixelRatio || 2,
    screenWidth: width,
    screenHeight: height,
    windowWidth: width,
    windowHeight: height,
    statusBarHeight: 20,
    safeArea: { left: 0, right: width, top: 20, bottom: height, width, height: height - 20 },
    screenTop: 0,
  };
}

function systemInfo() {
  return {
    ...windowInfo(),
    brand: 'preview',
    model: 'Browser preview',
    system: 'iOS 16.0',
    platform: 'devtools',
    language: 'zh_CN',
    version: '8.0.50',
    SDKVersion: '3.7.0',
    theme: theme.currentTheme(),
    fontSizeSetting: theme.fontSize(),
    enableDebug: false,
  };
}

/** The exparser element a selector names, inside a component (or the current page). */
function selectIn(scope, selector, all) {
  const host =
    scope && scope._exparserNode ? scope._exparserNode : router.top()?.root._exparserNode;
  const shadow = host && host.shadowRoot;
  if (!shadow) return all ? [] : null;
  return all ? shadow.querySelectorAll(selector) : shadow.querySelector(selector);
}

function describe(node, fields) {
  if (!node) return null;
  const dom = node.$$;
  const out = {};
  if (fields.id) out.id = node.id || '';
  if (fields.dataset) out.dataset = { ...(node.dataset || {}) };
  if (dom && (fields.rect || fields.size)) {
    const rect = dom.getBoundingClientRect();
    if (fields.rect)
      Object.assign(out, {
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
      });
    if (fields.size) Object.assign(out, { width: rect.width, height: rect.height });
  }
  if (dom && fields.scrollOffset) {
    Object.assign(out, {
      scrollLeft: dom.scrollLeft,
      scrollTop: dom.scrollTop,
      scrollWidth: dom.scrollWidth,
      scrollHeight: dom.scrollHeight,
    });
  }
  if (fields.node) out.node = node.__previewNode || (dom && dom.querySelector('canvas')) || null;
  if (fields.computedStyle && dom) {
    const style = getComputedStyle(dom);
    for (const name of fields.computedStyle) out[name] = style.getPropertyValue(name);
  }
  return out;
}

/** wx.createSelectorQuery(): select/selectAll/selectViewport → fields/boundingClientRect/node → exec. */
function createSelectorQuery() {
  let scope = null;
  const queue = [];
  const query = {
    in(component) {
      scope = component;
      return query;
    },
    select: (selector) => nodesRef(selector, false),
    selectAll: (selector) => nodesRef(selector, true),
    selectViewport: () => nodesRef(null, false),
    exec(callback) {
      requestAnimationFrame(() => {
        const results = queue.map(({ selector, all, fields, cb }) => {
          let result;
          if (selector === null) {
            result = {
              ...windowInfo(),
              scrollTop: router.scroller().scrollTop,
              scrollLeft: router.scroller().scrollLeft,
              width: windowInfo().windowWidth,
              height: windowInfo().windowHeight,
            };
          } else if (all)
            result = selectIn(scope, selector, true).map((node) => describe(node, fields));
          else result = describe(selectIn(scope, selector, false), fields);
          cb?.(result);
          return result;
        });
        callback?.(results);
      });
      return query;
    },
  };
  function nodesRef(selector, all) {
    const push = (fields, cb) => {
      queue.push({ selector, all, fields, cb });
      return query;
    };
    return {
      boundingClientRect: (cb) => push({ id: true, dataset: true, rect: true, size: true }, cb),
      scrollOffset: (cb) => push({ id: true, dataset: true, scrollOffset: true }, cb),
      fields: (fields, cb) => push(fields, cb),
      node: (cb) => push({ node: true }, cb),
      context: (cb) => push({ context: true }, cb),
    };
  }
  return query;
}

function currentLaunchOptions() {
  return JSON.parse(JSON.stringify(router.state.launchOptions || {}));
}

const wx = {
  // Storage: localStorage, serialised like WeChat's (what comes back is a copy).
  getStorageSync,
  setStorageSync,
  removeStorageSync: (key) => localStorage.removeItem(STORAGE_PREFIX + key),
  clearStorageSync: () =>
    storageKeys().forEach((key) => localStorage.removeItem(STORAGE_PREFIX + key)),
  getStorageInfoSync: () => ({
    keys: storageKeys(),
    currentSize: Math.ceil(
      storageKeys().reduce(
        (sum, key) => sum + (localStorage.getItem(STORAGE_PREFIX + key) || '').length,
        0,
      ) / 1024,
    ),
    limitSize: 10240,
  }),
  getStorage: asyncApi('getStorage', ({ key }) => {
    if (localStorage.getItem(STORAGE_PREFIX + key) === null)
      throw { errMsg: 'getStorage:fail data not found' };
    return { data: getStorageSync(key) };
  }),
  setStorage: asyncApi('setStorage', ({ key, data }) => setStorageSync(key, data)),
  removeStorage: asyncApi('removeStorage', ({ key }) =>
    localStorage.removeItem(STORAGE_PREFIX + key),
  ),
  clearStorage: asyncApi('clearStorage', () => wx.clearStorageSync()),

  navigateTo: navigation('navigateTo'),
  redirectTo: navigation('redirectTo'),
  reLaunch: navigation('reLaunch'),
  switchTab: navigation('switchTab'),
  navigateBack: navigation('navigateBack'),

  setNavigationBarTitle: asyncApi('setNavigationBarTitle', ({ title }) => {
    const entry = router.top();
    if (entry) entry.title = String(title);
    const node = document.getElementById('preview-title');
    if (node) node.textContent = String(title);
  }),
  setNavigationBarColor: asyncApi('setNavigationBarColor', () => undefined),
  showNavigationBarLoading: () => undefined,
  hideNavigationBarLoading: () => undefined,
  pageScrollTo: asyncApi('pageScrollTo', ({ selector, scrollTop }) => {
    if (selector) {
      const node = selectIn(null, selector, false);
      if (!node || !node.$$) throw { errMsg: `pageScrollTo:fail ${selector} not found` };
      const pages = router.scroller();
      pages.scrollTop += node.$$.getBoundingClientRect().top - pages.getBoundingClientRect().top;
    } else router.scroller().scrollTop = Number(scrollTop) || 0;
  }),

  setClipboardData: asyncApi('setClipboardData', ({ data }) => {
    clipboard = String(data);
    window.__PREVIEW_CLIPBOARD__ = clipboard;
    navigator.clipboard?.writeText(clipboard).catch(() => undefined);
    ui.showToast({ title: '内容已复制', icon: 'none', duration: 1500 });
  }),
  getClipboardData: asyncApi('getClipboardData', () => ({ data: clipboard })),

  showToast: asyncApi('showToast', (options) => ui.showToast(options)),
  hideToast: asyncApi('hideToast', () => ui.hideToast()),
  showLoading: asyncApi('showLoading', ({ title = '', mask }) =>
    ui.showToast({ title, icon: 'loading', mask, persistent: true }),
  ),
  hideLoading: asyncApi('hideLoading', () => ui.hideToast()),
  showModal: asyncApi('showModal', (options) => ui.showModal(options)),
  showActionSheet: asyncApi('showActionSheet', async (options) => {
    const tapIndex = await ui.showActionSheet(options);
    if (tapIndex < 0) throw { errMsg: 'showActionSheet:fail cancel' };
    return { tapIndex };
  }),

  showShareMenu: asyncApi('showShareMenu', () => undefined),
  hideShareMenu: asyncApi('hideShareMenu', () => undefined),
  updateShareMenu: asyncApi('updateShareMenu', () => undefined),
  getLaunchOptionsSync: () => currentLaunchOptions(),
  getEnterOptionsSync: () => currentLaunchOptions(),

  getSystemInfoSync: systemInfo,
  getSystemInfo: asyncApi('getSystemInfo', systemInfo),
  getWindowInfo: windowInfo,
  getDeviceInfo: () => ({
    brand: 'preview',
    model: 'Browser preview',
    system: 'iOS 16.0',
    platform: 'devtools',
    pixelRatio: window.devicePixelRatio || 2,
  }),
  getAppBaseInfo: () => ({
    SDKVersion: '3.7.0',
    language: 'zh_CN',
    version: '8.0.50',
    theme: theme.currentTheme(),
    fontSizeSetting: theme.fontSize(),
    enableDebug: false,
  }),
  onThemeChange: (listener) => theme.onChange(listener),
  offThemeChange: (listener) => theme.offChange(listener),
  getAccountInfoSync: () => ({
    miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
  }),
  getPrivacySetting: asyncApi('getPrivacySetting', () => ({
    needAuthorization: false,
    privacyContractName: '《小程序隐私保护指引》',
  })),
  onNeedPrivacyAuthorization: () => undefined,
  openPrivacyContract: asyncApi('openPrivacyContract', () =>
    ui.showToast({ title: '预览：此处会打开隐私保护指引', icon: 'none' }),
  ),
  canIUse: () => true,
  nextTick: (fn) => Promise.resolve().then(fn),

  createSelectorQuery,
  canvasToTempFilePath: asyncApi(
    'canvasToTempFilePath',
    ({ canvas, fileType = 'png', quality }) => {
      if (!canvas || typeof canvas.toDataURL !== 'function')
        throw { errMsg: 'canvasToTempFilePath:fail canvas is empty' };
      return {
        tempFilePath: canvas.toDataURL(fileType === 'jpg' ? 'image/jpeg' : 'image/png', quality),
      };
    },
  ),
  createOffscreenCanvas: ({ width = 300, height = 150 } = {}) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.createImage = () => new Image();
    return canvas;
  },
  getImageInfo: asyncApi(
    'getImageInfo',
    ({ src }) =>
      new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () =>
          resolve({
            width: image.naturalWidth,
            height: image.naturalHeight,
            path: src,
            type: 'png',
          });
        image.onerror = () => reject({ errMsg: 'getImageInfo:fail' });
        image.src = src;
      }),
  ),
  saveImageToPhotosAlbum: asyncApi('saveImageToPhotosAlbum', () =>
    ui.showToast({ title: '预览：已保存到相册', icon: 'success' }),
  ),
  vibrateShort: asyncApi('vibrateShort', () => undefined),
  reportAnalytics: () => undefined,
};

module.exports = wx;
