// The action blocks, each through its one renderer with real Vant: copy chips copy exactly the
// value (through the privacy-consent path) and open the paste sheet; a decision's answers report
// the part they open and an irreversible answer carries its consequence on the button; a drawn
// CHSI screen rings exactly the control its data names; the checklist's 不对 opens what to do.
import {
  CHSI_SCREENS,
  controlsOf,
  type ChsiElement,
  type ChsiScreenId,
} from '../../miniprogram/guide/content/chsi-screens';
import { checklistView, chsiScreenView, decisionView } from '../../miniprogram/guide/views/blocks';
import { copyChipViews } from '../../miniprogram/views/copy';
import { schoolConfig } from '../../miniprogram/content/school-config';
import type { CopyValueId } from '../../miniprogram/content/types';
import { progressStore } from '../../miniprogram/stores/progress-store';
import { all, find, load, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

let mounted: Rendered[] = [];

function render(route: string, props: Record<string, unknown>): Rendered {
  const root = simulate.render(load(route), props);
  root.attach(document.createElement('parent-wrapper'));
  mounted.push(root);
  return root;
}

beforeEach(() => {
  wxControl.reset();
  progressStore.reload();
});
afterEach(() => {
  for (const root of mounted) root.detach();
  mounted = [];
});

// Expected values straight from the college's configuration, not from the chip data.
const EXPECTED: Record<CopyValueId, string> = {
  'chsi-url': schoolConfig.chsiUrl,
  'school-name': schoolConfig.fullName,
  'enrollment-year': String(schoolConfig.enrollmentYear),
};

describe('copy chips', () => {
  test.each(Object.entries(EXPECTED))('the %s chip copies exactly %s', async (id, value) => {
    const root = render('components/copy-chips/index', {
      chips: copyChipViews([id as CopyValueId]),
    });
    // The chip reads its label and value, then the action: …四川西南航空职业学院 复制.
    const words = textOf(find(root, '.copy-chip')).replace(/\s+/g, '');
    expect(words.slice(-(value.length + 2))).toBe(`${value}复制`);
    find(root, '.copy-chip').dispatchEvent('tap');
    await simulate.sleep(0);
    expect(wxControl.record.clipboard).toEqual([value]);
  });

  test('after a copy the paste sheet says how to paste; 知道了 closes it', async () => {
    const root = render('components/copy-chips/index', {
      chips: copyChipViews(['chsi-url', 'school-name']),
    });
    const sheet = find(root, '.paste-sheet-host');
    expect(textOf(sheet)).not.toContain('粘贴');
    all(root, '.copy-chip')[0]?.dispatchEvent('tap');
    await simulate.sleep(50);
    const text = textOf(sheet);
    expect(text).toContain('打开手机上的浏览器');
    expect(text).toContain('长按顶部的地址栏');
    expect(text).toContain('粘贴并访问');
    // The address is checked by its domain before pasting (the copied value holds it too).
    expect(text).toContain(`认准网址里的 ${schoolConfig.chsiDomain}`);
    expect(wxControl.record.toasts).toEqual([]);

    await tapVant(find(sheet, '.paste-sheet__done-host'), '.van-button');
    await simulate.sleep(400);
    const shown = () => (root.instance as { data: { sheetShown: boolean } }).data.sheetShown;
    expect(shown()).toBe(false);

    // A tap on the dimmed page around the sheet closes it as well.
    all(root, '.copy-chip')[0]?.dispatchEvent('tap');
    await simulate.sleep(50);
    expect(shown()).toBe(true);
    find(sheet, '.paste-sheet__mask').dispatchEvent('tap');
    await simulate.sleep(50);
    expect(shown()).toBe(false);
    expect(textOf(sheet)).toBe('');

    all(root, '.copy-chip')[1]?.dispatchEvent('tap');
    await simulate.sleep(50);
    expect(textOf(sheet)).toContain('长按“学校全称”输入框');
    expect(wxControl.record.clipboard).toEqual([
      schoolConfig.chsiUrl,
      schoolConfig.chsiUrl,
      schoolConfig.fullName,
    ]);
  });

  test('a refused clipboard shows the value to copy by hand and opens no sheet', async () => {
    wxControl.clipboardFailure = 'setClipboardData:fail';
    const root = render('components/copy-chips/index', {
      chips: copyChipViews(['school-name']),
    });
    find(root, '.copy-chip').dispatchEvent('tap');
    await simulate.sleep(50);
    expect(wxControl.record.modals).toEqual([
      { title: '请手动复制', content: schoolConfig.fullName },
    ]);
    expect((root.instance as { data: { sheetShown: boolean } }).data.sheetShown).toBe(false);
  });

  test('every chip is a tap target of at least 44 px (min-height in its style)', () => {
    const wxss: string = jest
      .requireActual<typeof import('node:fs')>('node:fs')
      .readFileSync(`${__dirname}/../../miniprogram/components/copy-chips/index.wxss`, 'utf8');
    expect(/\.copy-chip \{[^}]*min-height: 44px/.exec(wxss)).not.toBeNull();
  });
});

describe('decisions', () => {
  const decision = decisionView(
    '这个旧账号是你自己的吗？',
    [
      { label: '是，我想找回', opens: 'recover' },
      { label: '不是或不记得', opens: 'reregister', consequence: '旧账号将被注销' },
    ],
    'd',
  );

  test('each answer reports the part it opens', async () => {
    const root = render('guide/components/decision-block/index', { decision });
    const chosen: unknown[] = [];
    (root.instance as { triggerEvent: (name: string, detail: unknown) => void }).triggerEvent = (
      name,
      detail,
    ) => chosen.push([name, detail]);
    for (const option of all(root, '.decision__option')) {
      option.dispatchEvent('tap');
      await simulate.sleep(0);
    }
    expect(chosen).toEqual([
      ['choose', { opens: 'recover' }],
      ['choose', { opens: 'reregister' }],
    ]);
  });

  test('an irreversible answer carries its consequence on the button, in its own style', () => {
    const root = render('guide/components/decision-block/index', { decision });
    const [safe, irreversible] = all(root, '.decision__option');
    expect(textOf(irreversible ?? {})).toContain('不是或不记得（旧账号将被注销）');
    expect(irreversible?.dom?.className).toContain('decision__option--irreversible');
    expect(safe?.dom?.className).not.toContain('decision__option--irreversible');
  });

  test('the answer whose part is open shows as chosen', () => {
    const root = render('guide/components/decision-block/index', {
      decision,
      open: { reregister: true },
    });
    const [safe, irreversible] = all(root, '.decision__option');
    expect(irreversible?.dom?.className).toContain('decision__option--chosen');
    expect(safe?.dom?.className).not.toContain('decision__option--chosen');
  });
});

describe('drawn CHSI screens', () => {
  const cases = (Object.keys(CHSI_SCREENS) as ChsiScreenId[]).flatMap((screen) =>
    CHSI_SCREENS[screen].elements
      .flatMap((element) => controlsOf(element))
      .map((control) => [screen, control.id, control.label] as const),
  );

  test.each(cases)('%s with %s ringed rings exactly “%s”', (screen, ring, label) => {
    const view = chsiScreenView({ screen, ring } as Parameters<typeof chsiScreenView>[0]);
    const root = render('guide/components/chsi-screen/index', { screen: view });
    const ringed = root.dom?.querySelectorAll('[class*="is-ringed"]') ?? [];
    expect(ringed).toHaveLength(1);
    // A ringed field rings its label with its input; any other control is just its words.
    const ringedText = ringed[0]?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    const isField = CHSI_SCREENS[screen].elements.some(
      (element) => element.kind === 'field' && 'id' in element && element.id === ring,
    );
    if (isField) expect(ringedText.startsWith(label)).toBe(true);
    else expect(ringedText).toBe(label);
    const text = textOf(root);
    expect(text).toContain('示意图');
    expect(text).toContain(`“${label}”`);
    expect(text.includes('以学信网实际页面为准')).toBe(CHSI_SCREENS[screen].from === 'position');
    expect(text).not.toMatch(/截图|遗失/);
  });

  test('a screen drawn from the guide carries the guide’s own words', () => {
    const root = render('guide/components/chsi-screen/index', {
      screen: chsiScreenView({ screen: 'register-id-taken', ring: 'reregister' }),
    });
    const text = textOf(root);
    expect(text).toContain('证件号码已注册');
    expect(text).toContain('旧账号将不能用于征兵、研招报名');
  });

  test.each([...new Set(cases.map(([screen]) => screen))].map((screen) => [screen] as const))(
    '%s marks exactly its required fields with *',
    (screen) => {
      const ring = cases.find(([candidate]) => candidate === screen)?.[1];
      const view = chsiScreenView({ screen, ring } as Parameters<typeof chsiScreenView>[0]);
      const root = render('guide/components/chsi-screen/index', { screen: view });
      const elements: readonly ChsiElement[] = CHSI_SCREENS[screen].elements;
      const fields = elements.flatMap((element) => (element.kind === 'field' ? [element] : []));
      expect(all(root, '.chsi__field-label').map((label) => textOf(label))).toEqual(
        fields.map((field) => (field.required ? `${field.label} *` : field.label)),
      );
    },
  );

  test('the mailbox shows the request first, then the 是 under it', () => {
    const root = render('guide/components/chsi-screen/index', {
      screen: chsiScreenView({ screen: 'classmate-request', ring: 'yes' }),
    });
    expect(textOf(find(root, '.chsi__mail')).replace(/\s+/g, '')).toBe('同学协助申请是');
  });
});

describe('the 对/不对 checklist', () => {
  const checklist = checklistView(
    {
      type: 'checklist',
      items: ['姓名', '学号'],
      wrong: { title: '有一项不对', text: '请联系教务处。', part: 'report', button: '联系老师' },
    },
    'c',
  );

  test('不对 on any item opens what to do', async () => {
    const root = render('guide/components/field-checklist/index', { checklist });
    expect(textOf(root)).not.toContain('请联系教务处。');
    const answers = all(root, '.checklist__answer');
    answers[3]?.dispatchEvent('tap');
    await simulate.sleep(0);
    // What is wrong first (the item named), then what to do, then the button.
    expect(textOf(find(root, '.checklist__wrong'))).toBe('有一项不对：学号请联系教务处。联系老师');
    find(root, '.checklist__contact').dispatchEvent('tap');
    await simulate.sleep(0);
    expect(wxControl.record.scrolls).toEqual(['#part-report']);
  });

  test('all 对 offers to tick the step in 我的进度, and does', async () => {
    const root = render('guide/components/field-checklist/index', { checklist });
    const answers = all(root, '.checklist__answer');
    answers[0]?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(textOf(root)).not.toContain('都对了');
    answers[2]?.dispatchEvent('tap');
    await simulate.sleep(0);
    expect(textOf(root)).toContain('都对了');
    find(root, '.checklist__record').dispatchEvent('tap');
    await simulate.sleep(0);
    expect(progressStore.done).toEqual(['checkedFields', 'reported']);
  });
});
