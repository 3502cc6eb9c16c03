// The guide as data: every item of the college's guide (and each outside fact we add) is there,
// nothing is empty, every link
// resolves, and the school's values come from the one configuration file.
import { APP_ROUTES } from '../helpers/app-routes';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHSI_SCREENS, screenTexts } from '../../miniprogram/guide/content/chsi-screens';
import { linkUrl } from '../../miniprogram/content/links';
import { PROBLEM_IDS, problems } from '../../miniprogram/content/problems';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { sections } from '../../miniprogram/content/sections';
import type { Block, LinkTarget, Part } from '../../miniprogram/content/types';
import { MINIPROGRAM_ROOT } from '../helpers/render';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'notice':
      return `${block.title ?? ''}${block.text}`;
    case 'steps':
      return `${block.title ?? ''}${block.steps.map((s) => `${s.text}${s.note ?? ''}${s.screen ?? ''}`).join('')}`;
    case 'list':
      return `${block.title ?? ''}${block.items.join('')}`;
    case 'screen':
      return `${block.caption}${block.lines.join('')}`;
    case 'fields':
      return block.fields.map((f) => `${f.label}${f.hint}${f.warning ?? ''}`).join('');
    case 'link':
      return block.link.text;
    case 'copy-chsi':
      return schoolConfig.chsiUrl;
    case 'copy':
      return block.values.join('');
    case 'decision':
      return `${block.question}${block.options.map((o) => `${o.label}${o.consequence ?? ''}`).join('')}`;
    case 'chsi-screen':
      return `${screenTexts(CHSI_SCREENS[block.screen]).join('')}${block.caption ?? ''}`;
    case 'checklist':
      return `${block.title ?? ''}${block.items.join('')}${block.wrong.title}${block.wrong.text}`;
    case 'contact':
      return block.trouble;
  }
}

const partsText = (parts: readonly Part[]): string =>
  parts
    .map((part) => `${part.title}${part.badge ?? ''}${part.blocks.map(blockText).join('')}`)
    .join('');

const sectionText = (id: string): string => {
  const section = sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(id);
  return `${section.title}${section.summary}${partsText(section.parts)}`;
};

const problemText = (id: number): string => {
  const problem = problems.find((candidate) => candidate.id === id);
  if (!problem) throw new Error(String(id));
  return [
    problem.title,
    problem.symptom,
    problem.answer,
    ...problem.messages.map((message) => message.text),
    partsText(problem.parts),
  ].join('');
};

/** The guide's items, one by one, as the distinctive words each must contain. */
const required: [string, () => string, string[]][] = [
  [
    '注册: the form field by field',
    () => sectionText('register'),
    ['手机号', '验证码', '密码确认', '姓名', '证件类型', '居民身份证', '证件号码', '安全邮箱'],
  ],
  [
    '注册: 密保问题 1–3 and 服务条款',
    () => sectionText('register'),
    ['密保问题1', '密保问题2', '密保问题3', '服务条款', '立即注册'],
  ],
  ['注册: X 一律大写', () => sectionText('register'), ['X 一律大写']],
  [
    '注册: fill everything else first, then the code',
    () => sectionText('register'),
    ['先填写完其他信息', '获取验证码'],
  ],
  [
    '注意 1: remember username, password and e-mail',
    () => sectionText('register'),
    ['请牢记本人的用户名', '密码和邮箱'],
  ],
  [
    '注意 2: the school cannot reset accounts',
    () => sectionText('register'),
    ['学校没有对学生用户的管理权限'],
  ],
  ['注意 3: IE8.0+ or Firefox', () => sectionText('register'), ['IE8.0', '火狐浏览器']],
  [
    '注意 4: no special characters',
    () => sectionText('register'),
    ['密码不要设置特殊字符或标点符号'],
  ],
  ['登录: open 学信档案', () => sectionText('login'), ['学信档案']],
  [
    '登录: the six fields',
    () => sectionText('login'),
    ['姓名', '性别', '身份证号', '学号', '专业', '民族'],
  ],
  [
    '登录: contact when wrong',
    () => sectionText('login'),
    ['不符', schoolConfig.contact.office, schoolConfig.contact.person],
  ],
  ['登录: log out normally', () => sectionText('login'), ['正常退出']],
  ['problem 1: register again', () => problemText(1), ['找回用户名', '被注册过', '重新注册']],
  [
    'problem 2: 证件号码已被注册 and the ways out',
    () => problemText(2),
    [
      '证件号码已被注册',
      '原用户名登录',
      '找回用户名',
      '身份证照片',
      '客服审核',
      '证件重复-客服审核',
      '证件重复-用户协助',
      '发送协助请求',
      '收件箱',
    ],
  ],
  ['problem 3: four paths', () => problemText(3), ['四种途径']],
  [
    'problem 3 (1): 学籍学历信息 with school values',
    () => problemText(3),
    [
      '提供学籍学历信息',
      schoolConfig.fullName,
      String(schoolConfig.enrollmentYear),
      '学号',
      '优先推荐使用',
    ],
  ],
  [
    'problem 3 (2): classmate assist',
    () => problemText(3),
    [
      '大学同班同学协助',
      '通过审核的同班同学',
      '姓名和手机号',
      `每天最多可申请 ${DAILY_LIMIT} 名同学`,
      '账号',
      '邮箱',
      '点击“是”',
      '推荐使用',
    ],
  ],
  [
    'problem 3 (3): App with a photo holding the ID',
    () => problemText(3),
    ['学信网 App 自助验证', '手持身份证照片', '身份核验'],
  ],
  [
    'problem 4: username then password, five steps, three ways, e-mail way',
    () => problemText(4),
    ['先找回用户名，再找回密码', '第五步', '三种方式', '电子邮箱', '重置链接', '密码重置成功'],
  ],
  [
    'problem 5: 未查名单 → log in, browse, 退出',
    () => problemText(5),
    ['未查名单', '重新登录', '别的模块', '退出'],
  ],
  [
    'problem 6: 请求被取消 → register again',
    () => problemText(6),
    ['证件和姓名不符合', '请求被取消，不能频繁使用该功能', '重新注册'],
  ],
  [
    'problem 7: change the e-mail or register anew',
    () => problemText(7),
    ['修改绑定的邮箱', '重新注册'],
  ],
  [
    'problem 8: 征兵 → 我要重新注册, old account cancelled, sohu',
    () => problemText(8),
    ['征兵', '我要重新注册', '旧账号将被注销', '不能用于征兵、研招报名', 'sohu'],
  ],
  [
    'problem 9: 手机号已存在 → 继续注册; simplified, no spaces, admission name',
    () => problemText(9),
    ['手机号已存在', '继续注册', '旧帐号将不可用', '简体字', '空格', '录取时的名字'],
  ],
];

test.each(required)('%s', (_item, text, words) => {
  const content = text();
  for (const word of words) expect(content).toContain(word);
});

test('there are exactly the two sections, and the problems are numbered 1…N in order', () => {
  expect(sections.map((section) => section.id)).toEqual(['register', 'login']);
  const ids = problems.map((problem) => problem.id);
  expect(ids).toEqual(ids.map((_id, index) => index + 1));
  // PROBLEM_IDS (where ProblemId comes from) lists exactly the problems' data.
  expect(ids).toEqual([...PROBLEM_IDS]);
});

test('no section, problem, part, block or step is empty', () => {
  const parts = [...sections.flatMap((s) => s.parts), ...problems.flatMap((p) => p.parts)];
  for (const problem of problems) {
    expect(problem.title && problem.symptom && problem.answer).toBeTruthy();
    expect(problem.parts.length).toBeGreaterThan(0);
  }
  for (const part of parts) {
    expect(part.title.trim()).not.toBe('');
    expect(part.blocks.length).toBeGreaterThan(0);
    for (const block of part.blocks) {
      if (block.type !== 'copy-chsi') expect(blockText(block).trim()).not.toBe('');
      if (block.type === 'steps') {
        expect(block.steps.length).toBeGreaterThan(0);
        for (const step of block.steps) expect(step.text.trim()).not.toBe('');
      }
      if (block.type === 'list') expect(block.items.length).toBeGreaterThan(0);
    }
  }
});

test('every problem records its on-screen messages, sources and the date it was checked', () => {
  for (const problem of problems) {
    expect(problem.sources.length).toBeGreaterThan(0);
    expect(problem.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const message of problem.messages) expect(message.where).not.toBe('');
  }
  // The messages the guide quotes word for word.
  const verbatim = problems.flatMap((p) => p.messages.filter((m) => m.verbatim).map((m) => m.text));
  expect(verbatim).toEqual(
    expect.arrayContaining([
      '证件号码已被注册，查看【解决方法】',
      '证件号码已注册',
      '手机号已存在',
      '请求被取消，不能频繁使用该功能',
      'sohu邮箱无法接收本网邮件，请使用其他有效邮箱',
    ]),
  );
});

describe('links', () => {
  const targets: LinkTarget[] = [
    ...sections.flatMap((s) => s.parts).flatMap((part) => part.blocks),
    ...problems.flatMap((p) => p.parts).flatMap((part) => part.blocks),
  ].flatMap((block) => (block.type === 'link' ? [block.link.to] : []));
  const related = problems.flatMap((problem) => problem.related.map((link) => link.to));

  test.each([...targets, ...related].map((target) => [linkUrl(target), target] as const))(
    '%s opens an existing page and an existing item',
    (url, target) => {
      const route = url.replace(/^\//, '').split('?')[0];
      expect(APP_ROUTES).toContain(route);
      if (target.kind === 'problem') {
        const problem = problems.find((p) => p.id === target.id);
        expect(problem).toBeDefined();
        if (target.part) expect(problem?.parts.map((p) => p.id)).toContain(target.part);
      }
      if (target.kind === 'section') {
        const section = sections.find((s) => s.id === target.id);
        expect(section).toBeDefined();
        if (target.part) expect(section?.parts.map((p) => p.id)).toContain(target.part);
      }
    },
  );

  test('problems link to each other where the guide does', () => {
    const linksOf = (id: number): number[] => {
      const problem = problems.find((p) => p.id === id);
      const blocks = problem?.parts.flatMap((part) => part.blocks) ?? [];
      return [
        ...blocks.flatMap((b) => (b.type === 'link' ? [b.link.to] : [])),
        ...(problem?.related.map((link) => link.to) ?? []),
      ].flatMap((to) => (to.kind === 'problem' ? [to.id] : []));
    };
    expect(linksOf(1)).toContain(4);
    expect(linksOf(2)).toContain(3);
    expect(linksOf(3)).toContain(2);
    expect(linksOf(8)).toContain(2);
  });
});

describe('school values live in the configuration (content/college.ts) only', () => {
  /** Every string the school configuration holds (nested ones too), and what it derives. */
  function stringsOf(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
    return [];
  }
  // Three-character values (教务处) are ordinary words other organisations share (河南工程学院教务处);
  // the check window's dates and times may fall on any other date the code names (its own
  // CONTENT_CHECKED_ON, a source's date), so they are no sign of a repeated school value.
  const literals = [...new Set(stringsOf(schoolConfig))].filter(
    (value) => value.length >= 4 && !/^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})$/.test(value),
  );
  /** The file without its comment lines (comments may name a value to explain where it lives). */
  const codeOf = (file: string): string =>
    fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.name === 'miniprogram_npm') return [];
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.(ts|wxml|json|wxss)$/.test(entry.name) ? [full] : [];
    });
  }

  test('no other file repeats a value of the school configuration (name, contact, CHSI addresses)', () => {
    expect(literals).toEqual(
      expect.arrayContaining([schoolConfig.fullName, schoolConfig.contact.person, 'chsi.com.cn']),
    );
    const offenders = sourceFiles(MINIPROGRAM_ROOT)
      .filter((file) => !file.endsWith(path.join('content', 'college.ts')))
      .flatMap((file) => {
        const text = codeOf(file);
        return literals
          .filter((literal) => text.includes(literal))
          .map((literal) => `${path.relative(MINIPROGRAM_ROOT, file)}: ${literal}`);
      });
    expect(offenders).toEqual([]);
  });

  test('changing the configuration changes the content', () => {
    jest.isolateModules(() => {
      const actual = jest.requireActual<typeof import('../../miniprogram/content/school-config')>(
        '../../miniprogram/content/school-config',
      );
      jest.doMock('../../miniprogram/content/school-config', () => ({
        ...actual,
        schoolConfig: actual.resolveSchoolConfig(
          {
            ...actual.schoolSettings,
            fullName: '示例职业技术学院',
            pinnedEnrollmentYear: 2027,
            contact: { office: '学生处', person: '王老师' },
          },
          new Date(),
        ),
      }));
      const other = jest.requireActual<typeof import('../../miniprogram/content/problems')>(
        '../../miniprogram/content/problems',
      );
      const contact = jest.requireActual<typeof import('../../miniprogram/content/contact')>(
        '../../miniprogram/content/contact',
      );
      const sources = jest.requireActual<typeof import('../../miniprogram/content/sources')>(
        '../../miniprogram/content/sources',
      );
      // The original guide keeps its author's name, which may be this college's: leave it out.
      const text = [sources.SEED_SOURCE.ref, sources.GUIDE_SHORT_NAME, sources.GUIDE_NAME].reduce(
        (rest, credit) => rest.split(credit).join(''),
        JSON.stringify(other.problems),
      );
      // Another college's copy names the guide by its author, never as its own 学院指南.
      expect(sources.GUIDE_SHORT_NAME).not.toMatch(/^学院指南/);
      expect(text).toContain('示例职业技术学院');
      expect(text).toContain('入学年份：2027');
      expect(text).not.toContain(schoolConfig.fullName);
      expect(contact.contactLines().join('')).toContain('学生处王老师');
    });
  });
});
