// Stands in for miniprogram-simulate's src/wxss.js in the browser: instead of postcss it applies
// the official wcsc output (window.__PREVIEW_WXSS__), with the class prefix j-component gives
// each component (`<tag>--`), once per stylesheet and prefix; app.wxss as well for components
// that share the app's styles (addGlobalClass), as WeChat applies it inside them.
'use strict';

const applied = new Set();
/** Components whose options share the app's styles (addGlobalClass), by path. */
const sharing = new Set();

function sharesAppStyles(path) {
  sharing.add(path.replace(/^\/+/, ''));
}

function apply(file, prefix) {
  const key = `${file}|${prefix}`;
  if (applied.has(key)) return;
  applied.add(key);
  const rewritor = window.__PREVIEW_WXSS__(`.${file}`);
  if (typeof rewritor === 'function') rewritor(prefix ? `${prefix}--` : '', {});
}

module.exports = {
  // simulate calls getContent(`${componentPath}.wxss`), then compile(content, { prefix: tagName }).
  getContent(filePath) {
    return filePath.startsWith('/') ? filePath : `/${filePath}`;
  },
  compile(file, options = {}) {
    return { file, prefix: options.prefix || '' };
  },
  insert(list) {
    for (const item of Array.isArray(list) ? list : [list]) {
      if (!item || !item.file) continue;
      // app.wxss first, so the component's own rules win over it at equal specificity.
      const path = item.file.replace(/^\/+/, '').replace(/\.wxss$/, '');
      if (sharing.has(path)) apply('/app.wxss', item.prefix);
      apply(item.file, item.prefix);
    }
  },
  apply,
  sharesAppStyles,
};
