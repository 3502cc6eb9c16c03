// Checks a mainland resident ID number (居民身份证号码) before it is typed on CHSI: 18 characters,
// the GB 11643-1999 check digit, a real birth date, a province-level region code, X in capitals,
// and no spaces or full-width characters. 15-digit numbers of the old format are explained.
import {
  charsOf,
  fullWidthPositions,
  positionsText,
  quoted,
  spacePositions,
  toHalfWidth,
} from './chars';
import { result, type CheckResult, type Finding } from './types';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * Province-level codes (the first two digits), GB/T 2260; 71/81/82 are 台湾、香港、澳门. Only the
 * codes are used: the names are here so the list can be checked against the standard.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', // 北京
  '12', // 天津
  '13', // 河北
  '14', // 山西
  '15', // 内蒙古
  '21', // 辽宁
  '22', // 吉林
  '23', // 黑龙江
  '31', // 上海
  '32', // 江苏
  '33', // 浙江
  '34', // 安徽
  '35', // 福建
  '36', // 江西
  '37', // 山东
  '41', // 河南
  '42', // 湖北
  '43', // 湖南
  '44', // 广东
  '45', // 广西
  '46', // 海南
  '50', // 重庆
  '51', // 四川
  '52', // 贵州
  '53', // 云南
  '54', // 西藏
  '61', // 陕西
  '62', // 甘肃
  '63', // 青海
  '64', // 宁夏
  '65', // 新疆
  '71', // 台湾
  '81', // 香港
  '82', // 澳门
]);

/** The check character for the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
export function checkCharFor(first17: string): string {
  let sum = 0;
  for (let index = 0; index < WEIGHTS.length; index += 1) {
    sum += Number(first17.charAt(index)) * (WEIGHTS[index] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

export interface IdCheckOptions {
  /** Today, for "not in the future"; injected so the check stays pure. */
  readonly today: Date;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks YYYYMMDD; returns a finding when it is not a real, past date. */
function birthDateFinding(digits: string, today: Date, where: string): Finding | undefined {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const shown = `${where}是出生日期 ${digits}`;
  if (year < 1900) {
    return {
      severity: 'error',
      code: 'birth-date',
      message: `${shown}，${year} 年不是有效的出生年份。`,
    };
  }
  if (month < 1 || month > 12) {
    return { severity: 'error', code: 'birth-date', message: `${shown}，没有 ${month} 月。` };
  }
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    const why =
      month === 2 && day === 29
        ? `${year} 年不是闰年，2 月只有 28 天`
        : `${month} 月只有 ${maxDay} 天`;
    return { severity: 'error', code: 'birth-date', message: `${shown}，但 ${why}。` };
  }
  const birth = Date.UTC(year, month - 1, day);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (birth > todayUtc) {
    return { severity: 'error', code: 'birth-date', message: `${shown}，这一天还没到。` };
  }
  return undefined;
}

function regionFinding(digits: string): Finding | undefined {
  const code = digits.slice(0, 2);
  return !PROVINCE_CODES.has(code)
    ? {
        severity: 'error',
        code: 'region',
        message: `前 2 位是省级地区代码，“${code}”不对应任何省份（例如 51 是四川），请核对前几位。`,
      }
    : undefined;
}

function oldFormat(digits: string, today: Date): Finding[] {
  const findings: Finding[] = [
    {
      severity: 'error',
      code: 'old-15',
      message:
        '这是 15 位的旧身份证号码。学信网要填写与高考信息一致的 18 位身份证号，请对照现在的身份证填写。',
    },
  ];
  const region = regionFinding(digits);
  if (region) findings.push(region);
  const date = birthDateFinding(`19${digits.slice(6, 12)}`, today, '第 7–12 位');
  if (date) findings.push(date);
  return findings;
}

export function checkIdNumber(input: string, options: IdCheckOptions): CheckResult {
  const findings: Finding[] = [];
  const chars = charsOf(input);
  if (chars.length === 0) return result(input, []);

  const spaces = spacePositions(chars);
  if (spaces.length > 0) {
    findings.push({
      severity: 'error',
      code: 'space',
      message: `号码中有 ${spaces.length} 个空格（${positionsText(spaces)}），学信网上要连贯输入，不要有空格。`,
    });
  }
  const wide = fullWidthPositions(chars);
  if (wide.length > 0) {
    const wideChars = wide.map((index) => chars[index] ?? '');
    findings.push({
      severity: 'error',
      code: 'full-width',
      message: `${positionsText(wide)}的${quoted(wideChars)}是全角字符，请切换到英文（半角）输入，写作${quoted(wideChars.map(toHalfWidth))}。`,
    });
  }

  const compact = chars
    .map(toHalfWidth)
    .filter((char) => char.trim().length > 0)
    .join('');

  if (/^\d{15}$/.test(compact)) {
    findings.push(...oldFormat(compact, options.today));
    return result(input, findings);
  }
  if (compact.length !== 18) {
    findings.push({
      severity: 'error',
      code: 'length',
      message: `身份证号应为 18 位，你输入了 ${compact.length} 位（不算空格）。`,
    });
  }

  const first17 = compact.slice(0, 17);
  const badDigits = charsOf(first17).flatMap((char, index) => (/\d/.test(char) ? [] : [index]));
  if (badDigits.length > 0) {
    const shown = badDigits.map((index) => first17.charAt(index));
    findings.push({
      severity: 'error',
      code: 'not-digit',
      message: `${positionsText(badDigits)}应为数字，你输入的是${quoted(shown)}。只有第 18 位可以是 X。`,
    });
  }

  let fixed = compact;
  const last = compact.charAt(17);
  if (compact.length === 18) {
    if (last === 'x') {
      fixed = `${first17}X`;
      findings.push({
        severity: 'error',
        code: 'lowercase-x',
        message: '第 18 位应为 X，你输入的是 x：学校指南要求证件号后面的 X 一律大写。',
      });
    } else if (!/[\dX]/.test(last)) {
      findings.push({
        severity: 'error',
        code: 'last-char',
        message: `第 18 位应为数字或大写 X，你输入的是“${last}”。`,
      });
    }
  }

  if (badDigits.length === 0 && first17.length === 17) {
    const region = regionFinding(first17);
    if (region) findings.push(region);
    const date = birthDateFinding(first17.slice(6, 14), options.today, '第 7–14 位');
    if (date) findings.push(date);
    const expected = checkCharFor(first17);
    const typed = last.toUpperCase();
    if (compact.length === 18 && /[\dX]/.test(typed) && typed !== expected) {
      findings.push({
        severity: 'error',
        code: 'check-digit',
        message: `按前 17 位计算，第 18 位（校验码）应为 ${expected}，你输入的是 ${last}。号码中可能有数字输错或前后颠倒，请对照身份证逐位核对。`,
      });
    }
  }

  const canFix = findings.every((finding) =>
    ['space', 'full-width', 'lowercase-x'].includes(finding.code),
  );
  return result(input, findings, canFix ? fixed : undefined);
}
