// Checks a name before registering: simplified characters only (traditional ones found with the
// simplified form, from OpenCC's table), no spaces, at least 2 characters, and the middle dot of
// minority names written as “·”.
import { charsOf, isSpace, quoted } from './chars';
import { T2S_PAIRS } from './t2s-table';
import { result, type CheckResult, type Finding } from './types';

let table: Map<string, string> | undefined;

/** Traditional → simplified for single characters, built once from the shipped pair string. */
export function t2sTable(): ReadonlyMap<string, string> {
  if (!table) {
    const chars = charsOf(T2S_PAIRS).filter((char) => char !== '\n');
    table = new Map();
    for (let index = 0; index + 1 < chars.length; index += 2) {
      table.set(chars[index] ?? '', chars[index + 1] ?? '');
    }
  }
  return table;
}

/** Traditional in OpenCC, but also standard simplified characters in some names (姓於, 乾). */
const ALSO_IN_NAMES = ['於', '乾'];

export const MIDDLE_DOT = '·';
/** Look-alikes students type instead of the middle dot (·, U+00B7). */
const DOT_LOOKALIKES = ['•', '・', '．', '.', '‧', '∙', '⋅', '･', '。'];

/** CJK ideographs (basic, extension A, compatibility, extensions B and later). */
function isHan(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

export function checkName(input: string): CheckResult {
  const findings: Finding[] = [];
  const chars = charsOf(input);
  if (chars.length === 0) return result(input, []);

  const spaces = chars.filter(isSpace);
  if (spaces.length > 0) {
    findings.push({
      severity: 'error',
      code: 'space',
      message: `姓名中有 ${spaces.length} 个空格，学信网上姓名不要有空格。`,
    });
  }
  let fixedChars = chars.filter((char) => !isSpace(char));

  const lookalikes = fixedChars.filter((char) => DOT_LOOKALIKES.includes(char));
  if (lookalikes.length > 0) {
    findings.push({
      severity: 'warning',
      code: 'dot',
      message: `姓名中的${quoted(lookalikes)}不是少数民族姓名用的间隔号“·”。请按身份证上的写法输入“·”。`,
    });
    fixedChars = fixedChars.map((char) => (DOT_LOOKALIKES.includes(char) ? MIDDLE_DOT : char));
  }

  const traditional = fixedChars.filter((char) => t2sTable().has(char));
  for (const char of new Set(traditional)) {
    const simplified = t2sTable().get(char) ?? '';
    findings.push(
      ALSO_IN_NAMES.includes(char)
        ? {
            severity: 'warning',
            code: 'maybe-traditional',
            message: `“${char}”可能是繁体字（简体是“${simplified}”），也可能本来就这样写（如姓“於”、“乾坤”的“乾”）。请以身份证上的写法为准。`,
          }
        : {
            severity: 'error',
            code: 'traditional',
            message: `“${char}”是繁体字，简体是“${simplified}”。学信网要用简体字，以身份证上的写法为准。`,
          },
    );
  }
  fixedChars = fixedChars.map((char) =>
    ALSO_IN_NAMES.includes(char) ? char : (t2sTable().get(char) ?? char),
  );

  const others = fixedChars.filter((char) => !isHan(char) && char !== MIDDLE_DOT);
  if (others.length > 0) {
    findings.push({
      severity: 'error',
      code: 'not-han',
      message: `姓名中有${quoted(others)}，请填写与高考信息一致的真实姓名，只用汉字。`,
    });
  }
  const fixed = fixedChars.join('');
  if (fixed.startsWith(MIDDLE_DOT) || fixed.endsWith(MIDDLE_DOT) || fixed.includes('··')) {
    findings.push({
      severity: 'error',
      code: 'dot-place',
      message: '间隔号“·”只能写在名字中间，前后都要有字，也不能连着写两个。',
    });
  }
  const letters = fixedChars.filter((char) => char !== MIDDLE_DOT).length;
  if (letters < 2) {
    findings.push({
      severity: 'error',
      code: 'too-short',
      message: `姓名至少 2 个字，你输入了 ${letters} 个字。`,
    });
  }
  const canFix = findings.every((finding) =>
    ['space', 'dot', 'traditional', 'maybe-traditional'].includes(finding.code),
  );
  return result(input, findings, canFix ? fixed : undefined);
}
