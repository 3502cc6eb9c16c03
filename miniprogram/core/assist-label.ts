// What of a classmate-assist request travels in cards and so lives in the main package: the
// request id's shape and the masked name. The requests themselves are helper/core/assist-requests.ts.
export const LABEL_MAX_LENGTH = 8;

export const REQUEST_ID_PATTERN = /^[a-z0-9]{8}$/;
const NAME_CHAR = /[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]/;

/**
 * A display name for the history: letters and Chinese characters only (so no phone number, ID
 * number or e-mail address can be kept), at most LABEL_MAX_LENGTH of them.
 */
export function sanitizeLabel(input: unknown): string {
  if (typeof input !== 'string') return '';
  let label = '';
  for (const char of input.slice(0, 200)) {
    if (NAME_CHAR.test(char) || char === '·') label += char;
    if (label.length >= LABEL_MAX_LENGTH) break;
  }
  return label.replace(/^·+|·+$/g, '');
}

/** 张三 → 张*, Tom → T*: only the first letter ever leaves the phone. '' when nothing usable. */
export function maskName(input: unknown): string {
  // A sanitized label never starts with the middle dot, so its first character is a letter.
  const first = sanitizeLabel(input).charAt(0);
  return first ? `${first}*` : '';
}
