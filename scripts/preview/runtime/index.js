// Starts the mini-program in the browser: miniprogram-simulate in its browser mode (files from
// window.__FILE_MAP__: page/component .json, and the wcc-compiled templates), with each
// component's code run from the bundle, then App(), then the launch page from the URL.
'use strict';
const { wx, model } = require('./wx');
const { appPageRoutes, subpackageRoots } = require('../../lib/app-routes');
const { parseQuery } = require('../../lib/wx-model');

// Globals WeChat provides, defined before simulate merges its own wx mock under ours.
globalThis.wx = wx;
const appHolder = { instance: undefined };
globalThis.getApp = () => appHolder.instance;
globalThis.App = (options) => {
  appHolder.instance = options;
};

const simulate = require('miniprogram-simulate');
const simulateUtils = require('miniprogram-simulate/src/utils');
const jUtils = require('j-component/src/tool/utils');
const exparser = require('miniprogram-exparser');
require('./builtins');
const router = require('./router');
const wxssShim = require('./wxss-shim');
const theme = require('./theme');

globalThis.getCurrentPages = () => router.stack().map((entry) => entry.instance);

// Pages written with Page() become components with the hooks as methods (WeChat allows both).
globalThis.Page = (options = {}) => {
  const methods = {};
  const rest = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value;
    else if (key !== 'data') rest[key] = value;
  }
  return globalThis.Component({ ...rest, data: options.data || {}, methods });
};

// Inline styles: rpx scale with the frame's width, as in wcsc's output.
jUtils.transformRpx = (style) =>
  String(style).replace(
    /(-?\d*\.?\d+)rpx/gi,
    (_, value) => `${window.__transformRpx__(Number(value))}px`,
  );

const hostBehaviors = new Map();
/** Marks each component's host element with is="<path>", which wcsc's `:host` rules select. */
function hostBehavior(path) {
  let id = hostBehaviors.get(path);
  if (!id) {
    id = globalThis.Behavior({
      lifetimes: {
        created() {
          const dom = this._exparserNode && this._exparserNode.$$;
          if (dom) dom.setAttribute('is', path);
        },
      },
    });
    hostBehaviors.set(path, id);
  }
  return id;
}

/** Sends mouse clicks to exparser as taps (a phone's touches already are, via j-component). */
function forwardClicks() {
  // Transition and animation ends bubble to exparser as in WeChat (Vant's transitions use them).
  for (const name of ['transitionend', 'animationstart', 'animationiteration', 'animationend']) {
    document.addEventListener(
      name,
      (event) => {
        if (!event.target || !event.target.__wxElement) return;
        exparser.Event.dispatchEvent(
          event.target,
          exparser.Event.create(name, {}, { originalEvent: event, bubbles: true, composed: true }),
        );
      },
      true,
    );
  }
  let lastTouch = 0;
  document.addEventListener('touchend', () => (lastTouch = Date.now()), true);
  document.addEventListener('click', (event) => {
    if (Date.now() - lastTouch < 600) return;
    const pages = document.getElementById('preview-pages');
    if (!pages || !pages.contains(event.target)) return;
    let target = event.target;
    while (target && !target.__wxElement) target = target.parentNode;
    if (!target) return;
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(
        'tap',
        { x: event.pageX, y: event.pageY },
        {
          originalEvent: event,
          bubbles: true,
          capturePhase: true,
          composed: true,
          extraFields: { touches: [], changedTouches: [] },
        },
      ),
    );
  });
}

function launchOptions(appJson) {
  const params = new URLSearchParams(location.search);
  // An unknown path is kept: start() hands it to App.onPageNotFound, as WeChat does.
  const requested = (params.get('path') || '').replace(/^\//, '').split('?')[0];
  const path = requested || appJson.entryPagePath || appJson.pages[0];
  const query = parseQuery(params.get('query') || '');
  const scene = Number(params.get('scene')) || 1001;
  const referrer = params.get('referrerAppId');
  return {
    path,
    query,
    search: params.get('query') || '',
    scene,
    referrerInfo: referrer ? { appId: referrer } : {},
    apiCategory: 'default',
    ...(params.get('shareTicket') ? { shareTicket: params.get('shareTicket') } : {}),
  };
}

function start(config) {
  const { appJson, json, factories, appFactory } = config;
  router.state.config = config;
  theme.init({
    appJson,
    themeJson: config.themeJson,
    params: new URLSearchParams(location.search),
  });
  theme.onChange(() => router.renderWindowTheme());
  model.routes = appPageRoutes(appJson);
  model.subpackageRoots = subpackageRoots(appJson);
  // WeChat titles the privacy guide with the registered name, which app.json's title bar carries
  // (`npm run check` keeps it equal to the configured appName).
  const appName = appJson.window && appJson.window.navigationBarTitleText;
  if (appName) model.privacy.contractName = `《${appName}隐私保护指引》`;

  window.__FILE_MAP__ = {};
  for (const [path, content] of Object.entries(json)) {
    window.__FILE_MAP__[`${path}.json`] = JSON.stringify(content);
    const template = window.__PREVIEW_GWX__(`${path}.wxml`);
    if (template) window.__FILE_MAP__[`${path}.wxml`] = template;
  }

  const register = globalThis.Component;
  simulateUtils.runJs = (filePath) => {
    const path = filePath.replace(/^\/+/, '');
    const factory = factories[path];
    if (!factory) {
      console.error(`preview: no code bundled for ${path}`);
      return;
    }
    globalThis.Component = (options) => {
      // addGlobalClass (every Vant component has it): app.wxss styles the component's inside.
      const own = options.options || {};
      if (own.addGlobalClass || ['apply-shared', 'shared'].includes(own.styleIsolation)) {
        wxssShim.sharesAppStyles(path);
      }
      return register({
        ...options,
        behaviors: [...(options.behaviors || []), hostBehavior(path)],
      });
    };
    try {
      factory();
    } finally {
      globalThis.Component = register;
    }
  };

  const options = launchOptions(appJson);
  model.enterOptions = {
    path: options.path,
    query: options.query,
    scene: options.scene,
    referrerInfo: options.referrerInfo,
    ...(options.shareTicket ? { shareTicket: options.shareTicket } : {}),
  };
  document.body.dataset.scene = String(options.scene);

  if (appFactory) appFactory();
  const app = appHolder.instance;
  if (app) {
    for (const hook of ['onLaunch', 'onShow']) {
      try {
        if (typeof app[hook] === 'function') app[hook](wx.getLaunchOptionsSync());
      } catch (error) {
        console.error(`App.${hook} failed:`, error);
      }
    }
  }

  document
    .getElementById('preview-back')
    ?.addEventListener('click', () => router.navigate('navigateBack', { delta: 1 }));
  document
    .getElementById('preview-home')
    ?.addEventListener('click', () =>
      router.navigate('reLaunch', { url: `/${router.homeRoute()}` }),
    );
  document.getElementById('preview-more')?.addEventListener('click', async () => {
    const top = router.top();
    const canShare = top && typeof top.instance.onShareAppMessage === 'function';
    const items = canShare ? ['转发给朋友', '重新进入小程序'] : ['重新进入小程序'];
    const index = await require('./ui').showActionSheet({ itemList: items });
    if (items[index] === '转发给朋友') router.share('menu', undefined);
    else if (items[index] === '重新进入小程序') location.reload();
  });
  forwardClicks();
  router.scroller().addEventListener('scroll', () => {
    const top = router.top();
    if (top && typeof top.instance.onPageScroll === 'function') {
      top.instance.onPageScroll({ scrollTop: router.scroller().scrollTop });
    }
  });

  router.launch(app, options.path, options.search);
  document.body.dataset.ready = 'true';
  window.__PREVIEW__ = { router, wx, simulate };
}

module.exports = { start };
