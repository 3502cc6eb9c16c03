import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { SEARCH_WORDS } from '../../miniprogram/tools/content/search-words';
import {
  buildIndex,
  grams,
  highlight,
  normalise,
  search,
  type Normalised,
  type Segment,
} from '../../miniprogram/tools/core/search';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

const index = buildIndex(problems, sections, SEARCH_WORDS);
const norm = (text: string): Normalised => normalise(text, index.folding);
const marked = (text: string, queryGrams: readonly string[]): Segment[] =>
  highlight(text, queryGrams, norm(text));

function hits(segments: readonly Segment[]): string {
  return segments
    .filter((segment) => segment.hit)
    .map((segment) => segment.text)
    .join('|');
}

describe('every on-screen message finds its problem first', () => {
  const cases = problems.flatMap((problem) =>
    problem.messages.map((message) => [message.text, problem.id] as const),
  );

  test('there are messages to test', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  test.each(cases)('%s → problem %i', (text, id) => {
    const results = search(index, text);
    expect(results[0]?.key).toBe(`problem-${id}`);
    expect(results[0]?.target).toMatchObject({ kind: 'problem', id });
  });

  test.each(cases)('%s, pasted with other punctuation and spaces → problem %i', (text, id) => {
    const pasted = ` “${text.replace(/，/g, ', ').replace(/【|】/g, '[')}” `;
    expect(search(index, pasted)[0]?.key).toBe(`problem-${id}`);
  });
});

describe('typical queries land right', () => {
  test.each([
    ['证件号码已注册', 8],
    ['证件号已注册', 8],
    ['身份证号已注册', 8],
    ['证件号码已被注册', 2],
    ['身份证号已被使用', 2],
    ['手机号已存在', 9],
    ['手机号码已存在', 9],
    ['手机号码重复', 9],
    ['请求被取消', 6],
    ['不能频繁使用该功能', 6],
    ['未查名单', 5],
    ['邮箱', 7],
    ['邮箱填错了', 7],
    ['证件重号', 3],
    ['同学协助', 3],
    ['找回密码', 4],
    ['征兵', 8],
    ['兵役登记', 8],
  ])('%s → problem %i', (query, id) => {
    expect(search(index, query)[0]?.key).toBe(`problem-${id}`);
  });

  test('a section is found by its own words', () => {
    expect(search(index, '核对关键内容')[0]?.key).toBe('section-login');
  });

  test('results are ranked by score', () => {
    const results = search(index, '注册');
    expect(results.length).toBeGreaterThan(3);
    const scores = results.map((result) => result.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('nothing is found for nothing or for unrelated words', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '，。！ ')).toEqual([]);
    expect(search(index, '天气预报')).toEqual([]);
  });

  test('a hit inside a part opens the page at that part', () => {
    const result = search(index, `每天最多可申请 ${DAILY_LIMIT} 名同学协助`)[0];
    expect(result?.target).toEqual({ kind: 'problem', id: 3, part: 'classmate' });
  });
});

describe('normalising and highlighting', () => {
  test('punctuation, quotes, spaces and width are ignored; variants are folded', () => {
    expect(norm('“手机号码” 已存在！').text).toBe('手机号已存在');
    expect(norm('帐号').text).toBe('账号');
    expect(norm('ＳＯＨＵ邮箱').text).toBe('sohu邮箱');
    expect(grams('手机号')).toEqual(['手机', '机号']);
    expect(grams('号')).toEqual(['号']);
  });

  test('matched words are marked in the original text, folded forms included', () => {
    expect(hits(marked('提示“手机号码已存在”时', grams(norm('手机号已存在').text)))).toBe(
      '手机号码已存在',
    );
    const segments = marked('请求被取消，不能频繁使用该功能', grams('请求被取消'));
    expect(segments).toEqual([
      { text: '请求被取消', hit: true },
      { text: '，不能频繁使用该功能', hit: false },
    ]);
  });

  test('a search result carries highlighted title and snippet', () => {
    const result = search(index, '手机号已存在')[0];
    expect(hits(result?.title ?? [])).toBe('手机号已存在');
    expect(result?.snippetLabel).toBe('屏幕提示');
    expect(hits(result?.snippet ?? [])).toBe('手机号已存在');
  });

  test('long snippets are cut around the hit', () => {
    const result = search(index, '图像校对')[0];
    const text = (result?.snippet ?? []).map((segment) => segment.text).join('');
    expect(text.length).toBeLessThanOrEqual(62);
    expect(hits(result?.snippet ?? [])).toContain('图像校对');
  });
});

describe('spellings treated alike, and what counts as a word', () => {
  test.each([
    ['身份证号', '证件号'],
    ['登陆', '登录'],
    ['email', '邮箱'],
    ['EMAIL', '邮箱'],
    ['电子邮箱', '邮箱'],
    ['电子邮件', '邮箱'],
    ['帐', '账'],
    ['帐帐', '账账'],
  ])('%s is searched as %s', (typed, meant) => {
    expect(norm(typed).text).toBe(meant);
  });

  test('the whole range of Chinese characters is kept; emoji and punctuation are not', () => {
    expect(norm('\u3400\u9fff\uf900\ufaff').text).toBe('\u3400\u9fff\uf900\ufaff');
    expect(norm('\u33ff手机😀\ufb00').text).toBe('手机');
  });

  test('grams of nothing are nothing', () => {
    expect(grams('')).toEqual([]);
  });

  test('a word folded at the end of a text is highlighted whole', () => {
    expect(hits(marked('请输入手机号码', grams(norm('手机号码').text)))).toBe('手机号码');
  });

  test('words in a paragraph find their page', () => {
    const [found] = problems.flatMap((problem) =>
      problem.parts.flatMap((part) =>
        part.blocks.flatMap((block) =>
          block.type === 'paragraph' ? [{ id: problem.id, text: block.text }] : [],
        ),
      ),
    );
    if (!found) throw new Error('no paragraph in any problem');
    const keys = search(index, found.text).map((result) => result.key);
    expect(keys).toContain(`problem-${found.id}`);
  });
});

describe('results as the student reads them', () => {
  test('a long text is cut around its hit, with … where it was cut', () => {
    const pieces = index.units.flatMap((unit) =>
      unit.pieces
        .filter((piece) => piece.kind === 'body')
        .map((piece) => ({ doc: index.docs[unit.doc] ?? { key: '' }, text: piece.text })),
    );
    const long = pieces
      .filter(
        (piece) => piece.text.length > 70 && /^[\u4e00-\u9fff]{6}$/.test(piece.text.slice(40, 46)),
      )
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (!long) throw new Error('no long text in the guide');
    const query = long.text.slice(40, 46);
    const result = search(index, query).find((found) => found.key === long.doc.key);
    const snippet = (result?.snippet ?? []).map((segment) => segment.text).join('');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(62);
    expect(hits(result?.snippet ?? [])).toContain(query.slice(0, 2));
    // What is between the … marks is a piece of the text, with the hit in it, and a … stands
    // exactly where the text goes on.
    const inner = snippet.replace(/^…/, '').replace(/…$/, '');
    expect(long.text).toContain(inner);
    expect(inner).toContain(query);
    expect(inner.length).toBeLessThanOrEqual(60);
    expect(snippet.endsWith('…')).toBe(!long.text.endsWith(inner));
    expect((result?.snippet ?? []).filter((segment) => segment.text === '')).toEqual([]);
    expect(
      (result?.snippet ?? []).filter((segment) => segment.text === '…' && segment.hit),
    ).toEqual([]);
  });

  test('a short text is shown whole, without …', () => {
    const result = search(index, '手机号已存在')[0];
    const snippet = (result?.snippet ?? []).map((segment) => segment.text).join('');
    expect(snippet).not.toContain('…');
  });

  test('every result shows a hit in its snippet', () => {
    for (const query of ['注册', '验证码', '同学协助', '邮箱', '退出']) {
      for (const result of search(index, query)) {
        expect(result.snippet.some((segment) => segment.hit)).toBe(true);
      }
    }
  });

  test('at most the limit is returned: 10 unless asked', () => {
    expect(search(index, '注册').length).toBeLessThanOrEqual(10);
    expect(search(index, '注册', 3)).toHaveLength(3);
  });

  test('extra words cost only their share: a message with words around it is still found', () => {
    expect(search(index, '注册的时候一直提示手机号已存在怎么办啊')[0]?.key).toBe('problem-9');
    // Half the query unknown to the guide is too much: nothing, rather than a wrong page.
    expect(search(index, '手机x')).toEqual([]);
  });

  test('scores are rounded to hundredths and a message match outweighs the weights of one field', () => {
    const [top] = search(index, '手机号已存在');
    const score = top?.score ?? 0;
    expect(Math.round(score * 100)).toBe(score * 100);
    expect(score).toBeGreaterThan(6);
    expect(score).toBeLessThan(40);
  });

  test("a hit in a part's title opens the page at that part", () => {
    const [login] = search(index, '核对关键内容');
    expect(login?.target).toStrictEqual({ kind: 'section', id: 'login', part: 'check' });
  });

  test("a hit in the page's own words (its message) opens the page at its top (no part at all)", () => {
    const [top] = search(index, '证件号码已被注册，查看【解决方法】');
    expect(top?.target).toStrictEqual({ kind: 'problem', id: 2 });
  });

  test('a hit inside a section part opens the section there', () => {
    const register = search(index, '验证码').find((result) => result.key === 'section-register');
    expect(register?.target).toMatchObject({ kind: 'section', id: 'register' });
    expect(register?.target).toHaveProperty('part');
  });

  test('highlighting makes no empty segments', () => {
    expect(marked('手机', grams('手机'))).toEqual([{ text: '手机', hit: true }]);
  });
});
