// Renders a page or component of the mini-program under miniprogram-simulate, with the official
// wcc compiler and real Vant components from miniprogram_npm, and reads it as a student would.
import * as path from 'node:path';
import * as fs from 'node:fs';
import simulate from 'miniprogram-simulate';
import { wxControl } from './wx-mock';
import { installSetDataRecorder, setDataLog } from './set-data-recorder';

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '../../miniprogram');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rendered = simulate.RootComponent<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = simulate.Component<any, any, any>;

interface PageHooks {
  onLoad?: (query: Record<string, string>) => void;
  onShow?: () => void;
  onReady?: () => void;
}

// npm install builds Vant (miniprogram_npm, for every package: no subpackage carries its own copy).
for (const built of ['miniprogram_npm/@vant/weapp']) {
  if (!fs.existsSync(path.join(MINIPROGRAM_ROOT, built))) {
    throw new Error(`${built} is missing: run \`npm install\` (it builds the npm packages).`);
  }
}

/*
 * miniprogram-simulate runs a component's file with `require` and then deletes it from
 * `require.cache` so the next load runs it again. Under jest that cache is not the real module
 * registry, so a component shared by two pages (guide-part, Vant's cell…) would register only for
 * the first page loaded and render empty in the second. Replay the captured definition instead.
 */
type Definition = Record<string, unknown> & { relations?: Record<string, Record<string, unknown>> };
const simulateUtils = jest.requireActual<{ runJs: (file: string) => void }>(
  'miniprogram-simulate/src/utils',
);
const definitions = new Map<string, Definition>();

function copyDefinition(definition: Definition): Definition {
  // simulate rewrites `relations` in place, so each replay gets its own copy.
  if (!definition.relations) return { ...definition };
  const relations = Object.fromEntries(
    Object.entries(definition.relations).map(([key, value]) => [key, { ...value }]),
  );
  return { ...definition, relations };
}

simulateUtils.runJs = (file: string): void => {
  const globals = globalThis as unknown as { Component: (definition: Definition) => void };
  const register = globals.Component;
  const seen = { registered: false };
  globals.Component = (definition) => {
    seen.registered = true;
    definitions.set(file, copyDefinition(definition));
    register(definition);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } finally {
    globals.Component = register;
  }
  const known = definitions.get(file);
  if (!seen.registered && known) register(copyDefinition(known));
};

installSetDataRecorder();

const loaded = new Map<string, string>();

/** Loads a page or component by its route, e.g. 'pages/home/index'. */
export function load(route: string): string {
  let id = loaded.get(route);
  if (id === undefined) {
    id = simulate.load(path.join(MINIPROGRAM_ROOT, route), { rootPath: MINIPROGRAM_ROOT });
    loaded.set(route, id);
  }
  return id;
}

/**
 * Opens a page as WeChat would: renders it, attaches it, then runs onLoad(query), onShow and
 * onReady. Pages are built with Component(), so the hooks are methods on the instance.
 */
export async function openPage(
  route: string,
  query: Record<string, string> = {},
): Promise<Rendered> {
  const id = load(route);
  setDataLog.beginPage(route, id);
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  wxControl.pageStack.push({ route, options: query });
  const hooks = page.instance as unknown as PageHooks;
  hooks.onLoad?.(query);
  hooks.onShow?.();
  hooks.onReady?.();
  await simulate.sleep(0);
  setDataLog.endLoad();
  return page;
}

/** All text the student can read on the page, whitespace collapsed. */
export function textOf(node: { dom?: Element | undefined }): string {
  return (node.dom?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Taps a Vant cell (or anything whose inner root handles `tap`) the way a finger would. */
export async function tapVant(node: Node, innerSelector: string): Promise<void> {
  const inner = node.querySelector(innerSelector);
  if (!inner) throw new Error(`nothing matches ${innerSelector} inside the tapped component`);
  inner.dispatchEvent('tap');
  await simulate.sleep(0);
}

/**
 * Waits until `done()` holds (the store, setData and timers settle at their own pace under a
 * loaded machine), or fails naming what never happened. Never a fixed sleep.
 */
export async function waitFor(done: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await simulate.sleep(5);
  }
}

/** Descends through nested components: find(page, '.guide-part', '.copy-button'). */
export function find(root: Rendered | Node, ...selectors: string[]): Node {
  let node: Rendered | Node = root;
  for (const selector of selectors) {
    const next: Node | undefined = node.querySelector(selector);
    if (!next) throw new Error(`nothing matches ${selector} (path ${selectors.join(' > ')})`);
    node = next;
  }
  return node as Node;
}

export function all(page: Rendered | Node, selector: string): Node[] {
  return page.querySelectorAll(selector);
}

export { simulate };
