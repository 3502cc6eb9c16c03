// Every share payload the app can produce: each page in app.json opened with the queries the app
// links to and with hostile ones, asked for its ··· menu card and for each of its share buttons
// (the class helper with requests recorded, the classmate's page with a reply to send), with the
// card canvas working and missing. Used by the share-path test and the privacy test.
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { assistStore } from '../../miniprogram/helper/pages/class-helper/store';
import { representativeQueries, type Query } from './app-pages';
import { APP_ROUTES } from './app-routes';
import { openPage, simulate, type Rendered } from './render';
import { shareButtonsOf } from './share-buttons';
import { wxControl } from './wx-mock';

export interface Payload {
  title?: unknown;
  path?: unknown;
  imageUrl?: unknown;
}

export interface CollectedPayload {
  /** The page that produced it, and how it was opened and asked. */
  readonly route: string;
  readonly query: Query;
  readonly from: 'menu' | 'button';
  readonly button: Readonly<Record<string, unknown>> | undefined;
  readonly payload: Payload;
}

interface Sharing {
  onShareAppMessage?: (options: unknown) => Payload;
}

/** Queries a card, a QR code or a curious student could open any page with. */
export const HOSTILE_QUERIES: readonly Query[] = [
  {},
  { id: '99', part: 'nope' },
  { id: '<script>', r: 'p%', n: '%E5', d: '2026-13-45' },
  { r: '13812345678', n: encodeURIComponent('张三丰11010519491231002X'), d: '2026-11-30' },
  { done: 'zzzzzzzz', q: encodeURIComponent('手机号已存在 13812345678'), scene: 'r%3Dp9' },
  { notice: 'missing-page', start: '1', from: 'share' },
  { id: 'x'.repeat(500) },
];

/** Every valid id of the pages that take one, so each problem's and section's card is asked for. */
const EVERY_ID: Readonly<Record<string, readonly Query[]>> = {
  'guide/pages/problem/index': problems.map((problem) => ({ id: String(problem.id) })),
  'guide/pages/section/index': sections.map((section) => ({ id: section.id })),
};

/** The data-* of every share button a student can tap on the rendered page. */
function shareButtons(page: Rendered): Readonly<Record<string, unknown>>[] {
  return shareButtonsOf(page).map((button) => button.dataset);
}

async function ask(route: string, query: Query): Promise<CollectedPayload[]> {
  const page = await openPage(route, query);
  await simulate.sleep(0);
  const share = (page.instance as Sharing).onShareAppMessage?.bind(page.instance);
  const collected: CollectedPayload[] = [];
  if (share) {
    const buttons = shareButtons(page);
    const asks: { from: 'menu' | 'button'; button: Record<string, unknown> | undefined }[] = [
      { from: 'menu', button: undefined },
      ...buttons.map((button) => ({ from: 'button' as const, button })),
      // A button share whose dataset was tampered with (or names a request not on this phone).
      { from: 'button', button: { id: 'zzzzzzzz', kind: 'reply' } },
      { from: 'button', button: {} },
    ];
    for (const { from, button } of asks) {
      const options = from === 'menu' ? { from } : { from, target: { dataset: button } };
      collected.push({ route, query, from, button, payload: share(options) });
    }
  } else {
    collected.push({ route, query, from: 'menu', button: undefined, payload: {} });
  }
  page.detach();
  return collected;
}

/**
 * Opens every page with every query and asks for every card. `prepare` runs first with the class
 * helper open, so tests can record requests (as a student types) before the cards are asked for.
 */
export async function collectSharePayloads(
  prepare: (classHelper: Rendered) => Promise<void> | void = () => undefined,
): Promise<CollectedPayload[]> {
  wxControl.reset();
  assistStore.load();
  const collected: CollectedPayload[] = [];
  const linked = await representativeQueries(8);
  for (const canvas of ['missing', 'working'] as const) {
    wxControl.canvas = canvas;
    const helper = await openPage('helper/pages/class-helper/index');
    await prepare(helper);
    helper.detach();
    const first = assistStore.state.requests[0];
    const personal: Query[] = first
      ? [{ r: first.id, n: encodeURIComponent('张*'), d: first.day }, { done: first.id }]
      : [];
    for (const route of APP_ROUTES) {
      const queries = [
        ...(EVERY_ID[route] ?? []),
        ...(linked.get(route) ?? [{}]),
        ...HOSTILE_QUERIES,
        ...personal,
      ];
      for (const query of queries) {
        const page = await ask(route, query);
        collected.push(...page);
      }
      // The class helper reopened (its requests read back from storage): every history row's
      // share button, with the dataset read off the rendered row.
      if (route === 'helper/pages/class-helper/index') {
        assistStore.load();
        const page = await openPage(route);
        await simulate.sleep(0);
        const share = (page.instance as Sharing).onShareAppMessage?.bind(page.instance);
        for (const button of shareButtons(page)) {
          const payload = share?.({ from: 'button', target: { dataset: button } }) ?? {};
          collected.push({ route, query: {}, from: 'button', button, payload });
        }
        page.detach();
      }
    }
  }
  wxControl.canvas = 'missing';
  return collected;
}
