// @ts-check
// Post-processing of the Vant build in miniprogram/miniprogram_npm (run by scripts/build-npm.js):
// - Vant's icon font comes from a CDN (at.alicdn.com), which carriers have blocked (vant-weapp
//   #3997): it is replaced by a subset of the same font holding only the icons the app uses,
//   inlined as base64 (WXSS cannot load package files), and the unused icon classes are dropped;
// - the Vant files that only a subpackage uses are copied into that subpackage, so the main
//   package does not carry them (the official code-quality check in `npm run build` flags them).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Buffer } = require('node:buffer');
const { createRequire } = require('node:module');

const VANT = 'miniprogram_npm/@vant/weapp';

/** Vant component folders and single files used only by a subpackage, by subpackage root. */
const SUBPACKAGE_VANT = Object.freeze({});

/**
 * Every Vant icon the app shows: the ones Vant's own components draw (van-cell's arrows, the
 * checkbox tick, van-field's clear button) plus any `<van-icon name>` or
 * `icon` attribute in the app's WXML (test/build/icons.test.ts checks this list covers them).
 */
const ICONS = Object.freeze(['arrow', 'arrow-left', 'arrow-up', 'arrow-down', 'success', 'clear']);

/** `.van-icon-<name>:before{content:"\e660"}` in Vant's minified icon WXSS. */
const GLYPH_RULE = /\.van-icon-([\w-]+):before\{content:"\\([0-9a-f]+)"\}/g;
const FONT_FACE = /@font-face\{[^}]*font-family:vant-icon[^}]*\}/;

/**
 * The icon font Vant's CSS points at, from @vant/icons (the same font, embedded as base64 WOFF2).
 * @returns {Buffer}
 */
function vantIconFont() {
  const less = fs.readFileSync(
    createRequire(__filename).resolve('@vant/icons/src/encode-woff2.less'),
    'utf8',
  );
  const match = /data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)/.exec(less);
  if (!match?.[1])
    throw new Error('vant-layout: no WOFF2 font in @vant/icons/src/encode-woff2.less');
  return Buffer.from(match[1], 'base64');
}

/**
 * Rewrites Vant's icon WXSS: its @font-face gets a subset font (only `icons`) inlined, and the
 * glyph rules of the other icons go.
 * @param {string} wxss Vant's icon/index.wxss
 * @param {readonly string[]} icons
 * @param {(font: Buffer, text: string) => Promise<Buffer>} subset
 */
async function localIconWxss(wxss, icons, subset) {
  /** @type {Map<string, string>} */
  const codepoints = new Map();
  for (const match of wxss.matchAll(GLYPH_RULE)) codepoints.set(String(match[1]), String(match[2]));
  const unknown = icons.filter((name) => !codepoints.has(name));
  if (unknown.length > 0)
    throw new Error(`vant-layout: Vant has no icon named ${unknown.join(', ')}`);
  if (!FONT_FACE.test(wxss))
    throw new Error("vant-layout: no vant-icon @font-face in Vant's icon WXSS");
  const text = icons
    .map((name) => String.fromCodePoint(parseInt(String(codepoints.get(name)), 16)))
    .join('');
  const font = await subset(vantIconFont(), text);
  const face =
    '@font-face{font-weight:400;font-family:vant-icon;font-style:normal;font-display:auto;' +
    `src:url(data:font/woff2;base64,${font.toString('base64')}) format("woff2")}`;
  return wxss
    .replace(FONT_FACE, face)
    .replace(GLYPH_RULE, (rule, name) => (icons.includes(name) ? rule : ''));
}

/**
 * @param {string} miniprogramDir
 * @param {readonly string[]} [icons]
 */
async function localIconFont(miniprogramDir, icons = ICONS) {
  const subsetFont = require('subset-font');
  const file = path.join(miniprogramDir, VANT, 'icon/index.wxss');
  const wxss = await localIconWxss(fs.readFileSync(file, 'utf8'), icons, (font, text) =>
    subsetFont(font, text, { targetFormat: 'woff2' }),
  );
  fs.writeFileSync(file, wxss);
  return Buffer.byteLength(wxss);
}

/** A relative reference in JS, WXS, WXML, WXSS or JSON: './x' or '../x', quoted. */
const REFERENCE = /(['"])(\.\.?\/[^'"\s]+)\1/g;

/**
 * Copies the named Vant folders and files from the main package's miniprogram_npm into
 * `<root>/miniprogram_npm/@vant/weapp/`, pointing every relative reference (JS requires, WXS,
 * WXSS imports, usingComponents) at the main package's copy unless its target moves too.
 * @param {string} miniprogramDir the mini-program root (miniprogram/)
 * @param {string} root subpackage root
 * @param {readonly string[]} entries folders or files under @vant/weapp
 * @returns {string[]} the copied files, relative to the mini-program root
 */
function copyIntoSubpackage(miniprogramDir, root, entries) {
  const source = path.join(miniprogramDir, VANT);
  fs.rmSync(path.join(miniprogramDir, root, 'miniprogram_npm'), { recursive: true, force: true });
  const moves = (/** @type {string} */ target) =>
    entries.some(
      (entry) => target === entry || target.startsWith(`${entry}/`) || `${target}.js` === entry,
    );
  /** @type {string[]} */
  const files = [];
  for (const entry of entries) {
    const full = path.join(source, entry);
    if (!fs.existsSync(full)) throw new Error(`vant-layout: ${VANT}/${entry} is not built`);
    const names = fs.statSync(full).isDirectory()
      ? fs.readdirSync(full).map((name) => `${entry}/${name}`)
      : [entry];
    for (const file of names.filter((name) => !name.endsWith('.d.ts'))) {
      const dir = path.posix.dirname(file);
      const newDir = `${root}/${VANT}/${dir}`;
      const text = fs.readFileSync(path.join(source, file), 'utf8');
      const rewritten = text.replace(REFERENCE, (whole, quote, reference) => {
        const target = path.posix.join(dir, reference);
        if (target.startsWith('..') || moves(target)) return whole;
        return `${quote}${path.posix.relative(newDir, `${VANT}/${target}`)}${quote}`;
      });
      const out = path.join(miniprogramDir, root, VANT, file);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, rewritten);
      files.push(`${root}/${VANT}/${file}`);
    }
  }
  return files;
}

/** @param {string} miniprogramDir */
async function layOutVant(miniprogramDir) {
  const iconWxssBytes = await localIconFont(miniprogramDir);
  const moved = Object.entries(SUBPACKAGE_VANT).flatMap(([root, entries]) =>
    copyIntoSubpackage(miniprogramDir, root, entries),
  );
  return { iconWxssBytes, moved };
}

module.exports = {
  ICONS,
  SUBPACKAGE_VANT,
  VANT,
  copyIntoSubpackage,
  layOutVant,
  localIconWxss,
  vantIconFont,
};
