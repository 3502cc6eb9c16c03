// The class helper tells the truth: a record storage refused stays on screen as 未保存 and is not
// lost; （今天） and the counter use the same day after the clock went back; deleting a request does
// not give the day's quota back; "明天提醒我" adds a calendar event or says why it could not.
import { all, openPage, simulate, tapVant, textOf, type Rendered } from '../helpers/render';
import { recordRequest, useClassHelperPhone } from '../helpers/class-helper';
import { phoneCalendar } from '../helpers/platform-fakes';
import { STORAGE_FULL, wxControl } from '../helpers/wx-mock';
import {
  assistStore,
  ASSIST_STORAGE_KEY,
  AssistStore,
} from '../../miniprogram/helper/stores/assist-store';
import { HELPER_TEXT } from '../../miniprogram/helper/content/assist';
import { DAILY_LIMIT } from '../../miniprogram/core/daily-limit';

const phone = useClassHelperPhone();
interface PageHooks {
  setData(data: Record<string, unknown>): void;
  onShow(): void;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
const hooks = (page: Rendered): PageHooks => page.instance as unknown as PageHooks;

/** storage refuses every write, as WeChat does when the 10 MB are used, until space is freed. */
function storageFull(): void {
  wxControl.failUntilCleared('setStorageSync', STORAGE_FULL);
}

function spaceFreed(): void {
  wxControl.clearFailures('setStorageSync');
}

const counter = (page: Rendered): string => textOf(page.querySelector('.counter') ?? {});
const names = (page: Rendered): string[] => all(page, '.request__name').map((node) => textOf(node));

test('a refused write keeps the record on screen as 未保存, and nothing is lost', async () => {
  storageFull();
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '周同学');
  expect(names(page)).toEqual(['周同学']);
  expect(counter(page)).toBe(`今天已申请 1/${DAILY_LIMIT} 名同学`);
  const notice = textOf(page.querySelector('.unsaved-notice') ?? {});
  expect(notice).toContain('未保存');
  expect(notice).toContain('记录会一直显示在这里');
  // The confirmation does not claim more than happened, and storage really holds nothing.
  expect(wxControl.storage.has(ASSIST_STORAGE_KEY)).toBe(false);

  // A reload in the same run (the store reads storage again, the page opens again) keeps it.
  assistStore.load();
  const reopened = await openPage('helper/pages/class-helper/index');
  expect(names(reopened)).toEqual(['周同学']);
  expect(textOf(reopened.querySelector('.unsaved-notice') ?? {})).toContain('未保存');

  // Space is freed: the next show saves it, the notice goes, and a cold start reads it back.
  spaceFreed();
  hooks(reopened).onShow();
  await simulate.sleep(0);
  expect(reopened.querySelector('.unsaved-notice')).toBeUndefined();
  const coldStart = new AssistStore(phone.now);
  coldStart.load();
  expect(coldStart.history.map((row) => row.name)).toEqual(['周同学']);
  expect(coldStart.counterText).toBe(`今天已申请 1/${DAILY_LIMIT} 名同学`);
});

test('再试一次保存 saves what is on screen once storage works again', async () => {
  storageFull();
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '吴同学');
  spaceFreed();
  const retry = page.querySelector('.retry-button');
  if (!retry) throw new Error('no retry button');
  await tapVant(retry, '.van-button');
  await simulate.sleep(0);
  expect(page.querySelector('.unsaved-notice')).toBeUndefined();
  expect(textOf(page.querySelector('.message') ?? {})).toBe(HELPER_TEXT.savedAgain);
  expect(JSON.stringify(wxControl.storage.get(ASSIST_STORAGE_KEY))).toContain('吴同学');
});

test('after the clock goes back across midnight, （今天） marks the day the counter counts', async () => {
  phone.set(Date.UTC(2026, 10, 30, 16, 10, 0)); // 2026-12-01 00:10 Beijing
  assistStore.tick();
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '郑同学');
  phone.set(Date.UTC(2026, 10, 30, 15, 50, 0)); // the phone's clock back to 2026-11-30 23:50
  hooks(page).onShow();
  await simulate.sleep(0);
  expect(counter(page)).toBe(`今天已申请 1/${DAILY_LIMIT} 名同学`);
  expect(textOf(page.querySelector('.request__day') ?? {})).toBe('2026-12-01 00:10（今天）');
});

test('deleting a request hides it and keeps the day’s count', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '冯同学');
  await recordRequest(page, '陈同学');
  // Reopen so both rows are in the history list (the newest sits under the confirmation).
  const list = await openPage('helper/pages/class-helper/index');
  const first = assistStore.state.requests[0];
  if (!first) throw new Error('no request');
  const link = all(list, '.delete-link').find(
    (node) => node.dom?.getAttribute('data-id') === first.id,
  );
  if (!link) throw new Error('no delete link for the first request');
  link.dispatchEvent('tap');
  await simulate.sleep(0);
  await simulate.sleep(0);
  // The page's own count stays; what CHSI recorded is not this page's to assert.
  const asked = wxControl.record.modals.at(-1)?.content ?? '';
  expect(asked).toContain('本页今天的计数不变');
  expect(asked).not.toContain('学信网已经记下');
  expect(names(list)).toEqual(['陈同学']);
  expect(counter(list)).toBe(`今天已申请 2/${DAILY_LIMIT} 名同学`);
  expect(textOf(list.querySelector('.message') ?? {})).toBe(HELPER_TEXT.deleted);
  const coldStart = new AssistStore(phone.now);
  coldStart.load();
  expect(coldStart.counterText).toBe(`今天已申请 2/${DAILY_LIMIT} 名同学`);
  expect(coldStart.history.map((row) => row.name)).toEqual(['陈同学']);
});

test('cancelling the delete dialog keeps the request', async () => {
  wxControl.replaceApi('showModal', (options: { success?: (result: unknown) => void }) => {
    options.success?.({ confirm: false, cancel: true });
  });
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '褚同学');
  const list = await openPage('helper/pages/class-helper/index');
  list.querySelector('.delete-link')?.dispatchEvent('tap');
  await simulate.sleep(0);
  expect(names(list)).toEqual(['褚同学']);
});

async function fullDay(): Promise<Rendered> {
  const page = await openPage('helper/pages/class-helper/index');
  for (let sent = 0; sent < DAILY_LIMIT; sent += 1) await recordRequest(page, '');
  return page;
}

async function tapRemind(page: Rendered): Promise<void> {
  const remind = page.querySelector('.remind-button');
  if (!remind) throw new Error('no 明天提醒我 button');
  await tapVant(remind, '.van-button');
  await simulate.sleep(0);
}

test('明天提醒我 adds a calendar event for 08:00 Beijing the next morning, with nothing personal', async () => {
  const calls: Record<string, unknown>[] = [];
  wxControl.replaceApi(
    'addPhoneCalendar',
    (options: Record<string, unknown> & { success?: () => void }) => {
      calls.push(options);
      options.success?.();
    },
  );
  const page = await fullDay();
  expect(page.querySelector('.remind-button')).toBeDefined();
  await tapRemind(page);
  expect(calls).toHaveLength(1);
  // 2026-12-01 08:00 Beijing = 2026-12-01 00:00 UTC, in seconds.
  expect(calls[0]?.startTime).toBe(Date.UTC(2026, 11, 1, 0, 0, 0) / 1000);
  expect(calls[0]?.alarm).toBe(true);
  expect(JSON.stringify(calls[0])).not.toMatch(/同学\d|\d{11}|张|李/);
  expect(textOf(page.querySelector('.reminder-message') ?? {})).toBe(
    '已打开手机日历。如果点了保存，明天 08:00（北京时间）会提醒你。',
  );
});

// Android calls success when the student cancels the calendar sheet, iOS calls fail: what the
// page says must be true either way, so it never claims the event was saved.
test.each([
  ['android', 'saves'],
  ['android', 'cancels'],
  ['ios', 'saves'],
  ['ios', 'cancels'],
] as const)(
  'on %s, when the student %s, the page claims nothing untrue',
  async (platform, student) => {
    phoneCalendar(platform, student);
    const page = await fullDay();
    await tapRemind(page);
    const said = textOf(page.querySelector('.reminder-message') ?? {});
    expect(said).not.toMatch(/已添加|已在手机日历里添加|添加成功/);
    expect(said).toBe(
      platform === 'ios' && student === 'cancels'
        ? HELPER_TEXT.reminderCancelled
        : '已打开手机日历。如果点了保存，明天 08:00（北京时间）会提醒你。',
    );
  },
);

test('a privacy guide without 日历 (errno 112) is the app’s gap, not the student’s', async () => {
  wxControl.replaceApi('addPhoneCalendar', (options: { fail?: (error: unknown) => void }) => {
    options.fail?.({
      errMsg: 'addPhoneCalendar:fail api scope is not declared in the privacy agreement',
      errno: 112,
    });
  });
  const page = await fullDay();
  await tapRemind(page);
  expect(textOf(page.querySelector('.reminder-message') ?? {})).toBe(
    HELPER_TEXT.reminderUnavailable,
  );
});

test('a refused calendar permission says so and offers the settings page', async () => {
  wxControl.replaceApi('addPhoneCalendar', (options: { fail?: (error: unknown) => void }) => {
    options.fail?.({ errMsg: 'addPhoneCalendar:fail auth deny' });
  });
  const opened: unknown[] = [];
  wxControl.replaceApi('openSetting', (options: { success?: (result: unknown) => void }) => {
    opened.push(options);
    options.success?.({ authSetting: { 'scope.addPhoneCalendar': true } });
  });
  const page = await fullDay();
  await tapRemind(page);
  expect(textOf(page.querySelector('.reminder-message') ?? {})).toBe(HELPER_TEXT.reminderDenied);
  const settings = page.querySelector('.settings-button');
  if (!settings) throw new Error('no settings button');
  await tapVant(settings, '.van-button');
  expect(opened).toHaveLength(1);
  expect(page.querySelector('.reminder-message')).toBeUndefined();
});

test('without wx.addPhoneCalendar the page says to remember it by hand', async () => {
  wxControl.replaceApi('addPhoneCalendar', undefined);
  const page = await fullDay();
  await tapRemind(page);
  expect(textOf(page.querySelector('.reminder-message') ?? {})).toBe(
    HELPER_TEXT.reminderUnsupported,
  );
});

test('the reminder is offered only when today’s quota is used', async () => {
  const page = await openPage('helper/pages/class-helper/index');
  await recordRequest(page, '');
  expect(page.querySelector('.remind-button')).toBeUndefined();
});
