// The wrong turns students took in the preview, each read off the rendered page as the student
// reads it: the words, their order, and where a tap leads.
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';
import { assistStore } from '../../miniprogram/helper/stores/assist-store';
import { PROGRESS_STEPS } from '../../miniprogram/content/progress';
import { progressStore } from '../../miniprogram/stores/progress-store';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { HELPER_TEXT } from '../../miniprogram/helper/content/assist';
import { useClassHelperPhone } from '../helpers/class-helper';
import {
  all,
  find,
  openPage,
  simulate,
  tapVant,
  textOf,
  waitFor,
  type Rendered,
} from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

useClassHelperPhone();

/** The first-screen block of a problem page: its answer and first action (你现在要做的). */
function nowPart(page: Rendered): string {
  return textOf(find(page, '.now-part'));
}

/** The decision's buttons on a problem page's first screen. */
function optionNodes(page: Rendered): ReturnType<typeof all> {
  return all(all(page, '.guide-part')[0] ?? page, '.decision-block').flatMap((block) =>
    all(block, '.decision__option'),
  );
}

function options(page: Rendered): string[] {
  return optionNodes(page).map((node) => textOf(node));
}

/** The text of every part of the page, in order (parts are components of their own). */
function partsText(page: Rendered): string {
  return all(page, '.guide-part')
    .map((part) => textOf(part))
    .join('\n');
}

test('problem 2 asks about 兵役登记 too, so that student does not pick the red branch', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '2' });
  const now = nowPart(page);
  expect(now).toContain('兵役登记');
  const [safe, red] = options(page);
  expect(safe).toContain('兵役登记');
  expect(red).toContain('旧账号确实找不回');
});

test('problem 4 shows no success message as the problem; 只忘了密码 goes straight to 找回密码', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '4' });
  expect(nowPart(page)).not.toContain('密码重置成功');
  const email = all(page, '.contact-card-block').map((node) => textOf(node));
  expect(email.join('')).not.toContain('屏幕上的提示是：“密码重置成功');
  const option = optionNodes(page).find((node) => textOf(node).includes('只忘了密码'));
  if (!option) throw new Error('no 只忘了密码 answer');
  option.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(partsText(page)).toContain('点“找回密码”');
});

test.each(['1', '6', '7'])(
  'problem %s: 重新注册 leads to problem 2’s branch for it, with CHSI’s service before it',
  async (id) => {
    const page = await openPage('guide/pages/problem/index', {
      id,
      part: id === '1' ? 'register-anew' : 'solution',
    });
    const text = partsText(page);
    // The service e-mail comes before the consequence and the re-register step.
    expect(text.indexOf(schoolConfig.chsiServiceEmail)).toBeGreaterThan(-1);
    expect(text.indexOf(schoolConfig.chsiServiceEmail)).toBeLessThan(
      text.indexOf('重新注册之前要知道'),
    );
    const link = all(page, '.guide-part')
      .flatMap((part) => part.querySelectorAll('.link-cell'))
      .find((node) => textOf(node).includes('按问题 2'));
    if (!link) throw new Error('no link to problem 2');
    await tapVant(link, '.van-cell');
    expect(wxControl.record.navigations.at(-1)?.url).toBe(
      '/guide/pages/problem/index?id=2&part=never-registered',
    );
    const two = await openPage('guide/pages/problem/index', { id: '2', part: 'never-registered' });
    expect(partsText(two)).toContain('从问题 1、6、7 过来');
  },
);

test('problem 6’s first screen offers the checks and CHSI’s service before 重新注册', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '6' });
  const now = nowPart(page);
  expect(now.indexOf('核对姓名')).toBeGreaterThan(-1);
  expect(now.indexOf('学信网客服')).toBeLessThan(now.indexOf('重新注册'));
});

test('problems 2 and 8: CHSI’s service is offered before 我要重新注册', async () => {
  for (const [id, part] of [
    ['2', 'never-registered'],
    ['8', 'solution'],
  ] as const) {
    const text = partsText(await openPage('guide/pages/problem/index', { id, part }));
    const service = text.indexOf(schoolConfig.chsiServiceEmail);
    expect(service).toBeGreaterThan(-1);
    expect(service).toBeLessThan(text.search(/点击【完成注册】|勾选“我要重新注册”。/));
  }
});

test('the class helper can be told how many were already sent on CHSI today', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  const plus = all(page, '.elsewhere__step')[1];
  if (!plus) throw new Error('no stepper');
  for (let sent = 0; sent < 3; sent += 1) {
    plus.dispatchEvent('tap');
    await simulate.sleep(0);
  }
  const left = `今天还可以申请 ${DAILY_LIMIT - 3} 名`;
  await waitFor(() => textOf(find(page, '.counter-box')).includes(left), left);
  expect(textOf(find(page, '.counter'))).toBe(`今天已申请 3/${DAILY_LIMIT} 名同学`);
  expect(assistStore.elsewhere).toBe(3);
});

test('the helper never asserts CHSI’s own count', () => {
  for (const text of [HELPER_TEXT.deleteContent, HELPER_TEXT.deleted, HELPER_TEXT.reminderTitle]) {
    expect(text).not.toMatch(/学信网已经记下|今天可以再申请 \d+ 名/);
  }
});

test('the register page ends with 注册好了 → 第 2 步', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'register' });
  const links = all(page, '.guide-part').flatMap((part) => part.querySelectorAll('.link-cell'));
  const last = links.at(-1);
  expect(last && textOf(last)).toContain('注册好了 → 第 2 步');
  await tapVant(last as never, '.van-cell');
  expect(wxControl.record.navigations.at(-1)?.url).toBe('/guide/pages/section/index?id=login');
});

test.each([
  ['guide/pages/problem/index', { id: '8' }],
  ['guide/pages/section/index', { id: 'login' }],
  ['helper/pages/assist/index', { n: '陈*', d: '2026-11-30' }],
])('%s ends with a way to the guide’s start', async (route, query) => {
  const page = await openPage(route, query);
  const text = textOf(page);
  expect(text.slice(-30)).toMatch(/学籍核对指南首页$/);
});

test('全部完成 leads with done, not with 还在未查名单上', async () => {
  progressStore.setDone(PROGRESS_STEPS.map((step) => step.id));
  const page = await openPage('pages/home/index');
  const card = textOf(find(page, '.next'));
  expect(card.startsWith('全部完成')).toBe(true);
  expect(card.indexOf('未查名单')).toBeGreaterThan(card.indexOf('做完了'));
  expect(page.querySelector('.next__go')).toBeUndefined();
});

test('search “没有学籍” answers with problem 10, never with 没有账号的先注册 first', async () => {
  const page = await openPage('tools/pages/search/index', { q: '学信档案里没有学籍' });
  const first = all(page, '.result')[0];
  expect(first && textOf(first)).toContain('10.');
  expect(first && textOf(first)).not.toContain('没有账号的先注册');
});

test('problem 8’s drawn 2022 form: the guide’s links are links, not boxes beside 我要重新注册', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '8', part: 'solution' });
  const screen = all(page, '.guide-part')
    .flatMap((part) => all(part, '.chsi-screen'))
    .find((node) => textOf(node).includes('我要重新注册'));
  if (!screen?.dom) throw new Error('no drawn form');
  expect(textOf(screen)).toContain('按学院指南（2022 年）画的，以学信网页面为准');
  const rows = Array.from(screen.dom.querySelectorAll('[class*="chsi__choice"]')).filter(
    (row) =>
      /chsi__choice(\s|$)/.test(row.className) && /找回密码|原帐号登录/.test(row.textContent),
  );
  expect(rows.length).toBe(2);
  for (const row of rows) expect(row.textContent).not.toContain('□');
  expect(screen.dom.textContent).toMatch(/□\s*我要重新注册/);
});
