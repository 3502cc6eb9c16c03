// A step that cannot be undone (我要重新注册, 继续注册, 重新注册) comes after its consequence and
// after the safer way, on every page: checked over the content data, not one page at a time.
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import type { IrreversibleAction, OrderMarks, Part } from '../../miniprogram/content/types';
import { finderNodes } from '../../miniprogram/tools/content/finder';

interface Item extends OrderMarks {
  readonly where: string;
  readonly text: string;
  /** Set on a notice of level 'irreversible': the action whose consequence it states. */
  readonly consequenceOf?: IrreversibleAction;
  readonly isNotice: boolean;
}

/** The page's items in the order a student reads them. */
function itemsOf(page: string, parts: readonly Part[]): Item[] {
  return parts.flatMap((part) =>
    part.blocks.flatMap((block, index): Item[] => {
      const where = `${page} ${part.id}[${String(index)}]`;
      switch (block.type) {
        case 'notice':
          return [
            {
              where,
              text: block.text,
              isNotice: true,
              ...(block.level === 'irreversible' && block.action
                ? { consequenceOf: block.action }
                : {}),
            },
          ];
        case 'steps':
          return block.steps.map((step, stepIndex) => ({
            ...step,
            where: `${where}.${String(stepIndex)}`,
            isNotice: false,
          }));
        case 'paragraph':
          return [{ ...block, where, isNotice: false }];
        case 'link':
          return [{ ...block, text: block.link.text, where, isNotice: false }];
        case 'list':
          return block.items.map((text) => ({ where, text, isNotice: false }));
        default:
          return [];
      }
    }),
  );
}

/** Words that tell the student to take an irreversible step (negations removed first). */
const ACTION = /重新注册|继续注册/;
const NEGATED = /不要重新注册|不要选“继续注册”|要不要注册/g;
const CONSEQUENCE = /注销|不可用|不能再用|用不了/;

/** Everything wrong with one page's order; [] when it is safe. */
function orderFaults(items: readonly Item[]): string[] {
  const faults: string[] = [];
  items.forEach((item, index) => {
    const before = items.slice(0, index);
    if (item.irreversible) {
      const action = item.irreversible;
      if (!before.some((earlier) => earlier.consequenceOf === action)) {
        faults.push(`${item.where}: “${item.text}” comes before its consequence (${action})`);
      }
      if (!before.some((earlier) => earlier.saferThan === action)) {
        faults.push(`${item.where}: “${item.text}” comes before the safer way (${action})`);
      }
    } else if (
      !item.isNotice &&
      !item.saferThan &&
      ACTION.test(item.text.replace(NEGATED, '')) &&
      !CONSEQUENCE.test(item.text)
    ) {
      faults.push(`${item.where}: “${item.text}” reads as an irreversible step but is not marked`);
    }
  });
  return faults;
}

/** A one-line summary (a problem's answer, a finder answer) names the cost where it names the step. */
function summaryFaults(where: string, text: string): string[] {
  const sentences = text.replace(NEGATED, '').split(/[。；]/);
  const first = sentences.findIndex((sentence) => ACTION.test(sentence));
  if (first < 0) return [];
  const said = sentences.slice(0, first + 1).some((sentence) => CONSEQUENCE.test(sentence));
  return said ? [] : [`${where}: “${text}” names the step without its consequence`];
}

const pages = [
  ...sections.map((section) => ({ page: `section ${section.id}`, parts: section.parts })),
  ...problems.map((problem) => ({ page: `problem ${String(problem.id)}`, parts: problem.parts })),
];

test('every irreversible step on every page comes after its consequence and the safer way', () => {
  expect(pages.flatMap(({ page, parts }) => orderFaults(itemsOf(page, parts)))).toEqual([]);
});

test('the pages the guide names as irreversible really carry the marks', () => {
  const marked = pages
    .filter(({ parts }) => itemsOf('', parts).some((item) => item.irreversible))
    .map(({ page }) => page);
  expect(marked).toEqual(
    expect.arrayContaining([
      'problem 1',
      'problem 2',
      'problem 6',
      'problem 7',
      'problem 8',
      'problem 9',
    ]),
  );
});

test('every summary line that names an irreversible step names its cost too', () => {
  const faults = [
    ...problems.flatMap((problem) =>
      summaryFaults(`problem ${String(problem.id)}`, problem.answer),
    ),
    ...finderNodes.flatMap((node) =>
      node.kind === 'answer' ? summaryFaults(`finder ${node.id}`, node.text) : [],
    ),
  ];
  expect(faults).toEqual([]);
});

test('the check catches a step put before its warning, an unmarked step and a bare summary', () => {
  const bad: Part[] = [
    {
      id: 'x',
      title: 'x',
      blocks: [
        { type: 'paragraph', text: '勾选“我要重新注册”。', irreversible: 'reregister-id' },
        {
          type: 'notice',
          level: 'irreversible',
          action: 'reregister-id',
          text: '旧账号会被注销。',
        },
        { type: 'paragraph', text: '用原账号登录。', saferThan: 'reregister-id' },
        { type: 'paragraph', text: '找不回就重新注册。' },
      ],
    },
  ];
  const faults = orderFaults(itemsOf('bad', bad));
  expect(faults).toHaveLength(3);
  expect(faults[0]).toContain('before its consequence');
  expect(faults[1]).toContain('before the safer way');
  expect(faults[2]).toContain('not marked');
  expect(summaryFaults('bad', '重新注册。')).toHaveLength(1);
  expect(summaryFaults('ok', '重新注册会注销旧账号：先找回。')).toEqual([]);
});
