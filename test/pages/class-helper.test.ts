import { all, openPage, simulate, textOf, type Rendered } from '../helpers/render';
import { recordRequest, useClassHelperPhone } from '../helpers/class-helper';
import { MOCK_CARD_PATH, wxControl } from '../helpers/wx-mock';
import { assistStore, ASSIST_STORAGE_KEY } from '../../miniprogram/helper/pages/class-helper/store';
import { STATIC_CARD_IMAGE } from '../../miniprogram/core/share-card';
import { ASSIST_CARD_TITLE } from '../../miniprogram/helper/content/assist';
import { parseAssistQuery } from '../../miniprogram/core/share-card';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

const phone = useClassHelperPhone();

interface Instance {
  onShareAppMessage(options: unknown): { title: string; path: string; imageUrl?: string };
  setData(data: Record<string, unknown>): void;
}

function instanceOf(page: Rendered): Instance {
  return page.instance as Instance;
}

function counter(page: Rendered): string {
  const node = page.querySelector('.counter');
  return node ? textOf(node) : '';
}

/** The counter line for `sent` requests today. */
const counterLine = (sent: number): string => `今天已申请 ${sent}/${DAILY_LIMIT} 名同学`;
const NAMES = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
const FULL_BUTTON = `今天已记满 ${DAILY_LIMIT} 名 · 明天再来`;

test('the counter reads n/DAILY_LIMIT after each request; when full the button is disabled and says when', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  expect(counter(page)).toBe(counterLine(0));
  expect(page.querySelector('.limit-reached')).toBeUndefined();
  for (let sent = 1; sent <= DAILY_LIMIT; sent += 1) {
    await recordRequest(page, `同学${NAMES.charAt(sent - 1)}`);
    expect(counter(page)).toBe(counterLine(sent));
    expect(textOf(page.querySelector('.meter') ?? {})).toBe(
      '●'.repeat(sent) + '○'.repeat(DAILY_LIMIT - sent),
    );
  }
  expect(all(page, '.request')).toHaveLength(DAILY_LIMIT);
  expect(textOf(page.querySelector('.limit-reached') ?? {})).toBe(
    `今天已在本页记满 ${DAILY_LIMIT} 名 · 本页在北京时间 0 点重新计数（约 14 小时后）；学信网上能否再申请，以学信网页面为准`,
  );
  const button = page.querySelector('.record-button');
  expect((button?.instance as { data?: unknown } | undefined)?.data).toMatchObject({
    disabled: true,
  });
  expect(textOf(button ?? {})).toBe(FULL_BUTTON);
  // A tap on the disabled button records nothing.
  await recordRequest(page, '又一位');
  expect(counter(page)).toBe(counterLine(DAILY_LIMIT));
  expect(all(page, '.request')).toHaveLength(DAILY_LIMIT);
  // The store refuses one more on its own too, with the reason.
  (page.instance as unknown as { onRecord(): void }).onRecord();
  await simulate.sleep(0);
  const message = textOf(page.querySelector('.message') ?? {});
  expect(message).toContain(`学信网每天最多可申请 ${DAILY_LIMIT} 名同学协助`);
  expect(message).toContain(`你今天在本页已记下 ${DAILY_LIMIT} 名`);
  expect(all(page, '.request')).toHaveLength(DAILY_LIMIT);
});

test('the record button shows what will be kept, and repeated labels get a number', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  const input = page.querySelector('.label-input');
  input?.dispatchEvent('input', { detail: { value: '李同学1' } });
  await simulate.sleep(0);
  expect(textOf(page.querySelector('.record-button') ?? {})).toBe('我已在学信网向李同学发出申请');
  // A day's quota (DAILY_LIMIT, at least 3): all but one to the same label, then another.
  const repeats = DAILY_LIMIT - 1;
  for (let sent = 0; sent < repeats; sent += 1) await recordRequest(page, '李同学');
  await recordRequest(page, '王同学');
  const names = all(page, '.request__name').map((node) => textOf(node));
  const circled = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'].slice(0, repeats);
  expect(names.sort()).toEqual([...circled.map((mark) => `李同学 ${mark}`), '王同学']);
  // Each row also carries the time it was recorded.
  expect(textOf(page.querySelector('.request') ?? {})).toContain('2026-11-30 10:00（今天）');
});

test('the newest record sits right under the confirmation, with its share button', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '赵同学');
  await recordRequest(page, '钱同学');
  const newest = assistStore.state.requests[1];
  if (!newest) throw new Error('no request recorded');
  const message = page.querySelector('.message');
  expect(textOf(message ?? {})).toContain('已记下：今天向钱同学发出了申请');
  // The element right after the confirmation is the newest record, with its share button.
  const next = message?.dom?.nextElementSibling;
  expect(next?.className).toContain('request--newest');
  expect(next?.textContent).toContain('钱同学');
  expect(next?.querySelector('[class*="share-button"]')?.getAttribute('data-id')).toBe(newest.id);
  // It is not listed a second time in the history below.
  expect(all(page, '.request').filter((node) => textOf(node).includes('钱同学'))).toHaveLength(1);
});

test('states read 已申请 → 已发卡片 → 同学已完成', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '孙同学');
  const request = assistStore.state.requests[0];
  if (!request) throw new Error('no request recorded');
  const status = (): string => textOf(page.querySelector('.request__status') ?? {});
  expect(status()).toBe('已申请');
  instanceOf(page).onShareAppMessage({ from: 'button', target: { dataset: { id: request.id } } });
  await simulate.sleep(0);
  expect(status()).toBe('已发卡片');
  const reply = await openPage('helper/pages/class-helper/index', { done: request.id });
  await simulate.sleep(0);
  expect(textOf(reply.querySelector('.request__status') ?? {})).toBe('同学已完成');
  // The ··· menu share changes nothing and carries a bundled image, never a screenshot.
  const menu = instanceOf(page).onShareAppMessage({ from: 'menu' });
  expect(menu.imageUrl).toMatch(/^\/assets\/.+\.png$/);
  expect(menu.path).not.toContain(request.id);
});

test('the share button of a request gives the assist card; sharing again counts nothing', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '李同学');
  const nameInput = page.querySelector('.name-input');
  nameInput?.dispatchEvent('input', { detail: { value: '张三丰' } });
  await simulate.sleep(0);
  await simulate.sleep(0);
  expect(textOf(page.querySelector('.mask') ?? {})).toBe('卡片上显示为：张*');
  const request = assistStore.state.requests[0];
  if (!request) throw new Error('no request recorded');
  // The share button carries the request's id in its dataset, as WeChat hands it to the handler.
  const buttonId = page.querySelector('.share-button')?.dom?.getAttribute('data-id');
  expect(buttonId).toBe(request.id);
  const options = { from: 'button', target: { dataset: { id: buttonId } } };
  const payload = instanceOf(page).onShareAppMessage(options);
  expect(payload).toEqual({
    title: ASSIST_CARD_TITLE,
    path: `/helper/pages/assist/index?r=${request.id}&n=${encodeURIComponent('张*')}&d=2026-11-30`,
    imageUrl: STATIC_CARD_IMAGE,
  });
  for (let again = 0; again < 6; again += 1) instanceOf(page).onShareAppMessage(options);
  await simulate.sleep(0);
  expect(counter(page)).toBe(counterLine(1));
  const query = Object.fromEntries(new URLSearchParams(payload.path.split('?')[1]));
  expect(parseAssistQuery(query)).toEqual({
    ok: true,
    value: { id: request.id, requesterMask: '张*', day: '2026-11-30' },
  });
});

test('with a working canvas the share image is the drawn card', async () => {
  wxControl.canvas = 'working';
  const page = await openPage('helper/pages/class-helper/index');
  await simulate.sleep(0);
  await recordRequest(page, '');
  const request = assistStore.state.requests[0];
  if (!request) throw new Error('no request recorded');
  const payload = instanceOf(page).onShareAppMessage({
    from: 'button',
    target: { dataset: { id: request.id } },
  });
  expect(payload.imageUrl).toBe(MOCK_CARD_PATH);
  expect(payload.path).toBe(`/helper/pages/assist/index?r=${request.id}&d=2026-11-30`);
});

test('a reply card marks the request 同学已完成 with a visible confirmation', async () => {
  const first = await openPage('helper/pages/class-helper/index');
  await recordRequest(first, '王同学');
  const request = assistStore.state.requests[0];
  if (!request) throw new Error('no request recorded');
  expect(textOf(first.querySelector('.request') ?? {})).toContain('已申请');

  const page = await openPage('helper/pages/class-helper/index', { done: request.id });
  await simulate.sleep(0);
  expect(textOf(page.querySelector('.message') ?? {})).toContain(
    '王同学已在学信网点了“是”，这次申请已标为“同学已完成”',
  );
  expect(textOf(page.querySelector('.request') ?? {})).toContain('同学已完成');
  expect(page.querySelector('.share-button')).toBeUndefined();
  const stored = JSON.stringify(wxControl.storage.get(ASSIST_STORAGE_KEY));
  expect(stored).toContain('"status":"done"');
});

test('a tampered or unknown reply card changes nothing and says so', async () => {
  const first = await openPage('helper/pages/class-helper/index');
  await recordRequest(first, '赵同学');
  const tampered = await openPage('helper/pages/class-helper/index', { done: '<b>x</b>' });
  expect(textOf(tampered.querySelector('.message') ?? {})).toContain('无法识别');
  expect(textOf(tampered)).not.toContain('<b>');
  const unknown = await openPage('helper/pages/class-helper/index', { done: 'zzzzzzzz' });
  expect(textOf(unknown.querySelector('.message') ?? {})).toContain('不在这台手机的记录里');
  expect(assistStore.state.requests.map((request) => request.status)).toEqual(['sent']);
});

test('after 00:00 Beijing time, showing the page again starts a new count', async () => {
  phone.set(Date.UTC(2026, 10, 30, 15, 59, 0)); // 23:59 in Beijing
  assistStore.tick();
  const page = await openPage('helper/pages/class-helper/index');
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) await recordRequest(page, '');
  expect(counter(page)).toBe(counterLine(DAILY_LIMIT));
  phone.set(Date.UTC(2026, 10, 30, 16, 0, 0)); // 00:00 the next day
  (page.instance as { onShow(): void }).onShow();
  await simulate.sleep(0);
  expect(counter(page)).toBe(counterLine(0));
  expect(textOf(page)).toContain('2026-11-30');
  await recordRequest(page, '');
  expect(counter(page)).toBe(counterLine(1));
  expect(textOf(page.querySelector('.request') ?? {})).toContain('2026-12-01 00:00（今天）');
});

test('unreadable stored requests are set aside and the page says so, then works', async () => {
  wxControl.storage.set(ASSIST_STORAGE_KEY, '{"v":1,"data":{"requests":');
  assistStore.load();
  const page = await openPage('helper/pages/class-helper/index');
  expect(textOf(page.querySelector('.recovered-notice') ?? {})).toContain('已另存一份备份');
  expect(counter(page)).toBe(counterLine(0));
  expect(wxControl.storage.has(`${ASSIST_STORAGE_KEY}.backup`)).toBe(true);
  await recordRequest(page, '甲');
  expect(counter(page)).toBe(counterLine(1));
});

test('the requester reads where on CHSI the request is sent and to ask which phone number', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  const box = textOf(page.querySelector('.who') ?? {});
  expect(box).toContain('使用大学同班同学协助');
  expect(box).toContain('证件重复-用户协助');
  expect(box).toContain('用的是哪个手机号');
});

test('the daily-limit texts never state when CHSI resets its count', async () => {
  const { HELPER_TEXT, REQUESTER_TEXT } = await import('../../miniprogram/helper/content/assist');
  const values: unknown[] = [...Object.values(HELPER_TEXT), ...Object.values(REQUESTER_TEXT)];
  const texts = values.filter((value): value is string => typeof value === 'string');
  expect(texts.length).toBeGreaterThan(10);
  for (const text of texts) expect(text).not.toMatch(/清零|00:00/);
});
