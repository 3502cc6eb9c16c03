// No page promises not to ask for something that a form on another page asks for (the privacy
// page once said "不要求你输入身份证号、手机号、密码" while 填写前自查 asked for all three).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SELF_CHECK_ASKS } from '../../miniprogram/content/privacy';
import { PRECHECK_FIELDS } from '../../miniprogram/tools/core/validators';
import { MINIPROGRAM_ROOT } from '../helpers/render';

/** Words that name the same thing a form may ask for. */
const TERMS: Readonly<Record<string, readonly string[]>> = {
  id: ['身份证号', '证件号码', '证件号', '身份证'],
  phone: ['手机号', '电话号码'],
  password: ['密码'],
  name: ['姓名', '名字', '称呼', '昵称', '姓'],
  email: ['邮箱'],
};

const PROMISE =
  /不要求你?输入|不会问你要|不要在本小程序里输入|不会要你输入|从不要求|不用在这里输入|不需要你?输入|不输入到本小程序/;

function termsIn(text: string): string[] {
  return Object.entries(TERMS)
    .filter(([, words]) => words.some((word) => text.includes(word)))
    .map(([key]) => key);
}

function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name === 'miniprogram_npm') return [];
    if (entry.isDirectory()) return files(full, pattern);
    return pattern.test(entry.name) ? [full] : [];
  });
}

/** Every string a student may read: string literals in .ts sources and the text of .wxml files. */
function studentTexts(): { file: string; text: string }[] {
  return files(MINIPROGRAM_ROOT, /\.(ts|wxml)$/).flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const pieces = file.endsWith('.wxml')
      ? source.replace(/<[^>]*>/g, '\n').split('\n')
      : [...source.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].map((match) => match[1] ?? match[2] ?? '');
    return pieces.filter((text) => /[\u4e00-\u9fff]/.test(text)).map((text) => ({ file, text }));
  });
}

/** What the forms ask for: 填写前自查's labels and every input's placeholder in the WXML. */
function askedTerms(): Map<string, string> {
  const asked = new Map<string, string>();
  for (const field of PRECHECK_FIELDS) {
    for (const term of termsIn(field.label)) asked.set(term, `填写前自查 asks for ${field.label}`);
  }
  for (const file of files(MINIPROGRAM_ROOT, /\.wxml$/)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<(?:input|textarea|van-field)\b[^>]*>/g)) {
      const placeholder = /placeholder="([^"{]*)"/.exec(match[0])?.[1] ?? '';
      const label = /label="([^"{]*)"/.exec(match[0])?.[1] ?? '';
      for (const term of termsIn(`${placeholder}${label}`)) {
        asked.set(term, `${path.relative(MINIPROGRAM_ROOT, file)} asks for “${placeholder}”`);
      }
    }
  }
  return asked;
}

/** Sentences that promise not to ask for something, with what each would contradict. */
function contradictions(
  texts: readonly { file: string; text: string }[],
  asked: ReadonlyMap<string, string>,
): string[] {
  return texts.flatMap(({ file, text }) =>
    text
      .split(/[。；！\n]/)
      .filter((sentence) => PROMISE.test(sentence))
      .flatMap((sentence) =>
        termsIn(sentence)
          .filter((term) => asked.has(term))
          .map((term) => `${path.basename(file)}: “${sentence}” vs ${asked.get(term) ?? ''}`),
      ),
  );
}

test('no page says it does not ask for what a form asks for', () => {
  expect(contradictions(studentTexts(), askedTerms())).toEqual([]);
});

test('the check catches the contradiction the privacy page used to have', () => {
  const old = [
    { file: 'privacy.ts', text: '不保存、不要求你输入身份证号、手机号、密码和学信网账号。' },
  ];
  expect(contradictions(old, askedTerms())).toHaveLength(2);
  // And a password field would contradict today's promise.
  const withPassword = new Map(askedTerms()).set('password', 'a password field');
  expect(contradictions(studentTexts(), withPassword).length).toBeGreaterThan(0);
});

test('the forms really ask for something, and the privacy page lists exactly the self-check fields', () => {
  expect([...askedTerms().keys()].sort()).toEqual(['email', 'id', 'name', 'phone']);
  expect(SELF_CHECK_ASKS).toEqual(PRECHECK_FIELDS.map((field) => field.label));
});
