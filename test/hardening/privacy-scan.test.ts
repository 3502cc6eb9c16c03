// Nothing the app stores may hold an ID number or a phone number: every page is opened, an ID
// number and a phone number are typed into every field, everything is tapped, and every stored
// value is scanned. Every storage key in use must also be described on the privacy page.
import { STORED_DATA } from '../../miniprogram/content/privacy';
import { STORED_READERS } from '../helpers/stored-readers';
import { representativeQueries } from '../helpers/app-pages';
import { tapEverything, typeEverywhere } from '../helpers/exercise';
import { openPage, simulate } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

/** 18-digit (last may be X) or 15-digit resident ID numbers, not part of a longer number. */
const ID_NUMBER = /(?<![0-9])(?:\d{17}[\dXx]|\d{15})(?![0-9])/;
/** Mainland mobile numbers, not part of a longer number (timestamps are 13 digits). */
const PHONE_NUMBER = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;

const TYPED = [
  '11010519491231002X',
  '110105491231002',
  '13812345678',
  '张三 11010519491231002X 13812345678',
];

function personalDataIn(storage: Map<string, unknown>): string[] {
  const found: string[] = [];
  for (const [key, value] of storage) {
    const text = `${key} ${JSON.stringify(value)}`;
    if (ID_NUMBER.test(text)) found.push(`${key}: an ID number in ${text.slice(0, 200)}`);
    if (PHONE_NUMBER.test(text)) found.push(`${key}: a phone number in ${text.slice(0, 200)}`);
  }
  return found;
}

test('the scan itself finds an ID number or a phone number in a stored value, not a timestamp', () => {
  const storage = new Map<string, unknown>([
    ['a', { v: 1, data: { note: '身份证 11010519491231002X' } }],
    ['b', { v: 1, data: ['13812345678'] }],
    ['c', { v: 1, data: { savedAt: 1764502345123, id: 'ab12' } }],
  ]);
  expect(personalDataIn(storage).map((line) => line.split(':')[0])).toEqual(['a', 'b']);
});

test('after every page is used with personal data typed in, nothing stored holds an ID or phone number', async () => {
  const queries = await representativeQueries();
  const found = new Set<string>();
  let fields = 0;
  let taps = 0;
  for (const [route, list] of queries) {
    for (const query of list.slice(0, 3)) {
      for (const typed of TYPED) {
        wxControl.reset();
        const page = await openPage(route, query);
        fields += await typeEverywhere(page, typed);
        taps += await tapEverything(page);
        for (const problem of personalDataIn(wxControl.storage)) found.add(`${route}: ${problem}`);
        page.detach();
      }
    }
  }
  console.info(`privacy scan: ${fields} fields typed into, ${taps} taps`);
  expect(taps).toBeGreaterThan(0);
  expect([...found]).toEqual([]);
});

test('every storage key the app uses is described on the privacy page', async () => {
  const queries = await representativeQueries();
  const used = new Set<string>(STORED_READERS.map((reader) => reader.key));
  for (const [route, list] of queries) {
    wxControl.reset();
    const page = await openPage(route, list[0] ?? {});
    await typeEverywhere(page, 'x');
    await tapEverything(page);
    for (const key of [...wxControl.storage.keys(), ...wxControl.record.storageReads])
      used.add(key);
    page.detach();
  }
  const described = new Set(STORED_DATA.map((entry) => entry.key));
  const undescribed = [...used].filter((key) => !key.endsWith('.backup') && !described.has(key));
  expect(undescribed).toEqual([]);
  // …and every described key has its parser in the fuzz test's list.
  expect([...described].sort()).toEqual(STORED_READERS.map((reader) => reader.key).sort());
});

test('the exerciser really types into inputs and taps what has a handler', async () => {
  const typed: string[] = [];
  let tapped = 0;
  const id = simulate.load({
    template:
      '<view><input class="field" bindinput="onInput"/><view class="button" bindtap="onTap">保存</view></view>',
    methods: {
      onInput(event: { detail: { value: string } }) {
        typed.push(event.detail.value);
      },
      onTap() {
        tapped += 1;
      },
    },
  });
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  expect(await typeEverywhere(page, '13812345678')).toBe(1);
  await simulate.sleep(0);
  expect(typed).toEqual(['13812345678']);
  await tapEverything(page);
  expect(tapped).toBeGreaterThanOrEqual(1);
});
