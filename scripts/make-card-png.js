// @ts-check
// Writes miniprogram/assets/assist-card.png, the share card used when the phone cannot draw one:
// a 5:4 picture with the CHSI domain, four numbered steps and arrows between them. It is drawn
// pixel by pixel and encoded with Node's zlib, so the same script always writes the same bytes.
// Usage: node scripts/make-card-png.js [--check]   (--check fails if the committed file differs)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { Buffer } = require('node:buffer');

const WIDTH = 500;
const HEIGHT = 400;
const OUT = path.join(__dirname, '../miniprogram/assets/assist-card.png');

/** @typedef {[number, number, number]} Rgb */
/** @type {{ white: Rgb, blue: Rgb, pale: Rgb, grey: Rgb, dark: Rgb }} */
const C = {
  white: [255, 255, 255],
  blue: [22, 96, 201],
  pale: [238, 244, 253],
  grey: [200, 205, 212],
  dark: [92, 92, 92],
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

function draw() {
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

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function encode() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const rows = [];
  for (let y = 0; y < HEIGHT; y += 1) {
    rows.push(Buffer.from([0]), pixels.subarray(y * WIDTH * 3, (y + 1) * WIDTH * 3));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

draw();
const png = encode();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT) : Buffer.alloc(0);
  if (!current.equals(png)) {
    console.error(
      `${path.relative(process.cwd(), OUT)} is out of date: run node scripts/make-card-png.js`,
    );
    process.exit(1);
  }
  console.log(`${OUT}: up to date (${png.length} bytes)`);
} else {
  fs.writeFileSync(OUT, png);
  console.log(`wrote ${OUT} (${png.length} bytes, ${WIDTH}×${HEIGHT})`);
}
