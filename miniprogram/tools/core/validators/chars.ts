// Character-level helpers shared by the validators: finding and naming spaces and full-width
// characters, and turning full-width ASCII into half-width.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/** True for full-width forms of ASCII (！ to ～), which look like ordinary letters and digits. */
export function isFullWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= FULL_WIDTH_START && code <= FULL_WIDTH_END;
}

export function toHalfWidth(char: string): string {
  if (char === IDEOGRAPHIC_SPACE) return ' ';
  return isFullWidth(char)
    ? String.fromCodePoint((char.codePointAt(0) ?? 0) - FULL_WIDTH_OFFSET)
    : char;
}

export function isSpace(char: string): boolean {
  return /^\s$/u.test(char) || char === IDEOGRAPHIC_SPACE;
}

/** Splits into code points, so that characters outside the BMP count as one. */
export function charsOf(text: string): string[] {
  return Array.from(text);
}

/** "第 3、7 位": 1-based positions, as a student counts them. */
export function positionsText(positions: readonly number[]): string {
  return `第 ${positions.map((position) => position + 1).join('、')} 位`;
}

/** How many spaces the text holds, and where (0-based positions in code points). */
export function spacePositions(chars: readonly string[]): number[] {
  return chars.flatMap((char, index) => (isSpace(char) ? [index] : []));
}

export function fullWidthPositions(chars: readonly string[]): number[] {
  return chars.flatMap((char, index) => (isFullWidth(char) ? [index] : []));
}

/** “８”“Ｘ”: a list of characters quoted the way the messages quote them. */
export function quoted(chars: readonly string[]): string {
  return [...new Set(chars)].map((char) => `“${char}”`).join('');
}
