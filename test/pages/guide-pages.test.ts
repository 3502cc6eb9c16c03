// The section and problem pages, rendered with real Vant components, opened by their own paths.
import { APP_ROUTES } from '../helpers/app-routes';
import { problems } from '../../miniprogram/content/problems';
import { decidedParts } from '../../miniprogram/guide/views/blocks';
import { problemParts } from '../../miniprogram/guide/views/guide';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { REGISTRATION_FIELDS, sections } from '../../miniprogram/content/sections';
import type { FormField } from '../../miniprogram/content/types';
import { all, find, openPage, simulate, tapVant, textOf, waitFor } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

beforeEach(() => {
  wxControl.reset();
});

test('every page in app.json renders something readable with no query at all', async () => {
  for (const route of APP_ROUTES) {
    const page = await openPage(route);
    expect(textOf(page).length).toBeGreaterThan(10);
  }
});

test.each(sections.map((section) => [section.id, section] as const))(
  'section %s shows its title, every part and its sources',
  async (id, section) => {
    const page = await openPage('guide/pages/section/index', { id });
    const text = textOf(page);
    expect(text).toContain(section.title);
    for (const part of section.parts) expect(text).toContain(part.title);
    expect(text).toContain('内容对照日期');
    expect(text).toContain('不是在学信网上核实的日期');
    // The page ends with its sources and their date, then the way back to the guide's home.
    expect(text.indexOf('内容对照日期')).toBeGreaterThan(
      text.lastIndexOf(section.parts.at(-1)?.title ?? '?'),
    );
    expect(text.endsWith('回到学籍核对指南首页')).toBe(true);
    expect(wxControl.record.titles).toEqual([section.title]);
  },
);

test('the registration page lists every form field with its notes, once opened', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'register' });
  expect(textOf(page)).not.toContain('从下拉框');
  const toggle = all(page, '.guide-part')
    .map((part) => part.querySelector('.fields__toggle'))
    .find((node) => node !== undefined);
  if (!toggle) throw new Error('no field list toggle');
  toggle.dispatchEvent('tap');
  await simulate.sleep(0);
  const text = textOf(page);
  for (const field of [
    '手机号',
    '验证码',
    '密码确认',
    '证件号码',
    '安全邮箱',
    '密保问题3',
    '服务条款',
  ]) {
    expect(text).toContain(field);
  }
  expect(text).toContain('证件号后面的 X 一律大写');
  expect(text).toContain('sohu 邮箱无法接收学信网邮件');
  expect(text).toContain('据河南工程学院教务处 2025 年通知');
  // Each field reads as the form does: its label (and 必填), then what to type, then its warning.
  const fields = all(page, '.guide-part').flatMap((part) => part.querySelectorAll('.field'));
  expect(fields.map((field) => field.dom?.textContent.replace(/\s+/g, ''))).toEqual(
    (REGISTRATION_FIELDS as readonly FormField[]).map((field) =>
      [
        field.label,
        field.required ? '必填' : '',
        field.hint,
        field.warning ? `注意：${field.warning}` : '',
      ]
        .join('')
        .replace(/\s+/g, ''),
    ),
  );
});

test.each(problems.map((problem) => [problem.id, problem] as const))(
  'problem %i shows its title, answer, steps and on-screen messages',
  async (id, problem) => {
    // The page as opened, and each part a decision keeps closed opened as its answer opens it.
    const decided = [...decidedParts(problemParts(problem))];
    const opened = [
      await openPage('guide/pages/problem/index', { id: String(id) }),
      ...(await Promise.all(
        decided.map((part) => openPage('guide/pages/problem/index', { id: String(id), part })),
      )),
    ];
    const text = opened.map((page) => textOf(page)).join(' ');
    expect(text).toContain(problem.title);
    expect(text).toContain(problem.answer);
    for (const message of problem.messages) expect(text).toContain(`“${message.text}”`);
    const steps = problem.parts
      .flatMap((part) => part.blocks)
      .flatMap((block) => (block.type === 'steps' ? block.steps : []));
    for (const step of steps) expect(text).toContain(step.text);
    const stepsShown = new Map<string, number>();
    for (const page of opened) {
      for (const part of all(page, '.guide-part')) {
        const partId = (part.instance as { data: { part: { id: string } } }).data.part.id;
        stepsShown.set(partId, part.querySelectorAll('.step').length);
      }
    }
    expect([...stepsShown.values()].reduce((sum, count) => sum + count, 0)).toBe(steps.length);
  },
);

test('problem 3 shows the four paths with the school values from configuration', async () => {
  const text = textOf(await openPage('guide/pages/problem/index', { id: '3' }));
  expect(text).toContain(`学校全称：${schoolConfig.fullName}`);
  expect(text).toContain(`入学年份：${schoolConfig.enrollmentYear}`);
  expect(text).toContain('优先推荐使用');
  expect(text).toContain(`每天最多可申请 ${DAILY_LIMIT} 名同学协助`);
});

test('a part named in the query is scrolled to once the page is ready', async () => {
  await openPage('guide/pages/problem/index', { id: '3', part: 'classmate' });
  expect(wxControl.record.scrolls).toEqual(['#part-classmate']);
});

test('an unknown part is ignored: the page opens at the top', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '3', part: '<script>' });
  expect(wxControl.record.scrolls).toEqual([]);
  expect(textOf(page)).not.toContain('<script>');
});

test('the copy chip copies the CHSI address and the paste sheet says what to do next', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '5' });
  const chips = find(page, '.guide-part', '.copy-chips-block');
  find(chips, '.copy-chip').dispatchEvent('tap');
  await waitFor(
    () => textOf(find(chips, '.paste-sheet-host')).includes('长按顶部的地址栏'),
    'the paste sheet',
  );
  expect(wxControl.record.clipboard).toEqual([schoolConfig.chsiUrl]);
  expect(textOf(find(chips, '.paste-sheet-host'))).toContain('长按顶部的地址栏');
});

test('when the clipboard is refused, the address is shown to copy by hand', async () => {
  wxControl.clipboardFailure =
    'setClipboardData:fail api scope is not declared in the privacy agreement';
  const page = await openPage('guide/pages/section/index', { id: 'login' });
  find(page, '.guide-part', '.copy-chips-block', '.copy-chip').dispatchEvent('tap');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard).toEqual([]);
  expect(wxControl.record.modals).toEqual([{ title: '请手动复制', content: schoolConfig.chsiUrl }]);
});

test('related problems open their pages', async () => {
  const page = await openPage('guide/pages/problem/index', { id: '8' });
  const related = all(page, '.related-entry');
  expect(related.length).toBeGreaterThan(0);
  for (const cell of related) await tapVant(cell, '.van-cell');
  expect(wxControl.record.navigations.map((n) => n.url)).toContain(
    '/guide/pages/problem/index?id=2',
  );
});

test('links inside the content open their pages', async () => {
  // Problem 1's 重新注册 part opens from its answer (or part= in a link); re-registering with the
  // same ID number meets 证件号码已被注册, so it leads on to problem 2's branch for that.
  const page = await openPage('guide/pages/problem/index', { id: '1', part: 'register-anew' });
  const links = all(page, '.guide-part').flatMap((part) => part.querySelectorAll('.link-cell'));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) await tapVant(link, '.van-cell');
  expect(wxControl.record.navigations.map((n) => n.url)).toContain(
    '/guide/pages/problem/index?id=2&part=never-registered',
  );
});

test.each([
  [{}, '没有指定问题编号'],
  [{ id: '42' }, '没有第 42 个问题'],
  [{ id: '%E4%B8%80' }, '问题编号无法识别'],
  [{ id: '%zz' }, '没有指定问题编号'],
  [{ id: '<view>{{x}}</view>' }, '问题编号无法识别'],
  [{ id: 'x'.repeat(5000) }, '没有指定问题编号'],
])('problem page opened with %j says so and offers all nine', async (query, notice) => {
  const page = await openPage('guide/pages/problem/index', query);
  const text = textOf(page);
  expect(text).toContain(notice);
  for (const problem of problems) expect(text).toContain(problem.symptom);
  expect(text).not.toContain('{{x}}');
});

test('section page opened with garbage offers both sections', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'drop table' });
  const text = textOf(page);
  expect(text).toContain('章节无法识别');
  for (const section of sections) expect(text).toContain(section.title);
  expect(text).not.toContain('drop table');
});

test.each(sections.map((section) => [section.id, section] as const))(
  'section %s: 本页目录 lists the parts in order, each entry scrolls to the part it names',
  async (id, section) => {
    const page = await openPage('guide/pages/section/index', { id });
    // The parts always on the page (those an answer opens are not listed).
    const decided = decidedParts(section.parts);
    const listed = section.parts.filter((part) => !decided.has(part.id));
    const compact = (text: string) => text.replace(/\s+/g, '');
    const toc = find(page, '.page-toc');
    // The page opens with its title; the contents come under it.
    const text = textOf(page);
    expect(text.indexOf(section.title)).toBeLessThan(text.indexOf('本页目录'));
    expect(compact(textOf(toc))).toBe(
      compact(
        `本页目录${listed.map((part, index) => `${String(index + 1)}${part.title}`).join('')}`,
      ),
    );
    const reached: string[] = [];
    for (const entry of all(toc, '.toc__entry')) {
      wxControl.reset();
      entry.dispatchEvent('tap');
      await simulate.sleep(0);
      const target = wxControl.record.scrolls[0];
      const part = target === undefined ? undefined : page.querySelector(target);
      reached.push(part ? textOf(part) : '');
    }
    expect(reached.map((text, index) => text.startsWith(listed[index]?.title ?? '?'))).toEqual(
      listed.map(() => true),
    );
  },
);
