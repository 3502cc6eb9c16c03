import { find, openPage, simulate, tapVant, textOf } from '../helpers/render';
import { MOCK_CARD_PATH, wxControl } from '../helpers/wx-mock';
import { CLASSMATE_STEPS } from '../../miniprogram/helper/content/assist';
import { sharePath } from '../../miniprogram/core/entry-links';
import { schoolConfig } from '../../miniprogram/content/school-config';
import {
  APP_CARD_TITLE,
  REPLY_CARD_TITLE,
  STATIC_GUIDE_IMAGE,
  STATIC_REPLY_IMAGE,
} from '../../miniprogram/core/share-card';

beforeEach(() => {
  wxControl.reset();
});

interface Instance {
  onShareAppMessage(options: unknown): { title: string; path: string; imageUrl?: string };
}

const replyTap = { from: 'button', target: { dataset: { kind: 'reply' } } };

test('a valid card shows who is asking (masked), the day, the four steps and the reply button', async () => {
  const page = await openPage('helper/pages/assist/index', {
    r: 'abcd2345',
    n: encodeURIComponent('张*'),
    d: '2026-11-30',
  });
  const text = textOf(page);
  expect(textOf(page.querySelector('.asker') ?? {})).toBe('同学 张* 请你帮忙完成学信网“同学协助”');
  expect(text).toContain('申请日期：2026-11-30');
  for (const step of CLASSMATE_STEPS) expect(text).toContain(step);
  expect(text).toContain('已审核通过');
  expect(text).toContain('暂时不能协助');
  // The helper is warned to check who is asking before the step that taps 是.
  const warning = text.indexOf('点“是”之前先看清');
  expect(warning).toBeGreaterThanOrEqual(0);
  expect(warning).toBeLessThan(text.indexOf(CLASSMATE_STEPS[CLASSMATE_STEPS.length - 1] ?? '?'));
  expect(text).toContain('确实是你的同班同学');
  expect(text).not.toContain('约 1 分钟');
  expect(page.querySelector('.query-notice')).toBeUndefined();
  expect(page.querySelector('.reply-button')).toBeDefined();
  const payload = (page.instance as Instance).onShareAppMessage(replyTap);
  expect(payload).toEqual({
    title: REPLY_CARD_TITLE,
    path: '/helper/pages/class-helper/index?done=abcd2345',
    imageUrl: STATIC_REPLY_IMAGE,
  });
});

test('the copy action comes first, before the warning and the steps; 我已点了“是” sits right under the four steps', async () => {
  const page = await openPage('helper/pages/assist/index', { r: 'abcd2345' });
  const card = page.querySelector('.steps')?.dom;
  if (!card) throw new Error('no steps card');
  const steps = Array.from(card.querySelectorAll('[class~="main--step"]'));
  expect(steps).toHaveLength(CLASSMATE_STEPS.length);
  // The card says what it is first, then the warning, then the steps.
  const warning = card.querySelector('[class~="main--safety"]');
  expect(card.textContent.replace(/\s+/g, '').startsWith('在学信网上这样点')).toBe(true);
  expect(
    warning && steps[0]
      ? warning.compareDocumentPosition(steps[0]) & Node.DOCUMENT_POSITION_FOLLOWING
      : 0,
  ).toBeTruthy();
  // One copy chip with the address, above the steps card (step 1 is where it is needed).
  const copies = page.dom?.querySelectorAll('[class~="main--copy"]') ?? [];
  expect(copies).toHaveLength(1);
  const copy = copies[0];
  expect(
    copy && copy.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  expect(copy?.textContent).toContain(schoolConfig.chsiUrl);
  expect(card.querySelectorAll('[class~="main--copy"]')).toHaveLength(0);
  // The reply button follows the last step inside the same card; the next card comes after it.
  const reply = card.querySelector('[class~="main--reply-button"]');
  expect(reply?.textContent.trim()).toBe('我已点了“是”');
  const lastStep = steps.at(-1);
  expect(
    lastStep && reply
      ? lastStep.compareDocumentPosition(reply) & Node.DOCUMENT_POSITION_FOLLOWING
      : 0,
  ).toBeTruthy();
  expect(card.nextElementSibling?.className).toContain('verified');
});

test('with a working canvas the reply card carries the drawn ✓ picture', async () => {
  wxControl.canvas = 'working';
  const page = await openPage('helper/pages/assist/index', { r: 'abcd2345' });
  await simulate.sleep(0);
  const payload = (page.instance as Instance).onShareAppMessage(replyTap);
  expect(payload.imageUrl).toBe(MOCK_CARD_PATH);
  const drawn = wxControl.canvasCalls.filter((call) => call.startsWith('fillText')).join('');
  expect(drawn).toContain('已帮你点了“是”');
  expect(drawn).toContain('✓');
});

test('the CHSI address is copied, and the guide links open the register section and home', async () => {
  const page = await openPage('helper/pages/assist/index', { r: 'abcd2345' });
  find(page, '.copy', '.copy-chip').dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl]);
  for (const selector of ['.register-link', '.home-link']) {
    const cell = page.querySelector(selector);
    if (!cell) throw new Error(`no ${selector}`);
    await tapVant(cell, '.van-cell');
  }
  expect(wxControl.record.navigations.map((navigation) => navigation.url)).toEqual([
    '/guide/pages/section/index?id=register',
    '/pages/home/index',
  ]);
});

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const HOSTILE = '<script>alert(1)</script>13812345678';

test.each<[string, Record<string, string>, string]>([
  [
    'tampered (a full name)',
    { r: 'abcd2345', n: encodeURIComponent('张三丰'), d: '2026-11-30' },
    '可能被改动过',
  ],
  ['tampered (markup in the id)', { r: HOSTILE, n: '张*' }, '可能被改动过'],
  ['oversized', { r: 'abcd2345', n: '张'.repeat(2000), d: '9'.repeat(3000) }, '内容过长'],
  ['garbage', { r: '%%%', n: '%E5%BC', d: 'yesterday' }, '无法识别'],
  ['empty', {}, '没有读到是哪位同学发来的申请'],
])(
  'a %s query still gives a working page that says something useful',
  async (_label, query, says) => {
    const page = await openPage('helper/pages/assist/index', query);
    const text = textOf(page);
    expect(textOf(page.querySelector('.query-notice') ?? {})).toContain(says);
    expect(textOf(page.querySelector('.asker') ?? {})).toBe('你的同学请你帮忙完成学信网“同学协助”');
    for (const step of CLASSMATE_STEPS) expect(text).toContain(step);
    // Nothing from the query is shown unchecked.
    for (const value of Object.values(query)) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(safeDecode(value));
    }
    expect(text).not.toContain('三丰');
    expect(text).not.toContain('<script>');
    expect(page.querySelector('.reply-button')).toBeUndefined();
    expect(text).toContain('请直接告诉同学你已完成');
    // The forward menu still works, with nothing from the query in it.
    expect((page.instance as Instance).onShareAppMessage(replyTap)).toEqual({
      title: APP_CARD_TITLE,
      path: sharePath('home'),
      imageUrl: STATIC_GUIDE_IMAGE,
    });
  },
);
