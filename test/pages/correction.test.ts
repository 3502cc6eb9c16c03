// Correcting a wrong record, end to end on the rendered check page: the fields marked 不对 are
// named back and written into the ready-made message the student copies, with the proof to bring
// and the school's cutoff (按学校通知 when none is set). Nothing is stored.
import { CHECK_FIELDS } from '../../miniprogram/content/summaries';
import { schoolConfig } from '../../miniprogram/content/school-config';
import { all, find, openPage, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

/** Inside the page's parts (components nest: a plain query does not descend into them). */
function inParts(page: Rendered, ...selectors: string[]): ReturnType<typeof all> {
  return selectors.reduce<ReturnType<typeof all>>(
    (nodes, selector) => nodes.flatMap((node) => all(node, selector)),
    all(page, '.guide-part'),
  );
}

async function markWrong(fields: readonly string[]) {
  const page = await openPage('guide/pages/section/index', { id: 'login', part: 'check' });
  for (const field of fields) {
    // Each field's row holds 对 then 不对, in the checklist's order.
    const answer = inParts(page, '.field-checklist', '.checklist__answer')[
      CHECK_FIELDS.findIndex((name) => name === field) * 2 + 1
    ];
    if (!answer) throw new Error(`no 不对 for ${field}`);
    answer.dispatchEvent('tap');
    await simulate.sleep(0);
  }
  await simulate.sleep(0);
  return page;
}

test('the checklist offers exactly the fields to answer, none an open-ended “其他”', async () => {
  const page = await openPage('guide/pages/section/index', { id: 'login', part: 'check' });
  const labels = inParts(page, '.field-checklist', '.checklist__text').map((node) => textOf(node));
  expect(labels).toEqual([...CHECK_FIELDS]);
});

test('不对 on 民族 and 学号: named back, and the copied message names them', async () => {
  const page = await markWrong(['民族', '学号']);
  expect(textOf(inParts(page, '.field-checklist', '.checklist__wrong')[0] ?? {})).toContain(
    '学号、民族',
  );
  const card = inParts(page, '.contact-card-block').find((node) =>
    textOf(node).includes('学籍信息不对'),
  );
  if (!card) throw new Error('no teacher card');
  const shown = textOf(card);
  expect(shown).toContain('发现这几项和实际不符：学号、民族。');
  expect(shown).toContain('证明材料');
  // The school's cutoff when this checkout configures one, else 按学校通知 (never an invented date).
  expect(shown).toContain(schoolConfig.checkWindow ? '学校要求：' : '核对时间按学校通知');
  await tapVant(find(card, '.contact-copy-message'), '.van-button');
  await simulate.sleep(0);
  expect(wxControl.record.clipboard[0]).toContain('学号、民族');
  expect(JSON.stringify([...wxControl.storage.values()])).not.toContain('民族');
});

test('“什么时候之前核对完” says the configured cutoff, or 按学校通知, and never a made-up date', async () => {
  const { schoolConfig } = await import('../../miniprogram/content/school-config');
  const { checkWindowView, UNSET_WINDOW_TEXT } =
    await import('../../miniprogram/core/check-window');
  const page = await openPage('guide/pages/section/index', { id: 'login', part: 'deadline' });
  const text = textOf(page);
  expect(text).toContain('什么时候之前核对完');
  const window = checkWindowView(schoolConfig.checkWindow, Date.now());
  if (window.state === 'unset') {
    expect(text).toContain(`${UNSET_WINDOW_TEXT}。`);
    expect(text).not.toMatch(/\d+ 月 \d+ 日/);
  } else {
    expect(text).toContain(window.text);
  }
  // The way out of the school's list is the guide's: log out properly (problem 5).
  expect(text).toContain('查完记得点“退出”');
});
