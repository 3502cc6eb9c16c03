// The search's word data (tools/content/search-words.ts): every page or part it names exists, the
// topics it declares foreign are really absent from the guide, its suggestions all find something,
// and no result's snippet shows an irreversible step without its consequence.
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { buildIndex, search, unsafeSnippet } from '../../miniprogram/tools/core/search';
import {
  FOREIGN,
  INTENTS,
  SEARCH_WORDS,
  SUGGESTIONS,
} from '../../miniprogram/tools/content/search-words';
import { searchEval } from '../fixtures/search-eval';
import { knownTargets } from '../helpers/search-eval';

const index = buildIndex(problems, sections, SEARCH_WORDS);

test('every page or part the phrasings name exists', () => {
  const known = knownTargets(problems, sections);
  expect(Object.keys(INTENTS).filter((key) => !known.has(key))).toEqual([]);
});

test("no topic declared foreign appears in the guide's searched text (it would be hidden)", () => {
  const guide = index.units
    .flatMap((unit) => unit.pieces.filter((piece) => piece.kind !== 'intent'))
    .map((piece) => piece.text.toLowerCase())
    .join('\n');
  expect(FOREIGN.split(' ').filter((word) => guide.includes(word))).toEqual([]);
});

test('every suggestion finds its page', () => {
  for (const suggestion of SUGGESTIONS) expect(search(index, suggestion).length).toBeGreaterThan(0);
});

describe('a snippet never shows an irreversible step without its consequence', () => {
  const queries = [
    ...searchEval.map((query) => query.q),
    '重新注册',
    '我要重新注册',
    '继续注册',
    '重新注册一个新的账号',
    '不幸忘记了账号或密码、又找不回',
    '如果几次都不能找回用户名，可以重新注册',
    '直接在“手机号已存在”提示后勾选“继续注册”',
    '勾选我要重新注册',
  ];

  test('the check itself tells a bare step from one with its cost', () => {
    expect(unsafeSnippet('不幸忘记了账号或密码、又找不回：重新注册一个新的账号。')).toBe(true);
    expect(unsafeSnippet('勾选“继续注册”')).toBe(true);
    expect(unsafeSnippet('重新注册会注销旧账号')).toBe(false);
    expect(unsafeSnippet('选“继续注册”后旧账号将不可用')).toBe(false);
    expect(unsafeSnippet('先找回用户名')).toBe(false);
  });

  test.each(queries)('%s', (query) => {
    const unsafe = search(index, query)
      .map((result) => result.snippet.map((segment) => segment.text).join(''))
      .filter(unsafeSnippet);
    expect(unsafe).toEqual([]);
  });
});
