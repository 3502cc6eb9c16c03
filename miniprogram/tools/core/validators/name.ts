// Checks a name before registering: simplified characters only (traditional ones found with the
// simplified form, from OpenCC's table), no spaces, at least 2 characters, and the middle dot of
// minority names written as “·”. Characters that the 2013 《通用规范汉字表》 made standard (昇, 陞…)
// are never errors and never changed; a traditional character is changed only when the student
// confirms that the ID card reads that way (the form's button says so).
import { charsOf, isSpace, quoted } from './chars';
import { T2S_PAIRS, T2S_STEP_DIGITS } from './t2s-table';
import { result, type CheckResult, type Finding } from './types';

let table: Map<string, string> | undefined;

/**
 * Traditional → simplified for single characters, built once from the shipped pair string: each
 * pair is a base-62 step from the previous traditional code point, then the simplified character.
 */
export function t2sTable(): ReadonlyMap<string, string> {
  if (!table) {
    table = new Map();
    let code = 0;
    let step = 0;
    for (const char of charsOf(T2S_PAIRS)) {
      if (char === '\n') continue;
      const digit = T2S_STEP_DIGITS.indexOf(char);
      if (digit >= 0) {
        step = step * T2S_STEP_DIGITS.length + digit;
        continue;
      }
      code += step;
      step = 0;
      table.set(String.fromCodePoint(code), char);
    }
  }
  return table;
}

/**
 * Characters OpenCC's table maps to another character although they may be standard (规范字) in a
 * name. In a name they are written exactly as on the ID card: at most a note, never an error or a
 * fix. 2013: named by the report content/sources.ts cites (hanzi2013) as made standard by the
 * 2013 《通用规范汉字表》, cited under the note by tools/views/precheck.ts. Before: standard
 * already (姓於, 乾坤). Unsure: the 2013 table admits them for some uses only (袷袢, 二噁英, 束脩,
 * 剋 kēi, 徵 zhǐ, 蒐 as a plant's name) or our sources do not settle it, so the app makes no claim
 * and the student decides from the ID card.
 */
const STANDARD_NOTE: Readonly<Record<string, 'table-2013' | 'before' | 'unsure'>> = {
  昇: 'table-2013',
  陞: 'unsure',
  袷: 'unsure',
  噁: 'unsure',
  脩: 'unsure',
  剋: 'unsure',
  徵: 'unsure',
  蒐: 'unsure',
  於: 'before',
  乾: 'before',
  祕: 'unsure',
};

export const STANDARD_IN_NAMES: readonly string[] = Object.keys(STANDARD_NOTE);

function standardNote(char: string, other: string): string {
  const keep = `如果身份证上写的就是“${char}”，照写即可，不要改。`;
  switch (STANDARD_NOTE[char]) {
    case 'table-2013':
      return `“${char}”在《通用规范汉字表》（2013 年）里是规范字，可以用在姓名里。${keep}`;
    case 'before':
      return `“${char}”也是规范字（如姓“於”、“乾坤”的“乾”）。${keep}`;
    default:
      return `“${char}”可能是繁体字（简体是“${other}”），也可能本来就这样写。${keep}`;
  }
}

/** Where OpenCC's simplified form is not the standard one for a name: 鉅 → 钜 (not 巨), 麴 → 麹. */
const NAME_SIMPLIFIED: Readonly<Record<string, string>> = { 鉅: '钜', 麴: '麹' };

function simplifiedInName(char: string): string | undefined {
  return NAME_SIMPLIFIED[char] ?? t2sTable().get(char);
}

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
    const simplified = simplifiedInName(char) ?? '';
    findings.push(
      STANDARD_IN_NAMES.includes(char)
        ? {
            severity: 'info',
            code: STANDARD_NOTE[char] === 'table-2013' ? 'standard-2013' : 'standard-variant',
            message: standardNote(char, simplified),
          }
        : {
            severity: 'error',
            code: 'traditional',
            message: `“${char}”是繁体字，简体是“${simplified}”。学信网要用简体字；请对照身份证，身份证上是“${simplified}”就写“${simplified}”。`,
          },
    );
  }
  fixedChars = fixedChars.map((char) =>
    STANDARD_IN_NAMES.includes(char) ? char : (simplifiedInName(char) ?? char),
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
    ['space', 'dot', 'traditional', 'standard-2013', 'standard-variant'].includes(finding.code),
  );
  return result(input, findings, canFix ? fixed : undefined);
}
