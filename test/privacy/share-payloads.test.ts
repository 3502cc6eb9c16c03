// Every share payload the app can produce, from every page in app.json, fed with personal data
// wherever a student could type or a card could carry it: none may contain anything shaped like
// an ID number, a phone number or an e-mail address.
import { APP_ROUTES } from '../helpers/app-routes';
import { assistStore } from '../../miniprogram/helper/pages/class-helper/store';
import { openPage, simulate, type Rendered } from '../helpers/render';
import { wxControl } from '../helpers/wx-mock';

const ID_NUMBER = '11010519491231002X';
const PHONE = '13812345678';
const EMAIL = 'zhang.san@qq.com';
const PERSONAL = `张三丰${ID_NUMBER}${PHONE}${EMAIL}`;

const SHAPES: readonly [string, RegExp][] = [
  ['ID number', /\d{17}[\dXx]|\d{15}/],
  ['phone number', /1[3-9]\d{9}/],
  ['e-mail address', /[^\s@"]+@[^\s@"]+\.[A-Za-z]{2,}/],
];

interface Payload {
  title?: string;
  path?: string;
  imageUrl?: string;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function findings(payload: Payload): string[] {
  const text = [payload.title, payload.path, payload.imageUrl]
    .filter((part): part is string => typeof part === 'string')
    .map((part) => `${part} ${decoded(part)}`)
    .join(' ');
  return SHAPES.filter(([, shape]) => shape.test(text)).map(([name]) => name);
}

test('the detector itself catches each shape', () => {
  expect(findings({ title: ID_NUMBER })).toContain('ID number');
  expect(findings({ path: `/p?x=${PHONE}` })).toEqual(['phone number']);
  expect(findings({ path: `/p?x=${encodeURIComponent(EMAIL)}` })).toEqual(['e-mail address']);
});

interface Sharing {
  onShareAppMessage?: (options: unknown) => Payload;
}

async function collect(page: Rendered, ids: readonly string[]): Promise<Payload[]> {
  await simulate.sleep(0);
  const share = (page.instance as Sharing).onShareAppMessage?.bind(page.instance);
  if (!share) return [];
  const taps = [
    { from: 'menu' },
    { from: 'button', target: { dataset: { kind: 'reply' } } },
    { from: 'button', target: { dataset: { id: PERSONAL } } },
    ...ids.map((id) => ({ from: 'button', target: { dataset: { id } } })),
  ];
  return taps.map((options) => share(options));
}

test('no share payload anywhere carries an ID number, a phone number or an e-mail address', async () => {
  wxControl.reset();
  assistStore.load();
  const payloads: Payload[] = [];
  for (const canvas of ['missing', 'working'] as const) {
    wxControl.canvas = canvas;
    const helper = await openPage('helper/pages/class-helper/index');
    const instance = helper.instance as {
      setData(data: Record<string, unknown>): void;
      onRecord(): void;
      onNameInput(event: unknown): void;
    };
    instance.onNameInput({ detail: { value: `欧阳${PERSONAL}` } });
    for (let sent = 0; sent < 3; sent += 1) {
      instance.setData({ labelInput: `${PERSONAL}${sent}` });
      instance.onRecord();
    }
    const ids = assistStore.state.requests.map((request) => request.id);
    payloads.push(...(await collect(helper, ids)));
  }
  const ids = assistStore.state.requests.map((request) => request.id);
  const hostile: Record<string, string>[] = [
    {},
    { r: ids[0] ?? '', n: encodeURIComponent('张*'), d: '2026-11-30' },
    { r: PHONE, n: encodeURIComponent(PERSONAL), d: ID_NUMBER },
    { r: 'abcd2345', n: EMAIL },
    { done: ids[0] ?? '' },
    { done: PHONE, q: encodeURIComponent(PERSONAL), id: '3', scene: ID_NUMBER },
  ];
  for (const route of APP_ROUTES) {
    for (const query of hostile)
      payloads.push(...(await collect(await openPage(route, query), ids)));
  }
  // The class-helper and assist pages each gave their cards.
  const paths = payloads.map((payload) => payload.path ?? '');
  expect(paths.some((path) => path.startsWith('/helper/pages/assist/index?r='))).toBe(true);
  expect(paths.some((path) => path.startsWith('/helper/pages/class-helper/index?done='))).toBe(
    true,
  );
  expect(payloads.length).toBeGreaterThan(20);
  for (const payload of payloads) {
    expect({ payload, found: findings(payload) }).toEqual({ payload, found: [] });
    expect(payload.path?.startsWith('/')).toBe(true);
    expect((payload.path ?? '').length).toBeLessThan(128);
  }
  // Nor does any text the app stored (numbers there are timestamps).
  const stored = JSON.stringify([...wxControl.storage.entries()]);
  const storedStrings: string[] = [];
  JSON.parse(stored, (_key, value: unknown) => {
    if (typeof value === 'string') storedStrings.push(value);
    return value;
  });
  expect(storedStrings.length).toBeGreaterThan(0);
  expect(findings({ title: storedStrings.join(' ') })).toEqual([]);
  // The requester's own name is kept only as its mask.
  expect(stored).toContain('"requesterMask":"欧*"');
  expect(stored).not.toContain('欧阳');
});
