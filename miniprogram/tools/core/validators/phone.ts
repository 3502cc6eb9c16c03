// Checks a mainland mobile number for CHSI registration: 11 digits starting 13–19.
import {
  charsOf,
  fullWidthPositions,
  positionsText,
  quoted,
  spacePositions,
  toHalfWidth,
} from './chars';
import { result, type CheckResult, type Finding } from './types';

export function checkPhone(input: string): CheckResult {
  const findings: Finding[] = [];
  const chars = charsOf(input);
  if (chars.length === 0) return result(input, []);

  const wide = fullWidthPositions(chars);
  if (wide.length > 0) {
    const wideChars = wide.map((index) => chars[index] ?? '');
    findings.push({
      severity: 'error',
      code: 'full-width',
      message: `${positionsText(wide)}的${quoted(wideChars)}是全角数字，请用英文（半角）输入${quoted(wideChars.map(toHalfWidth))}。`,
    });
  }
  const spaces = spacePositions(chars);
  const dashes = chars.filter((char) => char === '-');
  if (spaces.length > 0 || dashes.length > 0) {
    findings.push({
      severity: 'error',
      code: 'separator',
      message: `手机号中有${spaces.length > 0 ? ` ${spaces.length} 个空格` : ''}${dashes.length > 0 ? ` ${dashes.length} 个“-”` : ''}，请只输入 11 位数字。`,
    });
  }
  let digits = chars
    .map(toHalfWidth)
    .filter((char) => char.trim().length > 0 && char !== '-')
    .join('');
  const prefix = /^(\+86|0086|86)(1\d{10})$/.exec(digits);
  if (prefix) {
    findings.push({
      severity: 'error',
      code: 'country-code',
      message: `不要加国家代码“${prefix[1] ?? ''}”，只填 11 位手机号。`,
    });
    digits = prefix[2] ?? digits;
  }
  const others = charsOf(digits).filter((char) => !/\d/.test(char));
  if (others.length > 0) {
    findings.push({
      severity: 'error',
      code: 'not-digit',
      message: `手机号只能是数字，你输入了${quoted(others)}。`,
    });
  } else if (digits.length !== 11) {
    findings.push({
      severity: 'error',
      code: 'length',
      message: `手机号应为 11 位，你输入了 ${digits.length} 位。`,
    });
  } else if (!/^1[3-9]/.test(digits)) {
    findings.push({
      severity: 'error',
      code: 'prefix',
      message: `手机号应以 13–19 开头，你输入的是以“${digits.slice(0, 2)}”开头，请核对前两位。`,
    });
  }
  const canFix = findings.every((finding) =>
    ['full-width', 'separator', 'country-code'].includes(finding.code),
  );
  return result(input, findings, canFix ? digits : undefined);
}
