// Each rendered request row's 发卡片给同学 button sends that request's card: the button's data-*
// is read off the rendered row (as WeChat hands it to onShareAppMessage), for the newest row and
// every older one, and again after the page is reopened with the requests read back from storage
// (then no row is "newest" and every button is a history row's).
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';
import { assistStore } from '../../miniprogram/helper/stores/assist-store';
import { recordRequest, useClassHelperPhone } from '../helpers/class-helper';
import { openPage, simulate, textOf, type Rendered } from '../helpers/render';
import { shareButtonsOf } from '../helpers/share-buttons';

useClassHelperPhone();

interface Sharing {
  onShareAppMessage(options: unknown): { title: string; path: string; imageUrl?: string };
}

interface Row {
  readonly name: string;
  readonly status: string;
  /** The row's buttons, in reading order. */
  readonly actions: string;
  /** The data-* of the row's share button, as WeChat passes it ({} when it carries none). */
  readonly dataset: Record<string, string> | undefined;
}

const NAMES = ['赵同学', '钱同学', '孙同学', '李同学', '周同学', '吴同学', '郑同学', '王同学'];

/** The request rows on screen, top to bottom, with their share buttons' datasets. */
function rowsOf(page: Rendered): Row[] {
  const dom = page.dom;
  if (!dom) return [];
  const buttons = shareButtonsOf(page);
  return Array.from(dom.querySelectorAll('*'))
    .filter((row) =>
      Array.from(row.classList).some((token) => token === 'request' || token.endsWith('--request')),
    )
    .map((row) => {
      const button = buttons.find(
        (candidate) => candidate.element && row.contains(candidate.element),
      );
      const read = (name: string) =>
        (row.querySelector(`[class*="${name}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        name: read('request__name'),
        status: read('request__status'),
        actions: read('request__actions'),
        dataset: button ? (button.dataset as Record<string, string>) : undefined,
      };
    });
}

/** Taps a row's share button: the card WeChat would send. */
function shareFrom(page: Rendered, row: Row) {
  return (page.instance as Sharing).onShareAppMessage({
    from: 'button',
    target: { dataset: row.dataset ?? {} },
  });
}

/** Records one request per name, returning each name's request id as the store kept it. */
async function recordAll(page: Rendered, names: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) {
    await recordRequest(page, name);
    const request = assistStore.state.requests.at(-1);
    if (request?.classmateLabel !== name) throw new Error(`${name} was not recorded`);
    ids.set(name, request.id);
  }
  return ids;
}

/** Shares from every row in turn; each card must name that row's own request. */
async function shareEveryRow(page: Rendered, ids: ReadonlyMap<string, string>) {
  const rows = rowsOf(page);
  expect(rows.map((row) => row.name).sort()).toEqual([...ids.keys()].sort());
  for (const [index, row] of rows.entries()) {
    const card = shareFrom(page, row);
    await simulate.sleep(0);
    expect({ row: row.name, path: card.path }).toEqual({
      row: row.name,
      path: `/helper/pages/assist/index?r=${ids.get(row.name) ?? '?'}&d=2026-11-30`,
    });
    // Only that row turns 已发卡片; the rows not shared yet still read 已申请.
    const after = rowsOf(page);
    expect(after.map((shown) => [shown.name, shown.status])).toEqual(
      rows.map((shown, other) => [shown.name, other <= index ? '已发卡片' : '已申请']),
    );
  }
}

const names = NAMES.slice(0, Math.min(DAILY_LIMIT, NAMES.length));

test('every row, the newest and each older one, sends its own request card', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  const ids = await recordAll(page, names);
  expect(new Set(ids.values()).size).toBe(names.length);
  await shareEveryRow(page, ids);
});

test('after the page is reopened, every row still sends its own request card', async () => {
  const first = await openPage('helper/pages/class-helper/index');
  const ids = await recordAll(first, names);
  first.detach();
  // The phone reads the requests back from storage, and the page opens afresh.
  assistStore.load();
  const page = await openPage('helper/pages/class-helper/index');
  expect(textOf(page)).not.toContain('已记下');
  await shareEveryRow(page, ids);
  // And again after the states were saved: the cards do not change.
  page.detach();
  assistStore.load();
  const again = await openPage('helper/pages/class-helper/index');
  for (const row of rowsOf(again)) {
    expect(shareFrom(again, row).path).toBe(
      `/helper/pages/assist/index?r=${ids.get(row.name) ?? '?'}&d=2026-11-30`,
    );
    expect(row.status).toBe('已发卡片');
  }
});

test('each row offers 发卡片给同学 first and 删除 after it', async () => {
  const first = await openPage('helper/pages/class-helper/index');
  await recordAll(first, names.slice(0, 2));
  first.detach();
  assistStore.load();
  const page = await openPage('helper/pages/class-helper/index');
  const rows = rowsOf(page);
  expect(rows.map((row) => row.actions)).toEqual(rows.map(() => '发卡片给同学删除'));
  expect(rows).toHaveLength(2);
});
