// Hostile input for fuzz tests: a seeded PRNG (failures are reproducible from the seed), queries
// with random, very long, emoji, control-character, broken-percent, WXML/HTML-like and
// number-like values, keys like __proto__, and corrupt stored values. Every generated string
// carries a marker, so a test can prove that nothing unchecked from the input is shown.

/** mulberry32: small, fast, good enough to explore inputs; same seed, same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (probability: number) => next() < probability,
  };
}

export interface Random {
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** A marker no page would ever show by itself; ASCII so percent-encoding it is meaningful. */
export const MARKER = 'QzFuzzMark7';

const EMOJI = ['😀', '🎓', '👨‍👩‍👧', '🏳️‍🌈', '🇨🇳', '\u{1F9D1}\u{200D}\u{1F393}', '❤️'];
const CONTROL = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u2028',
  '\u2029',
  '\u202e',
  '\ufeff',
  '\ud800',
];
const MARKUP = [
  `<view>${MARKER}</view>`,
  `{{${MARKER}}}`,
  `{{ ${MARKER} }}`,
  `<script>alert('${MARKER}')</script>`,
  `"><img src=x onerror=${MARKER}>`,
  `<wxs module="m">${MARKER}</wxs>`,
  `<template is="${MARKER}"/>`,
  `javascript:${MARKER}`,
  `&lt;${MARKER}&gt;`,
];
const BROKEN_PERCENT = ['%', '%E4%B8', '%zz', '%%', '%u4E2D', '%C0%AF', '%ED%A0%80', '%'.repeat(7)];
const NUMBER_LIKE = [
  '0',
  '3',
  '-1',
  '10',
  '99',
  '1e999',
  'NaN',
  'Infinity',
  '0x10',
  '3.0',
  '03',
  ' 3 ',
  '99999999999999999999',
  '-0',
  '+3',
  '１',
];
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'id ',
  'ID',
  '%69d',
];

function percentEncodeAll(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`)
    .join('');
}

function randomText(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const kind = random.int(6);
    if (kind === 0) text += String.fromCharCode(0x20 + random.int(95));
    else if (kind === 1) text += String.fromCharCode(0x4e00 + random.int(0x5000));
    else if (kind === 2) text += random.pick(EMOJI);
    else if (kind === 3) text += random.pick(CONTROL);
    else if (kind === 4) text += String.fromCodePoint(random.int(0x10ffff) & ~0x800);
    else text += random.pick(['&', '=', '?', '#', '/', '\\', '"', "'", '<', '>', '{', '}']);
  }
  return text;
}

/** A hostile string value; every kind except plain numbers carries the marker. */
export function hostileString(random: Random, validValues: readonly string[]): string {
  const kind = random.int(10);
  const around = (core: string) =>
    `${randomText(random, random.int(4))}${core}${randomText(random, random.int(4))}`;
  switch (kind) {
    case 0:
      return around(MARKER);
    case 1:
      // Very long: a random chunk repeated (generating every character would dominate the run).
      return `${MARKER}${randomText(random, 64).repeat(16 + random.int(320))}`;
    case 2:
      return `${random.pick(EMOJI).repeat(1 + random.int(50))}${MARKER}`;
    case 3:
      return `${random.pick(CONTROL)}${MARKER}${random.pick(CONTROL)}`;
    case 4:
      return `${random.pick(BROKEN_PERCENT)}${MARKER}${random.pick(BROKEN_PERCENT)}`;
    case 5:
      // Decodes to the marker: a page that decodes and echoes its input would show it.
      return percentEncodeAll(random.chance(0.5) ? MARKER : `<view>${MARKER}</view>`);
    case 6:
      return random.pick(MARKUP);
    case 7:
      return random.pick(NUMBER_LIKE);
    case 8: {
      // A value the app really uses, made hostile: padded, suffixed or doubled.
      const valid = validValues.length > 0 ? random.pick(validValues) : '1';
      return random.pick([
        `${valid}${MARKER}`,
        `${valid} ${MARKER}`,
        `${valid}&id=${MARKER}`,
        `${valid}%00${MARKER}`,
      ]);
    }
    default:
      return validValues.length > 0 ? random.pick(validValues) : random.pick(NUMBER_LIKE);
  }
}

/** A value that is not a string at all, where a string belongs. */
export function hostileNonString(random: Random): unknown {
  return random.pick<unknown>([
    3,
    -1,
    Number.NaN,
    null,
    undefined,
    true,
    [],
    [MARKER],
    {},
    { toString: MARKER },
    { [MARKER]: MARKER },
  ]);
}

export type FuzzQuery = Record<string, string>;

/**
 * A query for a page: keys it reads (most of the time), keys it does not know, and keys such
 * as __proto__ set as own properties; values hostile strings or, rarely, not strings at all.
 */
export function hostileQuery(
  random: Random,
  knownKeys: readonly string[],
  validValues: readonly string[],
): FuzzQuery {
  const query: Record<string, unknown> = {};
  const count = random.int(5);
  for (let i = 0; i < count; i += 1) {
    const key =
      knownKeys.length > 0 && random.chance(0.7)
        ? random.pick(knownKeys)
        : random.chance(0.5)
          ? random.pick(ODD_KEYS)
          : randomText(random, 1 + random.int(8));
    const value = random.chance(0.08)
      ? hostileNonString(random)
      : hostileString(random, validValues);
    Object.defineProperty(query, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return query as FuzzQuery;
}

/** Corrupt contents for a storage key: wrong types, broken JSON, wrong versions, wrong shapes. */
export function corruptStoredValue(random: Random): unknown {
  const marked = hostileString(random, []);
  return random.pick<unknown>([
    '',
    marked,
    '{',
    '{"v":1,"data":',
    'null',
    '[]',
    JSON.stringify({ v: 1, data: marked }),
    JSON.stringify({ v: 999, data: {} }),
    { v: 1 },
    { v: 1, data: null },
    { v: 1, data: marked },
    { v: 1, data: [marked, 3, null] },
    { v: 1, data: { [MARKER]: marked, items: [marked], name: marked, count: 'many' } },
    { v: 1, data: JSON.parse(`{"__proto__": {"polluted": "${MARKER}"}}`) as unknown },
    { v: 1.5, data: {} },
    { v: '1', data: {} },
    { v: -1, data: {} },
    0,
    3,
    true,
    [],
    [marked],
    { data: marked },
    { v: 1, data: { deep: { deeper: { deepest: marked } } } },
  ]);
}
