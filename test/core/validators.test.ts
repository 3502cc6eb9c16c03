import {
  checkEmail,
  editDistance,
  suggestDomain,
} from '../../miniprogram/tools/core/validators/email';
import { checkCharFor, checkIdNumber } from '../../miniprogram/tools/core/validators/id-number';
import {
  checkName,
  STANDARD_IN_NAMES,
  t2sTable,
} from '../../miniprogram/tools/core/validators/name';
import { passwordRules } from '../../miniprogram/tools/core/validators/password';

const PASSWORD_RULES = passwordRules('某学院的指南');
import { checkPhone } from '../../miniprogram/tools/core/validators/phone';
import { isFullWidth } from '../../miniprogram/tools/core/validators/chars';
import { result, type CheckResult } from '../../miniprogram/tools/core/validators/types';

const today = new Date(2026, 10, 30);

function codes(checked: CheckResult): string[] {
  return checked.findings.map((finding) => finding.code);
}

function messages(checked: CheckResult): string {
  return checked.findings.map((finding) => finding.message).join('\n');
}

/** Independent of the module: ISO 7064 MOD 11-2 with weights 2^(17-i) mod 11. */
function withCheckDigit(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += Number(first17.charAt(index)) * (2 ** (17 - index) % 11);
  }
  const value = (12 - (sum % 11)) % 11;
  return first17 + (value === 10 ? 'X' : String(value));
}

describe('ID number', () => {
  const valid = [
    '11010519491231002', // the standard's own example, check character X
    '51010720040101123',
    '51102520040229001', // leap day
    '44030420000229771',
    '65010219991231000',
    '82000020051010555',
    '35020319980704256',
    '23010219870615332',
  ].map(withCheckDigit);

  test('the standard example ends in X', () => {
    expect(valid[0]).toBe('11010519491231002X');
    expect(checkCharFor('11010519491231002')).toBe('X');
  });

  test.each(valid)('valid %s has no findings', (id) => {
    const checked = checkIdNumber(id, { today });
    expect(checked.findings).toEqual([]);
    expect(checked.verdict).toBe('ok');
    expect(checked.suggestion).toBeUndefined();
  });

  test('every check character 0-9 and X is computed like the standard', () => {
    const seen = new Set<string>();
    for (let serial = 100; serial < 200; serial += 1) {
      const first17 = `51010720040101${serial}`;
      expect(checkCharFor(first17)).toBe(withCheckDigit(first17).charAt(17));
      seen.add(checkCharFor(first17));
    }
    expect(seen.size).toBe(11);
  });

  test('lowercase x: the exact message and the capital X suggested', () => {
    const checked = checkIdNumber('11010519491231002x', { today });
    expect(codes(checked)).toEqual(['lowercase-x']);
    expect(checked.findings[0]?.message).toContain('第 18 位应为 X，你输入的是 x');
    expect(checked.suggestion).toBe('11010519491231002X');
  });

  test('a wrong check digit names the expected one', () => {
    const checked = checkIdNumber('110105194912310025', { today });
    expect(codes(checked)).toEqual(['check-digit']);
    expect(messages(checked)).toContain('第 18 位（校验码）应为 X，你输入的是 5');
    expect(checked.suggestion).toBeUndefined();
  });

  test('an X typed where the check digit is a number is caught too', () => {
    const id = valid[1] ?? '';
    expect(id.charAt(17)).toMatch(/\d/);
    const withX = `${id.slice(0, 17)}X`;
    const checked = checkIdNumber(withX, { today });
    expect(codes(checked)).toEqual(['check-digit']);
    expect(messages(checked)).toContain(`应为 ${id.charAt(17)}，你输入的是 X`);
  });

  test('one mistyped digit is caught by the check digit', () => {
    const id = valid[1] ?? '';
    const mistyped = `${id.slice(0, 10)}${(Number(id.charAt(10)) + 1) % 10}${id.slice(11)}`;
    expect(codes(checkIdNumber(mistyped, { today }))).toContain('check-digit');
  });

  test.each([
    ['spaces', `${valid[1]?.slice(0, 6) ?? ''} ${valid[1]?.slice(6) ?? ''}`, 'space', '1 个空格'],
    [
      'a full-width space',
      `${valid[1]?.slice(0, 6) ?? ''}\u3000${valid[1]?.slice(6) ?? ''}`,
      'space',
      '第 7 位',
    ],
    ['leading and trailing spaces', ` ${valid[2] ?? ''} `, 'space', '2 个空格'],
  ])('%s are found and removed in the suggestion', (_label, input, code, text) => {
    const checked = checkIdNumber(input, { today });
    expect(codes(checked)).toEqual([code]);
    expect(messages(checked)).toContain(text);
    expect(checked.suggestion).toBe(input.replace(/[\s\u3000]/g, ''));
  });

  test('full-width digits are named with their half-width form', () => {
    const id = valid[1] ?? '';
    const wide = id.slice(0, 16) + String.fromCharCode(id.charCodeAt(16) + 0xfee0) + id.charAt(17);
    const checked = checkIdNumber(wide, { today });
    expect(codes(checked)).toEqual(['full-width']);
    expect(messages(checked)).toContain('第 17 位');
    expect(messages(checked)).toContain(`“${id.charAt(16)}”`);
    expect(checked.suggestion).toBe(id);
  });

  test('a full-width lowercase x is both full-width and lowercase', () => {
    const checked = checkIdNumber('11010519491231002ｘ', { today });
    expect(codes(checked)).toEqual(['full-width', 'lowercase-x']);
    expect(checked.suggestion).toBe('11010519491231002X');
  });

  test.each([
    ['17 digits', '11010519491231002', 'length', '你输入了 17 位'],
    ['19 digits', '1101051949123100212', 'length', '你输入了 19 位'],
    ['20 characters', '1101051949123100211X', 'length', '你输入了 20 位'],
    ['a letter inside', '1101051949123100A2', 'not-digit', '第 17 位应为数字，你输入的是“A”'],
    ['a bad last character', '11010519491231002Y', 'last-char', '你输入的是“Y”'],
    ['an unknown province', withCheckDigit('99010519491231002'), 'region', '“99”'],
    ['February 30', withCheckDigit('51010720040230001'), 'birth-date', '2 月只有 29 天'],
    [
      'February 29 of a common year',
      withCheckDigit('51010720030229001'),
      'birth-date',
      '2003 年不是闰年',
    ],
    ['1900 is not a leap year', withCheckDigit('51010719000229001'), 'birth-date', '不是闰年'],
    ['month 13', withCheckDigit('51010720041301001'), 'birth-date', '没有 13 月'],
    ['April 31', withCheckDigit('51010720040431001'), 'birth-date', '4 月只有 30 天'],
    ['a birthday in the future', withCheckDigit('51010720270101001'), 'birth-date', '还没到'],
    ['year 1850', withCheckDigit('51010718500101001'), 'birth-date', '1850 年'],
  ])('%s', (_label, input, code, text) => {
    const checked = checkIdNumber(input, { today });
    expect(codes(checked)).toContain(code);
    expect(messages(checked)).toContain(text);
    expect(checked.verdict).toBe('error');
    expect(messages(checked)).not.toContain('格式错误');
  });

  test('2000-02-29 is a real date (divisible by 400)', () => {
    expect(checkIdNumber(withCheckDigit('51010720000229001'), { today }).findings).toEqual([]);
  });

  test('15-digit old numbers are explained', () => {
    const checked = checkIdNumber('510107850101123', { today });
    expect(codes(checked)).toEqual(['old-15']);
    expect(messages(checked)).toContain('15 位的旧身份证号码');
    expect(messages(checked)).toContain('18 位');
  });

  test('empty input is empty, not an error', () => {
    expect(checkIdNumber('', { today }).verdict).toBe('empty');
  });
});

describe('name', () => {
  test.each([
    ['劉洋', '刘', '刘洋'],
    ['陳思', '陈', '陈思'],
    ['張偉', '张', '张伟'],
    ['黃麗', '黄', '黄丽'],
    ['鄭凱', '郑', '郑凯'],
    ['趙雲', '赵', '赵云'],
    ['楊帆', '杨', '杨帆'],
  ])('%s: traditional characters found, simplified %s suggested', (input, simplified, fixed) => {
    const checked = checkName(input);
    expect(codes(checked)[0]).toBe('traditional');
    expect(checked.findings[0]?.message).toContain(
      `“${input.charAt(0)}”是繁体字，简体是“${simplified}”`,
    );
    expect(checked.suggestion).toBe(fixed);
    expect(checked.verdict).toBe('error');
  });

  test('each traditional character is named once', () => {
    const checked = checkName('張張麗');
    expect(codes(checked)).toEqual(['traditional', 'traditional']);
    expect(checked.suggestion).toBe('张张丽');
  });

  test.each(['刘洋', '欧阳娜娜', '阿依古丽·买买提', '王一'])('%s is fine', (name) => {
    expect(checkName(name).findings).toEqual([]);
  });

  test('spaces are found and removed', () => {
    const checked = checkName('刘 洋');
    expect(codes(checked)).toEqual(['space']);
    expect(messages(checked)).toContain('1 个空格');
    expect(checked.suggestion).toBe('刘洋');
  });

  test('a full-width space counts too', () => {
    expect(checkName('刘\u3000洋').suggestion).toBe('刘洋');
  });

  test('one character is too short', () => {
    const checked = checkName('刘');
    expect(codes(checked)).toEqual(['too-short']);
    expect(messages(checked)).toContain('你输入了 1 个字');
  });

  test('look-alike dots in minority names become the middle dot', () => {
    for (const dot of ['•', '.', '・', '．']) {
      const checked = checkName(`阿依古丽${dot}买买提`);
      expect(codes(checked)).toEqual(['dot']);
      expect(checked.suggestion).toBe('阿依古丽·买买提');
    }
  });

  test('a dot at the end or letters and digits are errors', () => {
    expect(codes(checkName('买买提·'))).toEqual(['dot-place']);
    expect(codes(checkName('刘洋2'))).toEqual(['not-han']);
    expect(messages(checkName('Liu洋'))).toContain('“L”');
  });

  test('於 and 乾 are only a note: they are also standard in names', () => {
    const checked = checkName('於乾');
    expect(codes(checked)).toEqual(['standard-variant', 'standard-variant']);
    expect(checked.verdict).toBe('ok');
    expect(checked.suggestion).toBeUndefined();
  });

  // Characters the 2013 《通用规范汉字表》 made standard (the 6 fully, the others in names and
  // place names), as listed in the reports content/sources.ts cites and the table's own notes.
  // Written out here, not read from name.ts, so a character dropped from the code fails the test.
  const STANDARD_2013 = Array.from(
    '皙瞋噘蹚凓勠' + '迺桠耑钜昇陞甯飏袷麹仝甦' + '邨喆淼堃脩' + '噁麽菉龢筦剋徵絜蒐澂',
  );

  test.each(STANDARD_2013)('“%s” in a name is never an error and never changed', (char) => {
    const checked = checkName(`李${char}`);
    expect(checked.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(checked.verdict).not.toBe('error');
    expect(checked.suggestion).toBeUndefined();
  });

  test('昇 gets a gentle note that says to write it as on the ID card', () => {
    const checked = checkName('李昇');
    expect(messages(checked)).toContain('如果身份证上写的就是“昇”，照写即可');
    expect(messages(checked)).not.toContain('是繁体字');
  });

  test('characters the 2013 table admits only for some uses get no 规范字 claim, only the ID card', () => {
    for (const char of ['陞', '袷', '噁', '脩', '剋', '徵', '蒐']) {
      const text = messages(checkName(`李${char}`));
      expect(text).toContain(`如果身份证上写的就是“${char}”，照写即可`);
      expect(text).not.toContain('规范字');
    }
  });

  test('every standard character that OpenCC maps is listed as standard', () => {
    for (const char of ['昇', '陞', '袷', '噁', '脩', '剋', '徵', '蒐']) {
      expect(STANDARD_IN_NAMES).toContain(char);
    }
  });

  test('traditional forms of standard characters simplify to the standard form, not OpenCC’s', () => {
    expect(checkName('李鉅').suggestion).toBe('李钜');
    expect(checkName('麴明').suggestion).toBe('麹明');
  });

  test('a traditional character is an error whose fix asks to check the ID card', () => {
    const checked = checkName('劉洋');
    expect(codes(checked)).toEqual(['traditional']);
    expect(messages(checked)).toContain('请对照身份证');
    expect(checked.suggestion).toBe('刘洋');
  });
});

describe('phone', () => {
  test.each(['13800138000', '19912345678', '15011112222'])('%s is fine', (phone) => {
    expect(checkPhone(phone).findings).toEqual([]);
  });

  test.each([
    ['1380013800', 'length', '你输入了 10 位', undefined],
    ['138001380001', 'length', '你输入了 12 位', undefined],
    ['12800138000', 'prefix', '“12”', undefined],
    ['138 0013 8000', 'separator', '2 个空格', '13800138000'],
    ['138-0013-8000', 'separator', '2 个“-”', '13800138000'],
    ['+8613800138000', 'country-code', '“+86”', '13800138000'],
    ['１３８00138000', 'full-width', '“１”“３”“８”', '13800138000'],
    ['1380013800a', 'not-digit', '“a”', undefined],
  ])('%s', (input, code, text, suggestion) => {
    const checked = checkPhone(input);
    expect(codes(checked)).toContain(code);
    expect(messages(checked)).toContain(text);
    expect(checked.suggestion).toBe(suggestion);
  });
});

describe('e-mail', () => {
  test.each([
    '12345678@qq.com',
    'li.ming@163.com',
    'a_b@126.com',
    'x@gmail.com',
    'me@school.edu.cn',
  ])('%s is fine', (email) => {
    expect(checkEmail(email).findings).toEqual([]);
  });

  test.each([
    ['12345678@qq.con', 'qq.com'],
    ['12345678@qq.cm', 'qq.com'],
    ['12345678@qqcom', 'qq.com'],
    ['12345678@qq.co', 'qq.com'],
    ['liming@163.cm', '163.com'],
    ['liming@163.con', '163.com'],
    ['liming@126.con', '126.com'],
    ['liming@126.cm', '126.com'],
    ['liming@gmial.com', 'gmail.com'],
    ['liming@gmai.com', 'gmail.com'],
    ['liming@gamil.com', 'gmail.com'],
    ['liming@hotmial.com', 'hotmail.com'],
    ['liming@outlook.con', 'outlook.com'],
    ['liming@foxmial.com', 'foxmail.com'],
    ['liming@sina.con', 'sina.com'],
  ])('%s: typo, suggests %s', (input, domain) => {
    const checked = checkEmail(input);
    expect(codes(checked)).toEqual(['domain-typo']);
    expect(messages(checked)).toContain(`你是不是想写“@${domain}”`);
    expect(checked.suggestion).toBe(`${input.split('@')[0] ?? ''}@${domain}`);
  });

  test('163.com and 126.com are not mistaken for each other', () => {
    expect(suggestDomain('163.com')).toBeUndefined();
    expect(suggestDomain('126.com')).toBeUndefined();
    expect(editDistance('gmial', 'gmail')).toBe(1);
  });

  test.each(['liming@sohu.com', 'liming@vip.sohu.com', 'liming@SOHU.com'])(
    '%s is warned',
    (input) => {
      const checked = checkEmail(input);
      expect(codes(checked)).toEqual(['sohu']);
      expect(messages(checked)).toContain('sohu 邮箱无法接收学信网邮件');
      expect(checked.verdict).toBe('error');
    },
  );

  test.each([
    ['12345678qq.com', 'format', '缺少“@”'],
    ['a@b@qq.com', 'format', '2 个'],
    ['@qq.com', 'format', '缺少用户名'],
    ['12345678@', 'format', '缺少域名'],
    ['12345678@qq', 'format', '不是有效的域名'],
    ['李明@qq.com', 'format', '“李”'],
    ['12345678＠qq.com', 'full-width', '“＠”'],
    ['12345678@qq。com', 'full-width', '中文句号'],
    ['1234 5678@qq.com', 'space', '空格'],
  ])('%s', (input, code, text) => {
    const checked = checkEmail(input);
    expect(codes(checked)).toContain(code);
    expect(messages(checked)).toContain(text);
  });

  test('full-width @ is fixed in the suggestion', () => {
    expect(checkEmail('12345678＠qq.com').suggestion).toBe('12345678@qq.com');
  });
});

describe('password checklist', () => {
  test('CHSI’s rule and the school’s advice come first, and every item has its reason', () => {
    expect(PASSWORD_RULES.slice(0, 2).map((rule) => rule.key)).toEqual(['chsi', 'school']);
    expect(PASSWORD_RULES[0]?.text).toContain('6-30');
    expect(PASSWORD_RULES[1]?.text).toContain('不要设置特殊字符');
    for (const rule of PASSWORD_RULES) expect(rule.why.length).toBeGreaterThan(10);
    // The guide's advice names the guide it was given the name of.
    expect(PASSWORD_RULES[1]?.why).toMatch(/^某学院的指南注册部分/);
  });

  test('the checklist tells the student to type the password on CHSI only', () => {
    const text = PASSWORD_RULES.map((rule) => rule.text).join('');
    expect(text).toContain('只在学信网上设置和填写');
  });
});

describe('ID number: regions and dates', () => {
  // GB/T 2260 province-level codes, written out from the standard (not read from the module).
  const PROVINCES = [
    '11',
    '12',
    '13',
    '14',
    '15',
    '21',
    '22',
    '23',
    '31',
    '32',
    '33',
    '34',
    '35',
    '36',
    '37',
    '41',
    '42',
    '43',
    '44',
    '45',
    '46',
    '50',
    '51',
    '52',
    '53',
    '54',
    '61',
    '62',
    '63',
    '64',
    '65',
    '71',
    '81',
    '82',
  ];

  test.each(PROVINCES)('region %s is a province', (code) => {
    const checked = checkIdNumber(withCheckDigit(`${code}010720040101001`), { today });
    expect(codes(checked)).toEqual([]);
  });

  test.each(['10', '16', '20', '30', '40', '47', '60', '66', '70', '80', '83', '90'])(
    'region %s is not a province',
    (code) => {
      const checked = checkIdNumber(withCheckDigit(`${code}010720040101001`), { today });
      expect(codes(checked)).toEqual(['region']);
      expect(messages(checked)).toContain(`“${code}”`);
    },
  );

  test('month 00 and day 00 are not dates, and the message names the digits typed', () => {
    const month = checkIdNumber(withCheckDigit('51010720040001001'), { today });
    expect(codes(month)).toEqual(['birth-date']);
    expect(messages(month)).toContain('第 7–14 位是出生日期 20040001');
    expect(messages(month)).toContain('没有 0 月');
    const day = checkIdNumber(withCheckDigit('51010720040100001'), { today });
    expect(codes(day)).toEqual(['birth-date']);
    expect(messages(day)).toContain('1 月只有 31 天');
  });
});

describe('what every validator shares', () => {
  test('empty input has no findings at all', () => {
    for (const checked of [
      checkName(''),
      checkPhone(''),
      checkEmail(''),
      checkIdNumber('', { today }),
    ]) {
      expect(checked.findings).toEqual([]);
      expect(checked.verdict).toBe('empty');
    }
  });

  test('a warning alone gives the warning verdict, and an empty fix is never suggested', () => {
    expect(checkName('阿依古丽•买买提').verdict).toBe('warning');
    expect(result('x', [], '')).toEqual({ input: 'x', findings: [], verdict: 'ok' });
  });

  test('full-width forms run from ！ to ～, and nothing either side of them', () => {
    expect(isFullWidth('！')).toBe(true);
    expect(isFullWidth('～')).toBe(true);
    expect(isFullWidth('\uff00')).toBe(false);
    expect(isFullWidth('｟')).toBe(false);
  });

  test('several positions are listed with 、', () => {
    expect(messages(checkPhone('１３８00138000'))).toContain('第 1、2、3 位');
  });
});

describe('phone: separators and country codes', () => {
  test('the separator message names only what was typed', () => {
    expect(checkPhone('138 0013 8000').findings[0]?.message).toBe(
      '手机号中有 2 个空格，请只输入 11 位数字。',
    );
    expect(checkPhone('138-0013-8000').findings[0]?.message).toBe(
      '手机号中有 2 个“-”，请只输入 11 位数字。',
    );
    expect(checkPhone('138 0013-8000').findings[0]?.message).toBe(
      '手机号中有 1 个空格 1 个“-”，请只输入 11 位数字。',
    );
  });

  test('a country code is only taken off a whole number', () => {
    for (const input of ['+8613800138000x', 'x8613800138000']) {
      const checked = checkPhone(input);
      expect(codes(checked)).toEqual(['not-digit']);
      expect(checked.suggestion).toBeUndefined();
    }
  });
});

describe('e-mail: edit distance and domain typos', () => {
  // Optimal string alignment distances, worked out by hand.
  test.each([
    ['', 'abc', 3],
    ['abc', '', 3],
    ['a', 'a', 0],
    ['ab', 'ba', 1],
    ['abc', 'acb', 1],
    ['ab', 'cd', 2],
    ['abcd', 'badc', 2],
    ['ca', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ab', 'aa', 1],
    ['abc', 'bca', 2],
  ])('editDistance(%j, %j) is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  test('two slips in a long domain are a typo; two in a short one are not', () => {
    expect(suggestDomain('hotmial.con')).toBe('hotmail.com');
    expect(suggestDomain('136.cm')).toBeUndefined();
    expect(suggestDomain('qq.cn')).toBeUndefined();
  });

  test('dots in the wrong places are a typo however far the letters moved', () => {
    expect(suggestDomain('q.qc.om')).toBe('qq.com');
  });

  test('the nearest known domain wins, not the first one close enough', () => {
    expect(suggestDomain('sina.c')).toBe('sina.cn');
  });

  test('a wrong character at either end of the user name is named', () => {
    expect(messages(checkEmail('李ming@qq.com'))).toContain('“李”');
    expect(messages(checkEmail('ming李@qq.com'))).toContain('“李”');
  });
});

describe('name: dots, notes and the range of Chinese characters', () => {
  // Every look-alike a student types for the middle dot of a minority name.
  test.each(['•', '・', '．', '.', '‧', '∙', '⋅', '･', '。'])('“%s” becomes “·”', (dot) => {
    const checked = checkName(`阿依古丽${dot}买买提`);
    expect(codes(checked)).toEqual(['dot']);
    expect(checked.suggestion).toBe('阿依古丽·买买提');
  });

  test('each kind of standard character gets its own note', () => {
    expect(messages(checkName('李昇'))).toContain('《通用规范汉字表》');
    expect(messages(checkName('於明'))).toContain('也是规范字');
    const unsure = checkName('李祕');
    expect(codes(unsure)).toEqual(['standard-variant']);
    expect(messages(unsure)).toContain('可能是繁体字');
    expect(messages(unsure)).toContain('也可能本来就这样写');
  });

  test.each([
    ['the first of extension A', '\u3400'],
    ['the last of the basic block', '\u9fff'],
    ['a compatibility ideograph', '\uf900'],
    ['the last compatibility code point', '\ufaff'],
    ['the first of extension B', '\u{20000}'],
    ['the last of extension G', '\u{3134f}'],
  ])('%s counts as a Chinese character', (_label, char) => {
    expect(codes(checkName(`李${char}`))).not.toContain('not-han');
  });

  test.each([
    ['just before extension A', '\u33ff'],
    ['just after the compatibility block', '\ufb00'],
    ['just after extension G', '\u{31350}'],
  ])('%s does not', (_label, char) => {
    expect(codes(checkName(`李${char}`))).toContain('not-han');
  });
});

describe('password checklist: every item can be read', () => {
  test('each rule has its own title and text', () => {
    const titles = PASSWORD_RULES.map((rule) => rule.title);
    const texts = PASSWORD_RULES.map((rule) => rule.text);
    for (const text of [...titles, ...texts]) expect(text.length).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(PASSWORD_RULES.length);
    expect(new Set(texts).size).toBe(PASSWORD_RULES.length);
  });
});

describe('exactly which findings, and when a fix is offered', () => {
  test('ID numbers of the wrong length get only the length finding', () => {
    expect(codes(checkIdNumber('11010519491231002', { today }))).toEqual(['length']);
    expect(codes(checkIdNumber('1101051949123100212', { today }))).toEqual(['length']);
    expect(codes(checkIdNumber('9901051949123100', { today }))).toEqual(['length']);
    expect(codes(checkIdNumber('1101051949123100A2', { today }))).toEqual(['not-digit']);
  });

  test('a birthday today or last month is a real birthday', () => {
    // today is 2026-11-30.
    expect(codes(checkIdNumber(withCheckDigit('51010720261130001'), { today }))).toEqual([]);
    expect(codes(checkIdNumber(withCheckDigit('51010720261015001'), { today }))).toEqual([]);
  });

  test('a space plus a wrong check digit: no fix is offered', () => {
    const checked = checkIdNumber('110105 194912310025', { today });
    expect(codes(checked)).toEqual(['space', 'check-digit']);
    expect(checked.suggestion).toBeUndefined();
  });

  test('e-mail: a space or a Chinese full stop alone is fixed', () => {
    const spaced = checkEmail('1234 5678@qq.com');
    expect(codes(spaced)).toEqual(['space']);
    expect(spaced.suggestion).toBe('12345678@qq.com');
    const stop = checkEmail('12345678@qq。com');
    expect(codes(stop)).toEqual(['full-width']);
    expect(stop.suggestion).toBe('12345678@qq.com');
  });

  test('e-mail: only the wrong characters of the user name are quoted', () => {
    expect(messages(checkEmail('ming李@qq.com'))).not.toContain('“m”');
  });

  test('e-mail: a domain that only starts with sohu is not sohu', () => {
    expect(codes(checkEmail('liming@sohu.company.com'))).not.toContain('sohu');
  });

  test('name: the codes of the notes, and fixes that keep standard characters', () => {
    expect(codes(checkName('李昇'))).toEqual(['standard-2013']);
    expect(checkName('李 昇').suggestion).toBe('李昇');
    expect(checkName('於 明').suggestion).toBe('於明');
    expect(messages(checkName('阿依古丽•买买提'))).toContain('间隔号');
  });

  test('name: a dot first or alone, and dots are not counted as characters', () => {
    expect(codes(checkName('·买买提'))).toEqual(['dot-place']);
    expect(messages(checkName('·买买提'))).toContain('只能写在名字中间');
    expect(codes(checkName('李·'))).toEqual(['dot-place', 'too-short']);
  });

  test('a fixable finding next to one that is not: no fix is offered', () => {
    expect(checkName('刘 洋2').suggestion).toBeUndefined();
    expect(checkPhone('138 0013 800').suggestion).toBeUndefined();
  });

  test('the traditional-to-simplified table holds characters only', () => {
    const values = [...t2sTable().values()];
    expect(values.length).toBeGreaterThan(1000);
    expect(values.filter((value) => value === '\n' || value.length === 0)).toEqual([]);
  });
});
