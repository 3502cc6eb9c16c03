// Checks a password against CHSI's rule (6–30 letters, digits and special characters, as its
// registration page says) and the college's advice (no special characters or punctuation).
// Both are always shown, each with its reason. The password is never stored.
import { charsOf, isFullWidth, quoted } from './chars';
import { result, type CheckResult, type Finding } from './types';

export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 30;

export interface PasswordRule {
  readonly key: 'chsi' | 'school';
  readonly title: string;
  readonly text: string;
  readonly why: string;
}

export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    key: 'chsi',
    title: '学信网的规则',
    text: '密码由 6-30 位的英文字母、数字和特殊字符组成。',
    why: '这是学信网注册页面上写的要求，不满足就无法注册（见指南问题 9 的页面截图）。',
  },
  {
    key: 'school',
    title: '学校的建议',
    text: '密码不要设置特殊字符或标点符号。',
    why: '学校指南注册部分的注意事项第 4 条。只用字母和数字，在手机和电脑上都好输入，中英文输入法下也不容易输错、记错。',
  },
];

const SPECIAL = /[!-/:-@[-`{-~]/;

export function checkPassword(input: string): CheckResult {
  const findings: Finding[] = [];
  const chars = charsOf(input);
  if (chars.length === 0) return result(input, []);

  if (chars.length < PASSWORD_MIN) {
    findings.push({
      severity: 'error',
      code: 'too-short',
      message: `学信网要求密码 ${PASSWORD_MIN}-${PASSWORD_MAX} 位，你输入了 ${chars.length} 位，至少还要 ${PASSWORD_MIN - chars.length} 位。`,
    });
  } else if (chars.length > PASSWORD_MAX) {
    findings.push({
      severity: 'error',
      code: 'too-long',
      message: `学信网要求密码 ${PASSWORD_MIN}-${PASSWORD_MAX} 位，你输入了 ${chars.length} 位，多了 ${chars.length - PASSWORD_MAX} 位。`,
    });
  }
  const wide = chars.filter(isFullWidth);
  const nonAscii = chars.filter((char) => !isFullWidth(char) && !/^[\x20-\x7e]$/.test(char));
  if (wide.length > 0) {
    findings.push({
      severity: 'error',
      code: 'full-width',
      message: `密码中有全角字符${quoted(wide)}，学信网的密码只能用英文字母、数字和特殊字符，请切换到英文（半角）输入。`,
    });
  }
  if (nonAscii.length > 0) {
    findings.push({
      severity: 'error',
      code: 'not-allowed',
      message: `密码中有${quoted(nonAscii)}，学信网的密码只能用英文字母、数字和特殊字符。`,
    });
  }
  if (chars.includes(' ')) {
    findings.push({
      severity: 'warning',
      code: 'space',
      message: '密码中有空格，登录时很容易漏输，建议去掉。',
    });
  }
  const special = chars.filter((char) => SPECIAL.test(char));
  if (special.length > 0) {
    findings.push({
      severity: 'warning',
      code: 'special',
      message: `你用了特殊字符${quoted(special)}。学信网允许，但学校建议密码不要设置特殊字符或标点符号：只用字母和数字，不容易输错、记错。`,
    });
  }
  if (findings.length === 0 && /^\d+$/.test(input)) {
    findings.push({
      severity: 'info',
      code: 'weak',
      message: '密码只有数字。学信网提示“请使用强度较高的密码”，可以字母和数字混合。',
    });
  }
  return result(input, findings);
}
