// Every state a student can bring a guide page to: the page as opened, then each answer of each
// decision tapped (and the answers that appear after it), so every part a decision opens is shown
// once. Read from the rendered page: which parts are on screen, and its elements in reading order.
import { PAGES } from '../../miniprogram/core/page-paths';
import { problems } from '../../miniprogram/content/problems';
import { sections } from '../../miniprogram/content/sections';
import { all, openPage, simulate, type Node, type Rendered } from './render';

export interface GuidePage {
  readonly name: string;
  readonly route: string;
  readonly query: Record<string, string>;
}

/** Every section and problem page, found from the content lists (new pages are covered). */
export function guidePages(): GuidePage[] {
  return [
    ...sections.map((section) => ({
      name: `section ${section.id}`,
      route: PAGES.section.slice(1),
      query: { id: section.id },
    })),
    ...problems.map((problem) => ({
      name: `problem ${String(problem.id)}`,
      route: PAGES.problem.slice(1),
      query: { id: String(problem.id) },
    })),
  ];
}

/** The answer buttons of every decision on screen, in reading order. */
export function decisionButtons(page: Rendered): Node[] {
  return all(page, '.guide-part').flatMap((part) =>
    part
      .querySelectorAll('.decision-block')
      .flatMap((block) => block.querySelectorAll('.decision__option')),
  );
}

/** The ids of the parts on screen (each rendered guide-part holds the part it draws). */
export function shownParts(page: Rendered): string[] {
  return all(page, '.guide-part').map(
    (part) => (part.instance as { data: { part: { id: string } } }).data.part.id,
  );
}

export interface GuideState {
  /** The answers tapped, by their words on screen. */
  readonly taps: readonly string[];
  readonly page: Rendered;
}

/** Opens the page once per state (answers tapped in order), up to `depth` answers deep. */
export async function guideStates(guide: GuidePage, depth = 3): Promise<GuideState[]> {
  const states: GuideState[] = [];
  const seen = new Set<string>();
  const queue: number[][] = [[]];
  while (queue.length > 0) {
    const taps = queue.shift() ?? [];
    const page = await openPage(guide.route, guide.query);
    const words: string[] = [];
    for (const index of taps) {
      const button = decisionButtons(page)[index];
      if (!button) throw new Error(`${guide.name}: answer ${String(index)} vanished`);
      const label = button.dom?.querySelector('[class*="decision__label"]');
      words.push(clean(label?.textContent ?? null));
      button.dispatchEvent('tap');
      await simulate.sleep(0);
    }
    const key = shownParts(page).join(',');
    if (seen.has(key)) {
      page.detach();
      continue;
    }
    seen.add(key);
    states.push({ taps: words, page });
    if (taps.length < depth) {
      decisionButtons(page).forEach((_, index) => queue.push([...taps, index]));
    }
  }
  return states;
}

/** What an element of the page is, read from its class (component classes carry a prefix). */
export type ItemKind = 'irreversible-notice' | 'notice' | 'text' | 'option';

export interface ShownItem {
  readonly kind: ItemKind;
  readonly text: string;
  /** For a notice: its title line. */
  readonly title: string;
  /** For a decision answer: the part it opens, and whether it is drawn as irreversible. */
  readonly opens: string;
  readonly irreversible: boolean;
}

function hasClass(element: Element, name: string): boolean {
  return Array.from(element.classList).some(
    (token) => token === name || token.endsWith(`--${name}`),
  );
}

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The page's readable items in document order: notices (irreversible ones apart), paragraphs,
 * steps, list items, links, and decision answers.
 */
export function shownItems(page: Rendered): ShownItem[] {
  const root = page.dom;
  if (!root) return [];
  const items: ShownItem[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (hasClass(element, 'notice')) {
      const title = element.querySelector('[class*="notice__title"]');
      const text = element.querySelector('[class*="notice__text"]');
      items.push({
        kind: hasClass(element, 'notice--irreversible') ? 'irreversible-notice' : 'notice',
        text: clean(text?.textContent ?? null),
        title: clean(title?.textContent ?? null),
        opens: '',
        irreversible: false,
      });
    } else if (hasClass(element, 'decision__option')) {
      items.push({
        kind: 'option',
        text: clean(element.textContent),
        title: '',
        opens: element.getAttribute('data-opens') ?? '',
        irreversible: hasClass(element, 'decision__option--irreversible'),
      });
    } else if (
      ['paragraph', 'step__text', 'list__text', 'link-cell'].some((name) => hasClass(element, name))
    ) {
      items.push({
        kind: 'text',
        text: clean(element.textContent),
        title: '',
        opens: '',
        irreversible: false,
      });
    }
  }
  return items;
}

/** What one state of a guide page showed, read before the page is closed. */
export interface GuideSnapshot {
  readonly taps: readonly string[];
  /** The parts on screen, in order, each with all its text. */
  readonly parts: readonly { readonly id: string; readonly text: string }[];
  readonly items: readonly ShownItem[];
}

/**
 * Every state of every guide page, read once: the rendered tests share it, so each page is opened
 * once per state (the suite stays fast enough on a loaded machine).
 */
export async function snapshotGuide(): Promise<Map<string, GuideSnapshot[]>> {
  const snapshots = new Map<string, GuideSnapshot[]>();
  for (const guide of guidePages()) {
    const list: GuideSnapshot[] = [];
    for (const state of await guideStates(guide)) {
      list.push({
        taps: state.taps,
        parts: all(state.page, '.guide-part').map((part) => ({
          id: (part.instance as { data: { part: { id: string } } }).data.part.id,
          text: clean(part.dom?.textContent ?? null),
        })),
        items: shownItems(state.page),
      });
      state.page.detach();
    }
    snapshots.set(guide.name, list);
  }
  return snapshots;
}
