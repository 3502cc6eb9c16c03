// @ts-check
// Small indexed PNGs for the bundled share cards: the picture Chromium drew is mapped onto a
// palette made of the card layout's own colours (four on today's cards: 2 bits a pixel). Glyph
// edges come out hard; each half-tone would double the bits, and bytes are scarce.
'use strict';
const { Buffer } = require('node:buffer');
const zlib = require('node:zlib');

/** @typedef {[number, number, number]} Rgb */
/** @typedef {import('../../miniprogram/helper/core/card-layout').CardLayout} CardLayout */
/** @typedef {import('../../miniprogram/helper/core/card-layout').DrawOp} DrawOp */

/** @param {string} hex @returns {Rgb} */
function rgbOf(hex) {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/**
 * The palette of a card: every colour its layout uses, in order of first use.
 * @param {CardLayout} layout
 * @returns {Rgb[]}
 */
function cardPalette(layout) {
  /** @type {Map<string, Rgb>} */
  const colours = new Map();
  for (const op of layout.ops) colours.set(op.color.toLowerCase(), rgbOf(op.color));
  if (colours.size > 256) throw new Error('more than 256 colours');
  return [...colours.values()];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * An indexed PNG of `rgba` (width × height × 4 bytes, alpha composited on white), each pixel the
 * nearest palette colour, at the fewest bits a pixel the palette allows, with `text` as tEXt
 * chunks (keyword → value).
 * @param {ArrayLike<number>} rgba
 * @param {number} width
 * @param {number} height
 * @param {Rgb[]} palette
 * @param {Record<string, string>} [text]
 */
function encodeIndexedPng(rgba, width, height, palette, text = {}) {
  const bits = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
  const perByte = 8 / bits;
  const rowBytes = Math.ceil(width / perByte);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  /** @type {Map<number, number>} */
  const nearest = new Map();
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const alpha = (rgba[at + 3] ?? 0) / 255;
      const pixel = [0, 1, 2].map((i) =>
        Math.round((rgba[at + i] ?? 0) * alpha + 255 * (1 - alpha)),
      );
      const key = ((pixel[0] ?? 0) << 16) | ((pixel[1] ?? 0) << 8) | (pixel[2] ?? 0);
      let index = nearest.get(key);
      if (index === undefined) {
        let best = Infinity;
        index = 0;
        for (let slot = 0; slot < palette.length; slot += 1) {
          const colour = palette[slot] ?? [0, 0, 0];
          const distance = colour.reduce(
            (sum, channel, i) => sum + (channel - (pixel[i] ?? 0)) ** 2,
            0,
          );
          if (distance < best) {
            best = distance;
            index = slot;
          }
        }
        nearest.set(key, index);
      }
      const byte = (rowBytes + 1) * y + 1 + Math.floor(x / perByte);
      raw[byte] = (raw[byte] ?? 0) | (index << (8 - bits * (1 + (x % perByte))));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(bits, 8);
  header.writeUInt8(3, 9); // colour type 3: indexed
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    ...Object.entries(text).map(([key, value]) =>
      chunk('tEXt', Buffer.from(`${key}\0${value}`, 'latin1')),
    ),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The tEXt chunks of a PNG (keyword → value).
 * @param {Buffer} png
 */
function pngText(png) {
  /** @type {Record<string, string>} */
  const found = {};
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    if (type === 'tEXt') {
      const data = png.subarray(at + 8, at + 8 + length).toString('latin1');
      const split = data.indexOf('\0');
      found[data.slice(0, split)] = data.slice(split + 1);
    }
    at += 12 + length;
  }
  return found;
}

module.exports = { cardPalette, encodeIndexedPng, pngText, rgbOf };
