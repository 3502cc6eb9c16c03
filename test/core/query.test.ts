// The one query reader: what arrives in onLoad may be anything; each value is read once, as a Result.
import { decodeOnce, queryText, readQueryString } from '../../miniprogram/core/query';
import {
  parsePartId,
  parseProblemId,
  parseSectionId,
  parseTextParam,
} from '../../miniprogram/core/page-query';
import { PROBLEM_IDS } from '../../miniprogram/content/problems';
import type { Part } from '../../miniprogram/content/types';

describe('readQueryString', () => {
  test.each([
    ['a missing query', undefined, 'absent'],
    ['a null query', null, 'absent'],
    ['a query that is not an object', 'r=p3' as unknown as Record<string, unknown>, 'absent'],
    ['a missing key', { other: 'x' }, 'absent'],
    ['an inherited key', Object.create({ id: '3' }) as Record<string, unknown>, 'absent'],
    ['an empty value', { id: '' }, 'empty'],
    ['a number', { id: 3 }, 'not-text'],
    ['null', { id: null }, 'not-text'],
    ['an array', { id: ['3'] }, 'not-text'],
    ['a value over the limit', { id: 'x'.repeat(5) }, 'too-long'],
  ])('%s gives %s', (_label, query, error) => {
    expect(readQueryString(query, 'id', 4)).toEqual({ ok: false, error });
  });

  test('a value at the limit is returned raw, still encoded', () => {
    expect(readQueryString({ id: '%E5' }, 'id', 3)).toEqual({ ok: true, value: '%E5' });
    expect(readQueryString({ id: 'x'.repeat(1000) }, 'id')).toMatchObject({ ok: true });
  });
});

test('decodeOnce decodes once, and reports broken encoding instead of throwing', () => {
  expect(decodeOnce('%25E5')).toEqual({ ok: true, value: '%E5' });
  expect(decodeOnce('%E5%A4%A7')).toEqual({ ok: true, value: '大' });
  expect(decodeOnce('%E0%A4%A')).toEqual({ ok: false, error: 'bad-encoding' });
});

describe('queryText', () => {
  test('decoded once and trimmed', () => {
    expect(queryText({ q: '%20%E6%89%8B%E6%9C%BA%20' }, 'q', 10)).toBe('手机');
    expect(queryText({ q: ' abc ' }, 'q', 3)).toBe('abc');
  });

  test('the limit counts decoded characters; the raw value may be three times longer', () => {
    const three = encodeURIComponent('手机号');
    expect(three.length).toBe(27);
    expect(queryText({ q: three }, 'q', 9)).toBe('手机号');
    expect(queryText({ q: 'abcd' }, 'q', 3)).toBeUndefined();
    expect(queryText({ q: 'x'.repeat(10) }, 'q', 3)).toBeUndefined();
  });

  test('blank, broken or missing values are undefined', () => {
    expect(queryText({ q: '   ' }, 'q', 10)).toBeUndefined();
    expect(queryText({ q: '%E0%A4%A' }, 'q', 10)).toBeUndefined();
    expect(queryText({}, 'q', 10)).toBeUndefined();
  });
});

describe('page ids', () => {
  const last = Math.max(...PROBLEM_IDS);

  test('a known problem id', () => {
    expect(parseProblemId({ id: '3' }, PROBLEM_IDS)).toEqual({ ok: true, value: 3 });
    expect(parseProblemId({ id: ` ${last} ` }, PROBLEM_IDS)).toEqual({ ok: true, value: last });
  });

  test.each([
    [{}, '没有指定问题编号'],
    [{ id: '' }, '没有指定问题编号'],
    [{ id: 'three' }, '问题编号无法识别'],
    [{ id: '3.0' }, '问题编号无法识别'],
    [{ id: '123' }, '问题编号无法识别'],
    [{ id: String(last + 1) }, `没有第 ${last + 1} 个问题`],
    [{ id: '0' }, '没有第 0 个问题'],
  ])('problem query %j: %s', (query, error) => {
    expect(parseProblemId(query, PROBLEM_IDS)).toEqual({ ok: false, error });
  });

  test('sections', () => {
    expect(parseSectionId({ id: 'login' }, ['register', 'login'])).toEqual({
      ok: true,
      value: 'login',
    });
    expect(parseSectionId({}, ['register'])).toEqual({ ok: false, error: '没有指定章节' });
    expect(parseSectionId({ id: 'logout' }, ['register'])).toEqual({
      ok: false,
      error: '章节无法识别',
    });
  });

  test('a part is found only when the page has it', () => {
    const parts = [{ id: 'form' }, { id: 'check' }] as unknown as Part[];
    expect(parsePartId({ part: 'check' }, parts)).toBe('check');
    expect(parsePartId({ part: 'nope' }, parts)).toBeUndefined();
    expect(parsePartId({}, parts)).toBeUndefined();
  });

  test('free text keeps at most 64 characters', () => {
    expect(parseTextParam({ q: '邮箱' }, 'q')).toBe('邮箱');
    expect(parseTextParam({ q: 'x'.repeat(64) }, 'q')).toHaveLength(64);
    expect(parseTextParam({ q: 'x'.repeat(65) }, 'q')).toBeUndefined();
  });
});
