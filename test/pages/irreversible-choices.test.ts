// The choices that cannot be undone and their consequences, word for word as the student reads
// them on the rendered pages. The expected words are written here, not read from the content: a
// consequence dropped from a button, a warning lost or a new irreversible answer all fail.
import { guidePages, guideStates, shownItems } from '../helpers/guide-states';
import { wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

/** Each answer drawn as irreversible (⚠ and its consequence in brackets), by page. */
const IRREVERSIBLE_ANSWERS: readonly (readonly [string, string])[] = [
  ['problem 1', '⚠找回时提示“被注册过”，找不回（旧账号将被注销）'],
  ['problem 2', '⚠的确没有注册过（审核通过后旧账号将被注销）'],
  ['problem 8', '⚠不能，要重新注册（旧账号将被注销）'],
  ['problem 9', '⚠不是我的，或者要注册新账号（旧账号将不可用）'],
];

/** The consequence of 重新注册 / 我要重新注册, in the guide's words (problem 8's 友情提示). */
const ID_ACCOUNT_CANCELLED = '这个身份证号关联的旧账号会被注销，不能再用于征兵、研招报名。';

/** Each irreversible warning drawn: page, title and the consequence its text states. */
const IRREVERSIBLE_WARNINGS: readonly (readonly [string, string, string])[] = [
  ['problem 1', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 2', '继续之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 6', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 7', '重新注册之前要知道', ID_ACCOUNT_CANCELLED],
  ['problem 8', '旧账号会被注销', ID_ACCOUNT_CANCELLED],
  ['problem 9', '“继续注册”之前要知道', '这个手机号关联的旧账号将不可用。'],
];

/** What every guide page draws in any state its answers lead to. */
async function everyPageDrawn() {
  const answers = new Set<string>();
  const warnings = new Map<string, string>();
  const safeAnswers = new Set<string>();
  for (const guide of guidePages()) {
    for (const state of await guideStates(guide)) {
      for (const item of shownItems(state.page)) {
        // The arrow after the words says whether the answer is chosen (› or ✓).
        const words = item.text.replace(/[›✓]$/, '');
        if (item.kind === 'option' && item.irreversible) answers.add(`${guide.name}|${words}`);
        if (item.kind === 'option' && !item.irreversible) safeAnswers.add(words);
        if (item.kind === 'irreversible-notice') {
          warnings.set(`${guide.name}|${item.title}`, item.text);
        }
      }
      state.page.detach();
    }
  }
  return { answers, warnings, safeAnswers };
}

test('the irreversible answers read word for word, with ⚠ and their consequence, and no others', async () => {
  const { answers, safeAnswers } = await everyPageDrawn();
  expect([...answers].sort()).toEqual(
    IRREVERSIBLE_ANSWERS.map(([page, words]) => `${page}|${words}`).sort(),
  );
  // An answer that costs the old account is never drawn as an ordinary one.
  expect([...safeAnswers].filter((words) => /注销|不可用|重新注册|继续注册/.test(words))).toEqual(
    [],
  );
});

test('problem 8: 不能，要重新注册 says 旧账号将被注销 on the button, and its part opens with the warning', async () => {
  const eight = guidePages().find((page) => page.name === 'problem 8');
  if (!eight) throw new Error('no problem 8');
  const states = await guideStates(eight);
  const chosen = states.find((state) => state.taps.join() === '不能，要重新注册（旧账号将被注销）');
  if (!chosen) throw new Error('the 不能，要重新注册 answer opens nothing');
  const items = shownItems(chosen.page);
  const button = items.findIndex((item) => item.text === '⚠不能，要重新注册（旧账号将被注销）✓');
  const warning = items.findIndex(
    (item) => item.kind === 'irreversible-notice' && item.title === '旧账号会被注销',
  );
  const step = items.findIndex(
    (item) => item.text === '学信网提示“证件号码已注册”时，勾选“我要重新注册”。',
  );
  expect({ button: button >= 0, warning: warning > button, step: step > warning }).toEqual({
    button: true,
    warning: true,
    step: true,
  });
  expect(items[warning]?.text).toContain(ID_ACCOUNT_CANCELLED);
  for (const state of states) state.page.detach();
});

test('every irreversible warning is drawn with its title and states its consequence, and no others', async () => {
  const { warnings } = await everyPageDrawn();
  expect([...warnings.keys()].sort()).toEqual(
    IRREVERSIBLE_WARNINGS.map(([page, title]) => `${page}|${title}`).sort(),
  );
  for (const [page, title, consequence] of IRREVERSIBLE_WARNINGS) {
    expect({ page, title, text: warnings.get(`${page}|${title}`) }).toEqual({
      page,
      title,
      text: expect.stringContaining(consequence) as unknown,
    });
  }
});
