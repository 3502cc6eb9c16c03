// @ts-check
// Writes the bundled 5:4 share-card pictures, used when the phone cannot draw a card (and, for
// guide pages, always: a forwarded page never shows a screenshot). Each is the same layout as the
// card the app draws on a canvas (helper/core/card-layout.ts), drawn by Chromium's Canvas 2D with
// the bundled CJK font and stored as a small indexed PNG (scripts/lib/palette-png.js):
//   helper/assets/assist-card.png  the request card (CARD_CONTENT)
//   helper/assets/reply-card.png   the classmate's reply card (REPLY_CARD_CONTENT)
//   assets/guide-card.png          any guide page: the app's name and the guide's three steps
// Each file records a fingerprint of the layout it was drawn from; `--check` compares it with the
// current layout (no browser needed) and fails if a card's content or layout changed since.
// Usage: node scripts/make-card-png.js [--check]
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
require('./lib/register-ts');
const { layoutCard } = require('../miniprogram/helper/core/card-layout');
const { CARD_CONTENT, REPLY_CARD_CONTENT } = require('../miniprogram/helper/content/assist');
const { routes } = require('../miniprogram/content/routes');
const { staffConfig } = require('../miniprogram/content/staff-config');
const { cardPalette, encodeIndexedPng, pngText } = require('./lib/palette-png');

const MINIPROGRAM = path.resolve(__dirname, '../miniprogram');
/**
 * The pictures are drawn at 0.6 of the layout's 500 × 400 (300 × 240, still 5:4): chat shows a
 * card about 210 px wide, and every row of CJK glyph edges costs bytes in an app with little room.
 */
const SCALE = 0.6;
const FINGERPRINT_KEY = 'card-layout';

/** The guide card: the app's own name, and the guide's steps as the QR sheet names them. */
function guideCardContent() {
  const topic = (/** @type {string} */ code) =>
    (
      routes.find((/** @type {{ code: string }} */ route) => route.code === code)?.topic ?? ''
    ).replace(/^第 \d+ 步：/, '');
  return {
    title: staffConfig.appName,
    steps: ['reg', 'login', 'check'].map(topic),
    footer: CARD_CONTENT.footer,
  };
}

/** @type {{ file: string, content: import('../miniprogram/helper/core/card-layout').CardContent }[]} */
const CARDS = [
  { file: 'helper/assets/assist-card.png', content: CARD_CONTENT },
  { file: 'helper/assets/reply-card.png', content: REPLY_CARD_CONTENT },
  { file: 'assets/guide-card.png', content: guideCardContent() },
];

/**
 * What a card is drawn from: its layout under a fixed measure (1 em a character), so any change
 * of text, colour, size or position changes it, but no font or machine does.
 * @param {import('../miniprogram/helper/core/card-layout').CardContent} content
 */
function fingerprint(content) {
  const layout = layoutCard(content, (text, size) => Array.from(text).length * size);
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ scale: SCALE, layout }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Lays a card out with Chromium's text measurement (batches of measurements until the layout
 * asks for nothing new), so it wraps as the canvas card does.
 * @param {import('playwright-core').Page} page
 * @param {import('../miniprogram/helper/core/card-layout').CardContent} content
 * @param {string} family
 */
async function layoutInBrowser(page, content, family) {
  /** @type {Map<string, number>} */
  const widths = new Map();
  for (;;) {
    /** @type {Set<string>} */
    const missing = new Set();
    const layout = layoutCard(content, (text, size) => {
      const key = `${size}|${text}`;
      const width = widths.get(key);
      if (width !== undefined) return width;
      missing.add(key);
      return Array.from(text).length * size;
    });
    if (missing.size === 0) return layout;
    const keys = [...missing];
    // Runs in the page (a string, since scripts/ has no DOM types); measured bold, as the app does.
    const measured = /** @type {number[]} */ (
      await page.evaluate(
        `(() => { const c = document.createElement('canvas').getContext('2d');
          return ${JSON.stringify(keys)}.map((key) => { const at = key.indexOf('|');
            c.font = 'bold ' + key.slice(0, at) + 'px "${family}"';
            return c.measureText(key.slice(at + 1)).width; }); })()`,
      )
    );
    keys.forEach((key, index) => widths.set(key, measured[index] ?? 0));
  }
}

/**
 * Replays the layout's operations on a Canvas 2D, as helper/services/card-canvas.ts does.
 * @param {import('playwright-core').Page} page
 * @param {import('../miniprogram/helper/core/card-layout').CardLayout} layout
 * @param {string} family
 * @returns {Promise<{ width: number, height: number, rgba: number[] }>}
 */
async function drawInBrowser(page, layout, family) {
  return /** @type {{ width: number, height: number, rgba: number[] }} */ (
    await page.evaluate(
      `(() => { const layout = ${JSON.stringify(layout)}; const scale = ${SCALE};
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(layout.width * scale); canvas.height = Math.round(layout.height * scale);
        const c = canvas.getContext('2d'); c.scale(scale, scale); c.textBaseline = 'top';
        for (const op of layout.ops) {
          c.fillStyle = op.color;
          if (op.kind === 'rect') c.fillRect(op.x, op.y, op.width, op.height);
          else if (op.kind === 'circle') { c.beginPath(); c.arc(op.cx, op.cy, op.r, 0, 2 * Math.PI); c.fill(); }
          else { c.font = (op.bold ? 'bold ' : '') + op.size + 'px "${family}"'; c.textAlign = op.align; c.fillText(op.text, op.x, op.y); }
        }
        return { width: canvas.width, height: canvas.height,
          rgba: Array.from(c.getImageData(0, 0, canvas.width, canvas.height).data) }; })()`,
    )
  );
}

/** Draws every card in Chromium and writes it. */
async function writeCards() {
  const { chromium } = require('playwright-core');
  const { findChromium, launchOptions } = require('./lib/chromium');
  const { CJK_FONT_FAMILY, cjkFontCss } = require('./lib/cjk-font');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-cards-'));
  const browser = await chromium.launch(launchOptions(await findChromium()));
  try {
    const html = path.join(dir, 'cards.html');
    fs.writeFileSync(html, `<!doctype html><meta charset="utf-8"><style>${cjkFontCss()}</style>`);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    const text = CARDS.flatMap(({ content }) => [content.title, ...content.steps, content.footer])
      .concat('0123456789✓…')
      .join('');
    for (const weight of ['', 'bold ']) {
      await page.evaluate(
        `document.fonts.load(${JSON.stringify(`${weight}30px "${CJK_FONT_FAMILY}"`)}, ${JSON.stringify(text)})`,
      );
    }
    for (const card of CARDS) {
      const layout = await layoutInBrowser(page, card.content, CJK_FONT_FAMILY);
      const drawn = await drawInBrowser(page, layout, CJK_FONT_FAMILY);
      const png = encodeIndexedPng(drawn.rgba, drawn.width, drawn.height, cardPalette(layout), {
        [FINGERPRINT_KEY]: fingerprint(card.content),
      });
      const out = path.join(MINIPROGRAM, card.file);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, png);
      console.log(`wrote ${card.file} (${png.length} bytes, ${drawn.width}×${drawn.height})`);
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The cards whose file is missing or was drawn from another layout.
 * @param {string} [miniprogram] the mini-program folder to look in
 */
function staleCards(miniprogram = MINIPROGRAM) {
  return CARDS.filter((card) => {
    const file = path.join(miniprogram, card.file);
    if (!fs.existsSync(file)) return true;
    return pngText(fs.readFileSync(file))[FINGERPRINT_KEY] !== fingerprint(card.content);
  });
}

// Run as a command (not when a test requires this file).
if (path.resolve(process.argv[1] ?? '') === __filename) {
  if (process.argv.includes('--check')) {
    const stale = staleCards();
    for (const card of stale)
      console.error(`${card.file} is out of date: run node scripts/make-card-png.js`);
    if (stale.length > 0) process.exit(1);
    console.log(`share cards: ${CARDS.length} up to date`);
  } else {
    writeCards().catch((/** @type {unknown} */ error) => {
      console.error(`make-card-png: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  }
}

module.exports = { CARDS, FINGERPRINT_KEY, SCALE, fingerprint, staleCards, writeCards };
