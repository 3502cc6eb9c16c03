// Checks the 安全邮箱 before registering: its format, sohu addresses (the guide: sohu 邮箱无法接收
// 学信网邮件), full-width characters and spaces, and obvious typos in common domains.
import { charsOf, fullWidthPositions, quoted, spacePositions, toHalfWidth } from './chars';
import { result, type CheckResult, type Finding } from './types';

/** Common mailbox domains; a domain one or two edits away from one of these is probably a typo. */
export const KNOWN_DOMAINS = [
  'qq.com',
  'vip.qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'vip.163.com',
  '139.com',
  '189.cn',
  'wo.cn',
  'sina.com',
  'sina.cn',
  'aliyun.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'yahoo.com',
] as const;

/** Damerau-Levenshtein distance (optimal string alignment): gmial → gmail is one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_unused, col) => (row === 0 ? col : col === 0 ? row : 0)),
  );
  const at = (row: number, col: number): number => table[row]?.[col] ?? 0;
  for (let row = 1; row < rows; row += 1) {
    for (let col = 1; col < cols; col += 1) {
      const cost = a.charAt(row - 1) === b.charAt(col - 1) ? 0 : 1;
      let best = Math.min(at(row - 1, col) + 1, at(row, col - 1) + 1, at(row - 1, col - 1) + cost);
      if (
        row > 1 &&
        col > 1 &&
        a.charAt(row - 1) === b.charAt(col - 2) &&
        a.charAt(row - 2) === b.charAt(col - 1)
      ) {
        best = Math.min(best, at(row - 2, col - 2) + 1);
      }
      const line = table[row];
      if (line) line[col] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known domain the student probably meant, if the typed one is a near miss. */
export function suggestDomain(domain: string): string | undefined {
  if ((KNOWN_DOMAINS as readonly string[]).includes(domain)) return undefined;
  const compact = domain.replace(/\./g, '');
  let best: { domain: string; distance: number } | undefined;
  for (const known of KNOWN_DOMAINS) {
    // A missing dot (qqcom) is a typo however short the domain is.
    const distance = compact === known.replace(/\./g, '') ? 1 : editDistance(domain, known);
    // Short domains such as 163.com and 126.com differ by two edits, so allow only one there.
    const allowed = known.length <= 7 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance))
      best = { domain: known, distance };
  }
  return best?.domain;
}

const LOCAL = /^[A-Za-z0-9._%+-]+$/;
const DOMAIN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function checkEmail(input: string): CheckResult {
  const findings: Finding[] = [];
  const chars = charsOf(input);
  if (chars.length === 0) return result(input, []);

  const wide = fullWidthPositions(chars).map((index) => chars[index] ?? '');
  if (wide.length > 0) {
    findings.push({
      severity: 'error',
      code: 'full-width',
      message: `邮箱中有全角字符${quoted(wide)}，请切换到英文（半角）输入，写作${quoted(wide.map(toHalfWidth))}。`,
    });
  }
  if (spacePositions(chars).length > 0) {
    findings.push({ severity: 'error', code: 'space', message: '邮箱地址中不能有空格。' });
  }
  if (chars.includes('。')) {
    findings.push({
      severity: 'error',
      code: 'full-width',
      message: '邮箱中的“。”是中文句号，请写作英文的点“.”。',
    });
  }
  const compact = chars
    .map((char) => (char === '。' ? '.' : toHalfWidth(char)))
    .filter((char) => char.trim().length > 0)
    .join('');

  const at = compact.split('@');
  let fixed: string | undefined = compact;
  if (at.length !== 2) {
    findings.push({
      severity: 'error',
      code: 'format',
      message:
        at.length === 1
          ? '邮箱地址缺少“@”，应写成“用户名@域名”，例如 12345678@qq.com。'
          : `邮箱地址只能有一个“@”，你输入了 ${at.length - 1} 个。`,
    });
    return result(input, findings);
  }
  const local = at[0] ?? '';
  const domain = (at[1] ?? '').toLowerCase();
  if (local.length === 0) {
    findings.push({ severity: 'error', code: 'format', message: '“@”前面缺少用户名。' });
    fixed = undefined;
  } else if (!LOCAL.test(local)) {
    const bad = charsOf(local).filter((char) => !LOCAL.test(char));
    findings.push({
      severity: 'error',
      code: 'format',
      message: `“@”前面的用户名里有${quoted(bad)}，邮箱用户名只能用英文字母、数字和 . _ - 等符号。`,
    });
    fixed = undefined;
  }
  if (domain.length === 0) {
    findings.push({
      severity: 'error',
      code: 'format',
      message: '“@”后面缺少域名，例如 qq.com、163.com。',
    });
    return result(input, findings);
  }
  const typo = suggestDomain(domain);
  if (typo) {
    findings.push({
      severity: 'error',
      code: 'domain-typo',
      message: `“@${domain}”像是打错了，你是不是想写“@${typo}”？`,
    });
    if (fixed !== undefined) fixed = `${local}@${typo}`;
  } else if (!DOMAIN.test(domain)) {
    findings.push({
      severity: 'error',
      code: 'format',
      message: `“@”后面的“${domain}”不是有效的域名，应类似 qq.com、163.com。`,
    });
    fixed = undefined;
  }
  if (/(^|\.)sohu\.(com|net)$/.test(domain)) {
    findings.push({
      severity: 'error',
      code: 'sohu',
      message:
        'sohu 邮箱无法接收学信网邮件（学信网注册页会提示“sohu邮箱无法接收本网邮件，请使用其他有效邮箱”），请换一个邮箱。',
    });
    fixed = undefined;
  }
  const canFix = findings.every((finding) =>
    ['full-width', 'space', 'domain-typo'].includes(finding.code),
  );
  return result(input, findings, canFix ? fixed : undefined);
}
