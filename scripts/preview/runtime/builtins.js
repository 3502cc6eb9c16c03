// @ts-check
// WeChat's built-in components for the browser. miniprogram-simulate registers each as an inert
// `<slot/>`; here the ones pages rely on get behaviour: image shows its picture, input/textarea
// take typing, button handles open-type="share" and "agreePrivacyAuthorization", navigator
// navigates, canvas gives a real 2D canvas.
'use strict';
const jComponent = require('j-component');
const router = require('./router');
const ui = require('./ui');

/**
 * What `this` is inside a built-in's lifetimes, observers and methods (j-component's instance).
 * @typedef {{
 *   _exparserNode: any,
 *   data: Record<string, any>,
 *   triggerEvent: (name: string, detail?: object) => void,
 *   _render: () => void,
 *   _sync: () => void,
 * }} Builtin
 */

/** @param {string} name @param {any} definition */
function define(name, definition) {
  jComponent.register({ id: name, tagName: `wx-${name}`, template: '<slot/>', ...definition });
}

/**
 * A property whose every change redraws the built-in with `method`.
 * @param {StringConstructor | BooleanConstructor | NumberConstructor} type
 * @param {string | boolean | number} value
 * @param {'_render' | '_sync'} method
 */
function redrawn(type, value, method) {
  return {
    type,
    value,
    /** @this {Builtin} */
    observer() {
      this[method]();
    },
  };
}

/**
 * Where an image path points: '/x' is the mini-program root; 'x' is next to the component.
 * @param {any} node the exparser node of the image
 * @param {string} src
 */
function resolveSrc(node, src) {
  if (!src || /^(https?:|data:|blob:|wxfile:)/.test(src)) return src;
  if (src.startsWith('/')) return `/mp${src}`;
  let owner = node.ownerShadowRoot && node.ownerShadowRoot.__wxHost;
  const base = owner && owner.$$ ? owner.$$.getAttribute('is') || '' : '';
  const dir = base.split('/').slice(0, -1);
  for (const part of src.split('/')) {
    if (part === '..') dir.pop();
    else if (part !== '.') dir.push(part);
  }
  return `/mp/${dir.join('/')}`;
}

/**
 * The built-in's own DOM element `tag`, created once inside its host element.
 * @template {keyof HTMLElementTagNameMap} Tag
 * @param {Builtin} caller
 * @param {Tag} tag
 * @param {string} [className]
 * @returns {HTMLElementTagNameMap[Tag]}
 */
function nativeChild(caller, tag, className) {
  const host = caller._exparserNode.$$;
  let child = host.querySelector(`:scope > ${tag}`);
  if (!child) {
    child = document.createElement(tag);
    if (className) child.className = className;
    host.append(child);
  }
  return child;
}

define('image', {
  properties: {
    src: redrawn(String, '', '_render'),
    mode: redrawn(String, 'scaleToFill', '_render'),
    lazyLoad: Boolean,
    showMenuByLongpress: Boolean,
    webp: Boolean,
  },
  lifetimes: {
    /** @this {Builtin} */
    attached() {
      this._render();
    },
  },
  methods: {
    /** @this {Builtin} */
    _render() {
      const node = this._exparserNode;
      if (!node || !node.$$) return;
      const img = nativeChild(this, 'img');
      /** @type {Record<string, string>} */
      const fit = {
        aspectFit: 'contain',
        aspectFill: 'cover',
        scaleToFill: 'fill',
        widthFix: 'fill',
        heightFix: 'fill',
      };
      img.style.objectFit = fit[this.data.mode] || 'none';
      node.$$.dataset.mode = this.data.mode;
      img.onload = () =>
        this.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight });
      img.onerror = () => this.triggerEvent('error', { errMsg: `GET ${this.data.src} failed` });
      const src = resolveSrc(node, this.data.src);
      if (src) img.src = src;
      else img.removeAttribute('src');
    },
  },
});

/** @type {Record<string, string>} */
const INPUT_MODES = { number: 'numeric', digit: 'decimal', idcard: 'text' };

/** @param {'input' | 'textarea'} tag */
function textInput(tag) {
  return {
    properties: {
      value: redrawn(String, '', '_sync'),
      type: redrawn(String, 'text', '_sync'),
      password: redrawn(Boolean, false, '_sync'),
      placeholder: redrawn(String, '', '_sync'),
      disabled: redrawn(Boolean, false, '_sync'),
      maxlength: redrawn(Number, 140, '_sync'),
      focus: redrawn(Boolean, false, '_sync'),
      autoFocus: Boolean,
      autoHeight: Boolean,
      confirmType: String,
      placeholderClass: String,
      placeholderStyle: String,
      cursorSpacing: null,
      adjustPosition: Boolean,
      holdKeyboard: Boolean,
      alwaysEmbed: Boolean,
      selectionStart: Number,
      selectionEnd: Number,
      cursor: Number,
      fixed: Boolean,
      showConfirmBar: Boolean,
      disableDefaultPadding: Boolean,
      controlled: Boolean,
    },
    lifetimes: {
      /** @this {Builtin} */
      attached() {
        const field = nativeChild(this, tag);
        field.addEventListener('input', () => {
          const value = field.value;
          this.triggerEvent('input', {
            value,
            cursor: field.selectionStart ?? value.length,
            keyCode: 0,
          });
        });
        field.addEventListener('focus', () =>
          this.triggerEvent('focus', { value: field.value, height: 0 }),
        );
        field.addEventListener('blur', () =>
          this.triggerEvent('blur', { value: field.value, cursor: field.selectionStart }),
        );
        field.addEventListener('keydown', (event) => {
          if (event instanceof KeyboardEvent && event.key === 'Enter' && tag === 'input')
            this.triggerEvent('confirm', { value: field.value });
        });
        this._sync();
      },
    },
    methods: {
      /** @this {Builtin} */
      _sync() {
        if (!this._exparserNode || !this._exparserNode.$$) return;
        const field = nativeChild(this, tag);
        const data = this.data;
        if (field.value !== String(data.value ?? '')) field.value = String(data.value ?? '');
        if (field instanceof HTMLInputElement) {
          field.type =
            data.password || data.type === 'safe-password'
              ? 'password'
              : data.type === 'number' || data.type === 'digit' || data.type === 'idcard'
                ? 'text'
                : 'text';
          field.inputMode = INPUT_MODES[data.type] || 'text';
        }
        field.placeholder = data.placeholder || '';
        field.disabled = !!data.disabled;
        if (data.maxlength >= 0) field.maxLength = data.maxlength;
        else field.removeAttribute('maxlength');
        if (data.focus) requestAnimationFrame(() => field.focus());
      },
    },
  };
}
define('input', textInput('input'));
define('textarea', textInput('textarea'));

define('button', {
  properties: {
    type: String,
    size: String,
    plain: Boolean,
    disabled: Boolean,
    loading: Boolean,
    openType: String,
    formType: String,
    hoverClass: String,
    lang: String,
    sessionFrom: String,
    sendMessageTitle: String,
    sendMessagePath: String,
    sendMessageImg: String,
    appParameter: String,
    showMessageCard: Boolean,
    hoverStopPropagation: Boolean,
    hoverStartTime: Number,
    hoverStayTime: Number,
  },
  lifetimes: {
    /** @this {Builtin} */
    attached() {
      const node = this._exparserNode;
      node.addListener('tap', () => {
        if (this.data.disabled) return;
        const openType = this.data.openType;
        if (openType === 'share') {
          router.share('button', {
            id: node.id || '',
            dataset: { ...(node.dataset || {}) },
            offsetLeft: node.$$ ? node.$$.offsetLeft : 0,
            offsetTop: node.$$ ? node.$$.offsetTop : 0,
          });
        } else if (openType === 'agreePrivacyAuthorization') {
          // As in WeChat, the tap itself gives consent; the app's resolve() names this button.
          require('./wx').model.tapAgreeButton(node.id || '');
          this.triggerEvent('agreeprivacyauthorization', {});
        } else if (openType) {
          ui.showToast({ title: `预览中不可用：open-type="${openType}"`, icon: 'none' });
        }
      });
    },
  },
});

define('navigator', {
  properties: {
    url: String,
    openType: { type: String, value: 'navigate' },
    delta: { type: Number, value: 1 },
    target: String,
    hoverClass: String,
  },
  lifetimes: {
    /** @this {Builtin} */
    attached() {
      this._exparserNode.addListener('tap', () => {
        const { url, openType, delta } = this.data;
        /** @type {Record<string, string>} */
        const methods = {
          navigate: 'navigateTo',
          redirect: 'redirectTo',
          switchTab: 'switchTab',
          reLaunch: 'reLaunch',
          navigateBack: 'navigateBack',
        };
        const method = methods[openType] || 'navigateTo';
        const error = router.navigate(method, { url, delta });
        if (error) console.warn(error.errMsg);
      });
    },
  },
});

define('canvas', {
  properties: { type: String, canvasId: String, disableScroll: Boolean },
  lifetimes: {
    /** @this {Builtin} */
    attached() {
      // WeChat's canvas node carries these; the browser's has them on window.
      const canvas = Object.assign(nativeChild(this, 'canvas'), {
        createImage: () => new Image(),
        /** @param {FrameRequestCallback} fn */
        requestAnimationFrame: (fn) => requestAnimationFrame(fn),
        /** @param {number} id */
        cancelAnimationFrame: (id) => cancelAnimationFrame(id),
      });
      this._exparserNode.__previewNode = canvas;
    },
  },
});

module.exports = {};
