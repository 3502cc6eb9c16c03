// @ts-check
// The `wx` API in the preview: the platform model the jest fake also uses (scripts/lib/wx-model.ts)
// with storage in localStorage and the page stack drawn by ./router, plus what only a screen has:
// toasts, dialogs, WeChat's consent popup, the calendar sheet and the dialler drawn in the frame
// (saying what a phone would do, never pretending it happened), window and system info, selector
// queries and the Canvas 2D export. URL switches: privacy=needed (consent not given yet) or
// privacy=undeclared (nothing declared in the privacy guide), platform=android.
'use strict';
const { WxModel } = require('../../lib/wx-model');
const router = require('./router');
const ui = require('./ui');
const theme = require('./theme');

const STORAGE_PREFIX = 'wx-storage:';

/** wx storage kept in localStorage, one item per key, so it survives a reload as on a phone. */
class LocalStorageArea {
  /** @param {string} key */
  get(key) {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw).data;
    } catch {
      return undefined;
    }
  }
  /** @param {string} key */
  has(key) {
    return localStorage.getItem(STORAGE_PREFIX + key) !== null;
  }
  /** @param {string} key @param {unknown} value */
  set(key, value) {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ data: value }));
    return this;
  }
  /** @param {string} key */
  delete(key) {
    const had = this.has(key);
    localStorage.removeItem(STORAGE_PREFIX + key);
    return had;
  }
  keys() {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && key.startsWith(STORAGE_PREFIX)) keys.push(key.slice(STORAGE_PREFIX.length));
    }
    return keys;
  }
  clear() {
    for (const key of this.keys()) localStorage.removeItem(STORAGE_PREFIX + key);
  }
}

const params = new URLSearchParams(location.search);

const model = new WxModel({
  storage: new LocalStorageArea(),
  platform: params.get('platform') === 'android' ? 'android' : 'ios',
  // Callbacks run later, as on a phone, never inside the call.
  schedule: (run) => {
    setTimeout(run, 0);
  },
  pageView: router.pageView,
  host: {
    platformConsent: (_api, contractName, answer) => {
      void ui.showPlatformConsent(contractName).then(answer);
    },
    calendar: (event, answer) => {
      void ui.showCalendarSheet(event).then(answer);
    },
    phoneCall: (phoneNumber, answer) => {
      void ui.showDialler(phoneNumber).then(answer);
    },
    toast: (options) => {
      ui.showToast(options);
    },
    clipboard: (data) => {
      /** @type {any} */ (window).__PREVIEW_CLIPBOARD__ = data;
      navigator.clipboard?.writeText(data).catch(() => undefined);
    },
    modal: (options, answer) => {
      void ui.showModal(options).then(({ confirm, content }) => {
        answer(confirm, content);
      });
    },
    setTitle: (title) => {
      router.setTitle(title);
    },
    scrollTo: ({ selector, scrollTop }) => {
      const pages = router.scroller();
      if (!selector) {
        pages.scrollTop = Number(scrollTop) || 0;
        return undefined;
      }
      const node = selectIn(null, selector, false);
      if (!node || !node.$$) return { errMsg: `pageScrollTo:fail ${selector} not found` };
      pages.scrollTop += node.$$.getBoundingClientRect().top - pages.getBoundingClientRect().top;
      return undefined;
    },
    openPrivacyContract: (contractName) => {
      ui.showToast({ title: `预览：手机上这里会打开${contractName}`, icon: 'none' });
    },
    openSetting: (authSetting, done) => {
      void ui.showSettings(authSetting).then(done);
    },
  },
});
if (params.get('privacy') === 'needed') model.privacy.needAuthorization = true;
if (params.get('privacy') === 'undeclared') model.privacy.declared = [];
router.useModel(model);

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
    system: model.platform === 'android' ? 'Android 14' : 'iOS 16.0',
    platform: model.platform,
    language: 'zh_CN',
    version: '8.0.50',
    SDKVersion: '3.7.0',
    theme: theme.currentTheme(),
    fontSizeSetting: theme.fontSize(),
    enableDebug: false,
  };
}

/**
 * The exparser element a selector names, inside a component (or the current page).
 * @param {any} scope @param {string} selector @param {boolean} all
 * @returns {any}
 */
function selectIn(scope, selector, all) {
  const host =
    scope && scope._exparserNode ? scope._exparserNode : router.top()?.root._exparserNode;
  const shadow = host && host.shadowRoot;
  if (!shadow) return all ? [] : null;
  return all ? shadow.querySelectorAll(selector) : shadow.querySelector(selector);
}

/**
 * @param {any} node
 * @param {{ id?: boolean, dataset?: boolean, rect?: boolean, size?: boolean, node?: boolean }} fields
 */
function describe(node, fields) {
  if (!node) return null;
  const dom = node.$$;
  /** @type {Record<string, unknown>} */
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
  if (fields.node) out.node = node.__previewNode || (dom && dom.querySelector('canvas')) || null;
  return out;
}

/** wx.createSelectorQuery(): select/selectAll → fields/boundingClientRect/node → exec. */
function createSelectorQuery() {
  /** @type {any} */
  let scope = null;
  /** @type {{ selector: string, all: boolean, fields: object, cb?: (result: unknown) => void }[]} */
  const queue = [];
  /** @param {string} selector @param {boolean} all */
  const nodesRef = (selector, all) => {
    /** @param {object} fields @param {((result: unknown) => void)=} cb */
    const push = (fields, cb) => {
      queue.push({ selector, all, fields, cb });
      return query;
    };
    return {
      /** @param {((result: unknown) => void)=} cb */
      boundingClientRect: (cb) => push({ id: true, dataset: true, rect: true, size: true }, cb),
      /** @param {object} fields @param {((result: unknown) => void)=} cb */
      fields: (fields, cb) => push(fields, cb),
      /** @param {((result: unknown) => void)=} cb */
      node: (cb) => push({ node: true }, cb),
    };
  };
  const query = {
    /** @param {unknown} component */
    in(component) {
      scope = component;
      return query;
    },
    /** @param {string} selector */
    select: (selector) => nodesRef(selector, false),
    /** @param {string} selector */
    selectAll: (selector) => nodesRef(selector, true),
    /** @param {((results: unknown[]) => void)=} callback */
    exec(callback) {
      requestAnimationFrame(() => {
        const results = queue.map(({ selector, all, fields, cb }) => {
          const result = all
            ? Array.from(selectIn(scope, selector, true)).map((node) => describe(node, fields))
            : describe(selectIn(scope, selector, false), fields);
          cb?.(result);
          return result;
        });
        callback?.(results);
      });
      return query;
    },
  };
  return query;
}

/** @type {HTMLCanvasElement | undefined} */
let exporting;
model.addApi('createSelectorQuery', createSelectorQuery);
const exportCanvas = model.exportCanvasApi((blank) => {
  const canvas = exporting;
  if (!canvas || typeof canvas.toDataURL !== 'function') return undefined;
  if (!blank) return canvas.toDataURL('image/png');
  const empty = document.createElement('canvas');
  empty.width = canvas.width;
  empty.height = canvas.height;
  return empty.toDataURL('image/png');
});
model.addApi(
  'canvasToTempFilePath',
  /** @param {{ canvas?: HTMLCanvasElement }} options */
  (options) => {
    exporting = options.canvas;
    return exportCanvas(/** @type {never} */ (options));
  },
);
model.addApi('getWindowInfo', windowInfo);
model.addApi('getSystemInfoSync', systemInfo);
// The theme.json dark mode: the preview's colour scheme is the phone's, and a switch is told.
model.addApi('onThemeChange', (/** @type {any} */ listener) => theme.onChange(listener));
model.addApi('offThemeChange', (/** @type {any} */ listener) => theme.offChange(listener));
model.addApi('canIUse', () => true);
model.addApi('nextTick', /** @param {() => void} fn */ (fn) => Promise.resolve().then(fn));

module.exports = { wx: model.wx, model };
