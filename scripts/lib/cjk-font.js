// @ts-check
// The CJK web font for everything this project renders in Chromium (the preview, the QR sheet):
// Noto Sans SC from @fontsource/noto-sans-sc, split into unicode-range parts so a page loads only
// the parts its text needs, and for the symbols it lacks (⌕ and its neighbours in the technical,
// enclosed, geometric and dingbat blocks) Noto Sans Symbols 2. Text then never depends on the
// machine's fonts.
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

const SYMBOL_FONT_DIR = path.dirname(
  createRequire(__filename).resolve('@fontsource/noto-sans-symbols-2/package.json'),
);
/** The symbols face only (the package's other faces are Latin, maths, braille …). */
const SYMBOL_FONT_FILE = 'noto-sans-symbols-2-symbols-400-normal';
/** The blocks taken from the symbols font, tried before the CJK font's own glyphs for them. */
const SYMBOL_RANGES = 'U+2300-23FF,U+2460-24FF,U+25A0-27BF';

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
function cjkFontCss(base) {
  const cjkBase = base ?? pathToFileURL(`${CJK_FONT_DIR}/`).href;
  const symbolBase = base ?? pathToFileURL(`${SYMBOL_FONT_DIR}/`).href;
  const css = CJK_FONT_CSS.map((file) =>
    fs
      .readFileSync(path.join(CJK_FONT_DIR, file), 'utf8')
      .replace(/url\(\.\/files\//g, `url(${cjkBase}files/`),
  ).join('\n');
  // Declared after the CJK faces, so the browser tries it first for these blocks (both weights).
  const symbols = ['400', '700']
    .map(
      (weight) =>
        `@font-face {\n  font-family: '${CJK_FONT_FAMILY}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url(${symbolBase}files/${SYMBOL_FONT_FILE}.woff2) format('woff2');\n  unicode-range: ${SYMBOL_RANGES};\n}`,
    )
    .join('\n');
  return [CJK_FONT_FAMILY, ...CJK_FONT_ALIASES]
    .map((family) =>
      `${css}\n${symbols}`.replace(/font-family: '[^']+';/g, `font-family: '${family}';`),
    )
    .join('\n');
}

module.exports = {
  CJK_FONT_ALIASES,
  CJK_FONT_CSS,
  CJK_FONT_DIR,
  CJK_FONT_FAMILY,
  SYMBOL_FONT_DIR,
  cjkFontCss,
};
