// @ts-check
// Writes the bundled 5:4 share-card pictures in miniprogram/assets/, used when the phone cannot
// draw a card (and, for guide pages, always: a forwarded page never shows a screenshot):
//   assist-card.png  the request card: the CHSI domain, four numbered steps, arrows between them
//   reply-card.png   the classmate's reply card: a large ✓ on green, the CHSI domain
//   guide-card.png   any guide page: a checklist with the first step ticked
// Drawn pixel by pixel and encoded with Node's zlib, so the same script always writes the same
// bytes. Usage: node scripts/make-card-png.js [--check]   (--check fails if a committed file differs)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const WIDTH = 500;
const HEIGHT = 400;
const ASSETS = path.join(__dirname, '../miniprogram/assets');

/** @typedef {[number, number, number]} Rgb */
/** @type {{ white: Rgb, blue: Rgb, pale: Rgb, grey: Rgb, dark: Rgb, green: Rgb, mint: Rgb }} */
const C = {
  white: [255, 255, 255],
  blue: [22, 96, 201],
  pale: [238, 244, 253],
  grey: [200, 205, 212],
  dark: [92, 92, 92],
  green: [7, 133, 90],
  mint: [236, 247, 241],
};

// 5×7 glyphs for the few characters drawn (the domain and the step numbers).
/** @type {Record<string, string[]>} */
const GLYPHS = {
  C: ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  1: ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  2: ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  3: ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  4: ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
};

const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);

/** @param {number} x @param {number} y @param {Rgb} rgb */
function set(x, y, rgb) {
  if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return;
  const at = (y * WIDTH + x) * 3;
  pixels[at] = rgb[0];
  pixels[at + 1] = rgb[1];
  pixels[at + 2] = rgb[2];
}

/** @param {number} x @param {number} y @param {number} w @param {number} h @param {Rgb} rgb */
function rect(x, y, w, h, rgb) {
  for (let row = y; row < y + h; row += 1)
    for (let col = x; col < x + w; col += 1) set(col, row, rgb);
}

/** @param {number} cx @param {number} cy @param {number} r @param {Rgb} rgb */
function disc(cx, cy, r, rgb) {
  for (let row = -r; row <= r; row += 1) {
    for (let col = -r; col <= r; col += 1)
      if (col * col + row * row <= r * r) set(cx + col, cy + row, rgb);
  }
}

/** @param {string} text @param {number} x @param {number} y @param {number} scale @param {Rgb} rgb */
function text(text, x, y, scale, rgb) {
  [...text].forEach((char, index) => {
    const glyph = GLYPHS[char];
    if (!glyph) throw new Error(`no glyph for ${char}`);
    glyph.forEach((line, row) => {
      [...line].forEach((bit, col) => {
        if (bit === '1') rect(x + (index * 6 + col) * scale, y + row * scale, scale, scale, rgb);
      });
    });
  });
}

/** @param {string} value @param {number} scale */
function textWidth(value, scale) {
  return (value.length * 6 - 1) * scale;
}

/** A tick: two thick strokes, the short one down-right, the long one up-right. */
/** @param {number} cx @param {number} cy @param {number} size @param {number} weight @param {Rgb} rgb */
function tick(cx, cy, size, weight, rgb) {
  const left = cx - size;
  const bottom = cy + Math.round(size * 0.6);
  for (let t = 0; t <= size * 0.6; t += 0.5) {
    disc(Math.round(left + t), Math.round(bottom - size * 0.6 + t), weight, rgb);
  }
  for (let t = 0; t <= size * 1.6; t += 0.5) {
    disc(Math.round(left + size * 0.6 + t), Math.round(bottom - t * 0.9), weight, rgb);
  }
}

function drawAssist() {
  rect(0, 0, WIDTH, HEIGHT, C.white);
  rect(0, 0, WIDTH, 96, C.blue);
  const domain = 'CHSI.COM.CN';
  text(domain, Math.round((WIDTH - textWidth(domain, 5)) / 2), 30, 5, C.white);
  const rowHeight = 62;
  for (let step = 0; step < 4; step += 1) {
    const top = 112 + step * rowHeight;
    const cy = top + 24;
    rect(24, top, WIDTH - 48, 48, C.pale);
    disc(56, cy, 20, C.blue);
    text(String(step + 1), 56 - Math.round(textWidth('1', 4) / 2), cy - 14, 4, C.white);
    rect(92, cy - 12, 300 - step * 40, 10, C.grey);
    rect(92, cy + 4, 200 - step * 20, 8, C.grey);
    if (step < 3) {
      // A small downward arrow between rows.
      rect(54, top + 50, 5, 8, C.dark);
      for (let row = 0; row < 5; row += 1) rect(50 + row, top + 56 + row, 13 - 2 * row, 1, C.dark);
    }
  }
  rect(24, HEIGHT - 24, WIDTH - 48, 4, C.blue);
}

function drawReply() {
  rect(0, 0, WIDTH, HEIGHT, C.mint);
  rect(0, 0, WIDTH, 96, C.green);
  const domain = 'CHSI.COM.CN';
  text(domain, Math.round((WIDTH - textWidth(domain, 5)) / 2), 30, 5, C.white);
  disc(WIDTH / 2, 236, 104, C.green);
  tick(WIDTH / 2 - 6, 232, 46, 9, C.white);
  rect(24, HEIGHT - 24, WIDTH - 48, 4, C.green);
}

function drawGuide() {
  rect(0, 0, WIDTH, HEIGHT, C.white);
  rect(0, 0, WIDTH, 96, C.blue);
  // A list of steps, the first one ticked: "follow these, one at a time".
  const rowHeight = 58;
  for (let step = 0; step < 5; step += 1) {
    const top = 116 + step * rowHeight;
    const cy = top + 22;
    rect(24, top, WIDTH - 48, 44, step === 0 ? C.pale : C.white);
    if (step === 0) {
      disc(56, cy, 18, C.blue);
      tick(54, cy, 9, 2, C.white);
    } else {
      disc(56, cy, 18, C.grey);
      disc(56, cy, 14, C.white);
    }
    rect(90, cy - 6, 320 - step * 36, 12, step === 0 ? C.blue : C.grey);
  }
  // Two bars in the band stand for the page title.
  rect(40, 34, 260, 14, C.white);
  rect(40, 58, 170, 10, C.pale);
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * An indexed-colour PNG (the cards use a handful of flat colours): a third of the RGB data
 * before compression, so each card stays around 1 KB in the package.
 */
function encode() {
  /** @type {Map<number, number>} */
  const index = new Map();
  const indices = Buffer.alloc(WIDTH * HEIGHT);
  for (let at = 0; at < WIDTH * HEIGHT; at += 1) {
    const rgb =
      ((pixels[at * 3] ?? 0) << 16) | ((pixels[at * 3 + 1] ?? 0) << 8) | (pixels[at * 3 + 2] ?? 0);
    let slot = index.get(rgb);
    if (slot === undefined) {
      slot = index.size;
      if (slot > 255) throw new Error('more than 256 colours: cannot write an indexed PNG');
      index.set(rgb, slot);
    }
    indices[at] = slot;
  }
  const palette = Buffer.alloc(index.size * 3);
  for (const [rgb, slot] of index) {
    palette[slot * 3] = (rgb >> 16) & 0xff;
    palette[slot * 3 + 1] = (rgb >> 8) & 0xff;
    palette[slot * 3 + 2] = rgb & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(3, 9); // colour type: indexed
  const rows = [];
  for (let y = 0; y < HEIGHT; y += 1) {
    rows.push(Buffer.from([0]), indices.subarray(y * WIDTH, (y + 1) * WIDTH));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @type {[string, () => void][]} */
const CARDS = [
  ['assist-card.png', drawAssist],
  ['reply-card.png', drawReply],
  ['guide-card.png', drawGuide],
];

let stale = false;
for (const [name, draw] of CARDS) {
  pixels.fill(0);
  draw();
  const png = encode();
  const out = path.join(ASSETS, name);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(out) ? fs.readFileSync(out) : Buffer.alloc(0);
    if (!current.equals(png)) {
      console.error(
        `${path.relative(process.cwd(), out)} is out of date: run node scripts/make-card-png.js`,
      );
      stale = true;
    } else console.log(`${out}: up to date (${png.length} bytes)`);
  } else {
    fs.writeFileSync(out, png);
    console.log(`wrote ${out} (${png.length} bytes, ${WIDTH}×${HEIGHT})`);
  }
}
if (stale) process.exit(1);
