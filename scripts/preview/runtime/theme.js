// @ts-check
// WeChat's theme and text size in the preview. The theme follows prefers-color-scheme unless the
// /app URL forces one (`theme=light|dark`); the navigation bar and the window background come
// from app.json's window (and each page's .json), with @-variables resolved through theme.json,
// as WeChat does with "darkmode": true. `font=16|17|22|27` sets the root font size that
// page-meta's root-font-size="system" gives on a phone (Android's standard is 16 px, iOS's 17).
'use strict';

/** @typedef {'light' | 'dark'} Theme */
/** @typedef {(result: { theme: Theme }) => void} ThemeListener */
/** @typedef {Record<string, string | undefined>} WindowJson app.json's window or a page's .json */

const DEFAULT_FONT = 17;
const MIN_FONT = 12;
const MAX_FONT = 40;
/** WeChat's own window defaults when app.json sets nothing. @type {Record<string, string>} */
const WINDOW_DEFAULTS = {
  navigationBarBackgroundColor: '#000000',
  navigationBarTextStyle: 'white',
  backgroundColor: '#ffffff',
};

/**
 * @type {{
 *   forced: Theme | undefined,
 *   fontSize: number,
 *   themeJson: Record<string, Record<string, string>>,
 *   appWindow: WindowJson,
 *   listeners: ThemeListener[],
 *   media: MediaQueryList | undefined,
 *   current: Theme,
 * }}
 */
const state = {
  forced: undefined,
  fontSize: DEFAULT_FONT,
  themeJson: { light: {}, dark: {} },
  appWindow: {},
  listeners: [],
  media: undefined,
  current: 'light',
};

/**
 * The URL's `theme` when it names a theme, else undefined (follow the system).
 * @param {string | null | undefined} raw
 * @returns {Theme | undefined}
 */
function parseTheme(raw) {
  return raw === 'light' || raw === 'dark' ? raw : undefined;
}

/**
 * The URL's `font` as a root font size in px (12–40), else WeChat's default 17.
 * @param {string | null | undefined} raw
 */
function parseFontSize(raw) {
  const size = Number(raw);
  return Number.isFinite(size) && size >= MIN_FONT && size <= MAX_FONT ? size : DEFAULT_FONT;
}

/** @returns {Theme} */
function systemTheme() {
  return state.media && state.media.matches ? 'dark' : 'light';
}

/** @returns {Theme} */
function currentTheme() {
  return state.forced ?? systemTheme();
}

/**
 * A window value, with `@name` looked up in theme.json for the given theme.
 * @param {string | undefined} value
 * @param {Theme} theme
 * @returns {string | undefined}
 */
function resolve(value, theme) {
  if (typeof value !== 'string' || !value.startsWith('@')) return value;
  const found = (state.themeJson[theme] || {})[value.slice(1)];
  if (found === undefined) console.error(`preview: theme.json has no ${theme}.${value.slice(1)}`);
  return found;
}

/**
 * The navigation bar and window background of a page (its .json over app.json's window).
 * @param {WindowJson} [pageJson]
 * @param {Theme} [theme]
 */
function windowStyle(pageJson = {}, theme = currentTheme()) {
  /** @param {string} key */
  const pick = (key) =>
    resolve(pageJson[key] ?? state.appWindow[key], theme) ?? WINDOW_DEFAULTS[key];
  return {
    navBackground: pick('navigationBarBackgroundColor'),
    navText: pick('navigationBarTextStyle') === 'black' ? '#000000' : '#ffffff',
    pageBackground: pick('backgroundColor'),
  };
}

/**
 * With a forced theme, every `(prefers-color-scheme: …)` media rule in the page's stylesheets
 * (the app's WXSS included) is rewritten to match that theme; the original is kept, so the rule
 * can be rewritten again. Run after stylesheets are added.
 */
/** @type {WeakMap<CSSMediaRule, string>} */
const originalMedia = new WeakMap();
function applyForcedTheme() {
  if (!state.forced) return;
  /** @param {CSSRuleList} rules */
  const visit = (rules) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        if (!originalMedia.has(rule)) originalMedia.set(rule, rule.media.mediaText);
        const original = originalMedia.get(rule) ?? '';
        if (/prefers-color-scheme/.test(original)) {
          const forced = original.replace(
            /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/g,
            (/** @type {string} */ _, /** @type {string} */ wanted) =>
              wanted === state.forced ? 'all' : 'not all',
          );
          if (rule.media.mediaText !== forced) rule.media.mediaText = forced;
        }
        visit(rule.cssRules);
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read; the preview has none.
    }
  }
}

/** @param {ThemeListener} listener */
function onChange(listener) {
  state.listeners.push(listener);
}

/** @param {ThemeListener} [listener] */
function offChange(listener) {
  state.listeners = listener ? state.listeners.filter((fn) => fn !== listener) : [];
}

function update() {
  const theme = currentTheme();
  const changed = theme !== state.current;
  state.current = theme;
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  if (changed) for (const listener of [...state.listeners]) listener({ theme });
}

/**
 * Reads the URL and app.json/theme.json; sets the root font size and the theme.
 * @param {{
 *   appJson: { window?: WindowJson },
 *   themeJson: Record<string, Record<string, string>> | undefined,
 *   params: URLSearchParams,
 * }} options
 */
function init({ appJson, themeJson, params }) {
  state.forced = parseTheme(params.get('theme'));
  state.fontSize = parseFontSize(params.get('font'));
  state.themeJson = { light: {}, dark: {}, ...(themeJson || {}) };
  state.appWindow = appJson.window || {};
  state.media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;
  state.current = currentTheme();
  document.documentElement.style.fontSize = `${state.fontSize}px`;
  document.documentElement.dataset.theme = state.current;
  document.documentElement.style.colorScheme = state.current;
  document.documentElement.dataset.font = String(state.fontSize);
  if (state.media && typeof state.media.addEventListener === 'function') {
    state.media.addEventListener('change', update);
  }
  new MutationObserver(applyForcedTheme).observe(document.head, { childList: true });
  applyForcedTheme();
}

module.exports = {
  init,
  windowStyle,
  currentTheme,
  fontSize: () => state.fontSize,
  forcedTheme: () => state.forced,
  applyForcedTheme,
  onChange,
  offChange,
  parseTheme,
  parseFontSize,
  DEFAULT_FONT,
};
