// @ts-check
// The CJK web font for everything this project renders in Chromium (the preview, the QR sheet):
// Noto Sans SC from @fontsource/noto-sans-sc, split into unicode-range parts so a page loads only
// the parts its text needs. Text then never depends on the machine's fonts.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { createRequire } = require('node:module');

const CJK_FONT_DIR = path.dirname(
  createRequire(__filename).resolve('@fontsource/noto-sans-sc/package.json'),
);
/** Regular and bold, the two weights the pages use. */
const CJK_FONT_CSS = Object.freeze(['400.css', '700.css']);
const CJK_FONT_FAMILY = 'Noto Sans SC';

/**
 * The font's CSS with its files addressed under `base` (a URL ending in '/' whose `files/` holds
 * the package's font files); by default the package folder itself, as a file: URL.
 * @param {string} [base]
 */
function cjkFontCss(base = pathToFileURL(`${CJK_FONT_DIR}/`).href) {
  return CJK_FONT_CSS.map((file) =>
    fs
      .readFileSync(path.join(CJK_FONT_DIR, file), 'utf8')
      .replace(/url\(\.\/files\//g, `url(${base}files/`),
  ).join('\n');
}

module.exports = { CJK_FONT_CSS, CJK_FONT_DIR, CJK_FONT_FAMILY, cjkFontCss };
