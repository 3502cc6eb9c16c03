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
 * Family names the font is also registered under: the names our font stacks (app.wxss, the QR
 * sheet) give the system's Noto CJK, so those stacks reach the bundled font on any machine. A
 * web font shadows a system font of the same name, so every machine draws the same glyphs.
 */
const CJK_FONT_ALIASES = Object.freeze(['Noto Sans CJK SC']);

/**
 * The font's @font-face rules, under its own family name and its aliases, with its files
 * addressed under `base` (a URL ending in '/' whose `files/` holds the package's font files);
 * by default the package folder itself, as a file: URL.
 * @param {string} [base]
 */
function cjkFontCss(base = pathToFileURL(`${CJK_FONT_DIR}/`).href) {
  const css = CJK_FONT_CSS.map((file) =>
    fs
      .readFileSync(path.join(CJK_FONT_DIR, file), 'utf8')
      .replace(/url\(\.\/files\//g, `url(${base}files/`),
  ).join('\n');
  return [CJK_FONT_FAMILY, ...CJK_FONT_ALIASES]
    .map((family) => css.replace(/font-family: '[^']+';/g, `font-family: '${family}';`))
    .join('\n');
}

module.exports = { CJK_FONT_ALIASES, CJK_FONT_CSS, CJK_FONT_DIR, CJK_FONT_FAMILY, cjkFontCss };
