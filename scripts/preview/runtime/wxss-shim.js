// Stands in for miniprogram-simulate's src/wxss.js in the browser: instead of postcss it applies
// the official wcsc output (window.__PREVIEW_WXSS__), with the class prefix j-component gives
// each component (`<tag>--`), once per stylesheet and prefix.
'use strict';

const applied = new Set();

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
      if (item && item.file) apply(item.file, item.prefix);
    }
  },
  apply,
};
