// @ts-check
// Small DOM helpers for the frame's own UI (toasts, dialogs, sheets).
'use strict';

/**
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs]
 * @param {(Node | string | null)[]} [children]
 * @returns {HTMLElement}
 */
function h(tag, attrs = {}, children = []) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') element.textContent = String(value);
    else if (key.startsWith('on'))
      element.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

function overlayRoot() {
  return document.getElementById('preview-overlay') || document.body;
}

module.exports = { h, overlayRoot };
