// Action first on the guide pages, rendered with real Vant: every problem opens with
// 你现在要做的 holding its action; every value the student types on CHSI has a copy chip that copies
// exactly that value; decisions open their parts; an irreversible answer carries its consequence;
// every drawn CHSI screen rings the control its data names.
import { CHSI_SCREENS, controlLabel } from '../../miniprogram/guide/content/chsi-screens';
import { problems } from '../../miniprogram/content/problems';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { sections } from '../../miniprogram/content/sections';
import type { Block, Part } from '../../miniprogram/content/types';
import { problemParts } from '../../miniprogram/guide/views/guide';
import { all, openPage, simulate, textOf, type Node, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

/** Problems whose first part asks the student a question (a decision block). */
const ASK_FIRST = [1, 2, 8, 9];

function problemPage(id: number): Promise<Rendered> {
  return openPage('guide/pages/problem/index', { id: String(id) });
}

function partsOn(page: Rendered): Node[] {
  return all(page, '.guide-part');
}

function chipsOn(page: Rendered): Node[] {
  return partsOn(page).flatMap((part) =>
    part
      .querySelectorAll('.copy-chips-block')
      .flatMap((chips) => chips.querySelectorAll('.copy-chip')),
  );
}

/** The answer buttons of every decision in a part (they live inside the decision component). */
function optionsIn(part: Node | undefined): Node[] {
  return (part?.querySelectorAll('.decision-block') ?? []).flatMap((block) =>
    block.querySelectorAll('.decision__option'),
  );
}

function blocksOf(parts: readonly Part[]): Block[] {
  return parts.flatMap((part) => part.blocks);
}

test.each(problems.map((problem) => [problem.id]))(
  'problem %i opens with 你现在要做的: the answer, then copy chips or a decision',
  async (id) => {
    const page = await problemPage(id);
    const first = partsOn(page)[0];
    if (!first) throw new Error('no parts');
    const text = textOf(first);
    expect(text).toContain('你现在要做的');
    const problem = problems.find((candidate) => candidate.id === id);
    expect(text).toContain(problem?.answer ?? '?');
    const actions = [
      ...first.querySelectorAll('.copy-chips-block'),
      ...first.querySelectorAll('.decision-block'),
    ];
    expect(actions.length).toBeGreaterThan(0);
    if (ASK_FIRST.includes(id)) expect(first.querySelectorAll('.decision-block')).toHaveLength(1);
    // The answer is said once: no separate 解决办法 box repeats it.
    expect(textOf(page).split(problem?.answer ?? '?').length - 1).toBe(1);
  },
);

/** What the student types on CHSI, from the configuration, and how a page shows it needs typing. */
const VALUES = [
  {
    mentioned: (text: string) => text.includes(schoolConfig.fullName),
    value: schoolConfig.fullName,
  },
  {
    mentioned: (text: string) => text.includes('入学年份'),
    value: String(schoolConfig.enrollmentYear),
  },
];

const PAGES: readonly [string, Record<string, string>][] = [
  ...sections.map(
    (section) =>
      [`section ${section.id}`, { route: 'guide/pages/section/index', id: section.id }] as [
        string,
        Record<string, string>,
      ],
  ),
  ...problems.map(
    (problem) =>
      [`problem ${problem.id}`, { route: 'guide/pages/problem/index', id: String(problem.id) }] as [
        string,
        Record<string, string>,
      ],
  ),
];

test.each(PAGES)(
  '%s: a copy chip for the CHSI address and for every value it asks to type, copying exactly it',
  async (_name, { route = '', id = '' }) => {
    const page = await openPage(route, { id });
    // Open every decided part, so the values in any answer's part count too.
    for (const option of partsOn(page).flatMap((part) =>
      part.querySelectorAll('.decision__option'),
    )) {
      option.dispatchEvent('tap');
      await simulate.sleep(0);
    }
    const chips = chipsOn(page);
    const copied: string[] = [];
    for (const chip of chips) {
      wxControl.record.clipboard.length = 0;
      chip.dispatchEvent('tap');
      await simulate.sleep(0);
      copied.push(...wxControl.record.clipboard);
    }
    expect(copied).toContain(schoolConfig.chsiUrl);
    const prose = partsOn(page)
      .map((part) => textOf(part))
      .join(' ');
    for (const value of VALUES) if (value.mentioned(prose)) expect(copied).toContain(value.value);
  },
);

test.each(ASK_FIRST.map((id) => [id]))(
  'problem %i: each answer opens its own part and closes the others',
  async (id) => {
    const problem = problems.find((candidate) => candidate.id === id);
    if (!problem) throw new Error(`no problem ${id}`);
    const decision = blocksOf(problemParts(problem)).find((block) => block.type === 'decision');
    if (decision?.type !== 'decision') throw new Error(`problem ${id} asks nothing`);
    const page = await problemPage(id);
    const titleOf = (partId: string) =>
      problem.parts.find((part) => part.id === partId)?.title ?? `?${partId}`;
    const shown = () => partsOn(page).map((part) => textOf(part));
    for (const option of decision.options) {
      expect(shown().some((text) => text.startsWith(titleOf(option.opens)))).toBe(false);
    }
    const buttons = optionsIn(partsOn(page)[0]);
    expect(buttons).toHaveLength(decision.options.length);
    for (const [index, option] of decision.options.entries()) {
      buttons[index]?.dispatchEvent('tap');
      await simulate.sleep(0);
      for (const other of decision.options) {
        const open = shown().some((text) => text.startsWith(titleOf(other.opens)));
        expect({ chose: option.opens, part: other.opens, open }).toEqual({
          chose: option.opens,
          part: other.opens,
          open: other.opens === option.opens,
        });
      }
      expect(wxControl.record.scrolls.at(-1)).toBe(`#part-${option.opens}`);
    }
  },
);

test('an irreversible answer carries its consequence on its button, in the irreversible style', async () => {
  let checked = 0;
  for (const problem of problems) {
    const options = blocksOf(problemParts(problem)).flatMap((block) =>
      block.type === 'decision' ? block.options : [],
    );
    if (options.length === 0) continue;
    const page = await problemPage(problem.id);
    const buttons = partsOn(page).flatMap(optionsIn);
    for (const [index, option] of options.entries()) {
      const button = buttons[index];
      if (!option.consequence) {
        expect(button?.dom?.className).not.toContain('irreversible');
        continue;
      }
      expect(textOf(button ?? {})).toContain(`${option.label}（${option.consequence}）`);
      expect(button?.dom?.className).toContain('decision__option--irreversible');
      checked += 1;
    }
  }
  // Problems 8 (我要重新注册), 9 (继续注册) and 1 (重新注册) each lead to a step with no way back.
  expect(checked).toBeGreaterThanOrEqual(3);
});

test('every drawn CHSI screen rings the control its data names, and no page mentions lost files', async () => {
  const pages: [string, Record<string, string>, readonly Part[]][] = [
    ...sections.map(
      (section) =>
        ['guide/pages/section/index', { id: section.id }, section.parts] as [
          string,
          Record<string, string>,
          readonly Part[],
        ],
    ),
    ...problems.map(
      (problem) =>
        ['guide/pages/problem/index', { id: String(problem.id) }, problemParts(problem)] as [
          string,
          Record<string, string>,
          readonly Part[],
        ],
    ),
  ];
  let drawn = 0;
  for (const [route, query, parts] of pages) {
    const page = await openPage(route, query);
    const expectedIn = (partId: string) =>
      blocksOf(parts.filter((part) => part.id === partId)).flatMap((block) =>
        block.type === 'chsi-screen' ? [controlLabel(CHSI_SCREENS[block.screen], block.ring)] : [],
      );
    const seen = new Set<string>();
    /** Checks every drawn screen of the parts on screen now against its part's data. */
    const check = () => {
      for (const part of partsOn(page)) {
        const partId = (part.instance as { data: { part: { id: string } } }).data.part.id;
        const rendered = part.querySelectorAll('.chsi-screen').map((screen) => {
          const ringed = screen.dom?.querySelectorAll('[class*="is-ringed"]') ?? [];
          expect(ringed).toHaveLength(1);
          return ringed[0]?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        });
        const expected = expectedIn(partId);
        expect({ route, query, partId, drawn: rendered.length }).toEqual({
          route,
          query,
          partId,
          drawn: expected.length,
        });
        rendered.forEach((text, index) => {
          expect(text.startsWith(expected[index] ?? '?')).toBe(true);
        });
        if (!seen.has(partId)) drawn += rendered.length;
        seen.add(partId);
      }
      expect(textOf(page)).not.toMatch(/截图|遗失/);
    };
    check();
    // Each answer of each decision, one after the other: every part gets shown once.
    for (const option of partsOn(page).flatMap(optionsIn)) {
      option.dispatchEvent('tap');
      await simulate.sleep(0);
      check();
    }
  }
  // The registration form, problem 8's and problem 9's forms at least.
  expect(drawn).toBeGreaterThanOrEqual(3);
});
