// Page object for the browser preview (`npm start`): open the app with a page, query and scene,
// tap what a student would tap, read what they would read, go back, and see share cards.
// Every wait is on a condition (route, text, element), never a fixed sleep.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

interface E2eState {
  url: string;
  root: string;
  pages: string[];
  fixtureUrl: string;
  wsEndpoint: string;
}

export const ARTIFACTS = path.resolve(__dirname, '../../../artifacts/e2e');

function state(): E2eState {
  const file = process.env.PREVIEW_E2E_STATE;
  if (!file)
    throw new Error('PREVIEW_E2E_STATE is not set: run the e2e suite through jest.e2e.config.js');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as E2eState;
}

/** The mini-program folder the e2e server serves (WeChat's compiled package unless overridden). */
export function servedRoot(): string {
  return state().root;
}

/** The pages (app.json, subpackages included) of the mini-program the e2e server serves. */
export function servedPages(): string[] {
  return state().pages;
}

let browser: Browser | undefined;

/** The one Chromium started by the global setup (connected once per test file). */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(state().wsEndpoint);
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Phones opened by the running test: lifecycle.ts closes them after each test. */
const openApps = new Set<PreviewApp>();

export async function closeOpenApps(): Promise<void> {
  await Promise.all([...openApps].map((app) => app.close()));
}

export interface OpenOptions {
  /** A route from app.json, e.g. 'guide/pages/problem/index'; the first page when left out. */
  path?: string;
  /** The query the page's onLoad receives, as a string ('id=3') or pairs (values are encoded). */
  query?: string | Record<string, string>;
  /** The scene number for getLaunchOptionsSync/getEnterOptionsSync (1001 when left out). */
  scene?: number;
  /** WeChat's root font size in px (page-meta root-font-size="system"); 17 when left out. */
  font?: number;
  /** 'needed': the student has not agreed to the privacy guide yet; 'undeclared': nothing declared. */
  privacy?: 'needed' | 'undeclared';
  /** The phone's system (iOS when left out): some APIs answer differently on Android. */
  platform?: 'android';
  /** Forces a theme; left out, the app follows the browser's prefers-color-scheme. */
  theme?: 'light' | 'dark';
}

export interface DisplayOptions {
  /** The phone's dark mode setting (prefers-color-scheme), which WeChat follows. */
  colorScheme?: 'light' | 'dark';
}

export interface ShareCard {
  title: string;
  path: string;
  imageUrl: string;
  from: string;
}

export interface Viewport {
  width: number;
  height: number;
}

export const PHONE: Viewport = { width: 375, height: 667 };
export const SMALL_PHONE: Viewport = { width: 320, height: 568 };

/** Screenshots a preview page; fullPage grows the viewport to the page's scroll height. */
export async function screenshotPage(page: Page, file: string, fullPage: boolean): Promise<void> {
  const viewport = page.viewportSize();
  if (!fullPage || !viewport) {
    await page.screenshot({ path: file });
    return;
  }
  const height = await page.evaluate(() => {
    const pages = document.getElementById('preview-pages');
    return pages ? pages.scrollHeight + pages.getBoundingClientRect().top : 0;
  });
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, Math.ceil(height)),
  });
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
}

export class PreviewApp {
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /**
   * A fresh phone (its own storage) showing nothing yet. `app` 'fixture' is the small test
   * mini-program in test/e2e/fixture-app (share button, canvas, input, dialog, navigator).
   */
  static async create(
    viewport: Viewport = PHONE,
    app: 'main' | 'fixture' | { readonly url: string } = 'main',
    display: DisplayOptions = {},
  ): Promise<PreviewApp> {
    const context = await (
      await sharedBrowser()
    ).newContext({
      viewport,
      locale: 'zh-CN',
      colorScheme: display.colorScheme ?? 'light',
    });
    const { url, fixtureUrl } = state();
    // { url }: another preview server, e.g. one serving a copy with another college's values.
    const base = typeof app === 'object' ? app.url : app === 'main' ? url : fixtureUrl;
    const opened = new PreviewApp(context, await context.newPage(), base);
    openApps.add(opened);
    return opened;
  }

  /** The host page: the phone frame with the entry panel (what `npm start` prints). */
  get hostUrl(): string {
    return this.baseUrl;
  }

  async close(): Promise<void> {
    if (!openApps.delete(this)) return;
    await this.context.close();
  }

  /** Launches the mini-program as WeChat would: this page, this query, this scene. */
  async openApp(options: OpenOptions = {}): Promise<void> {
    const params = new URLSearchParams();
    if (options.path) params.set('path', options.path);
    const query =
      typeof options.query === 'string'
        ? options.query
        : options.query
          ? Object.entries(options.query)
              .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
              .join('&')
          : '';
    if (query) params.set('query', query);
    if (options.scene !== undefined) params.set('scene', String(options.scene));
    if (options.font !== undefined) params.set('font', String(options.font));
    if (options.privacy !== undefined) params.set('privacy', options.privacy);
    if (options.platform !== undefined) params.set('platform', options.platform);
    if (options.theme !== undefined) params.set('theme', options.theme);
    await this.page.goto(`${this.baseUrl}app?${params.toString()}`);
    await this.page.waitForFunction(() => document.body.dataset.ready === 'true');
    await this.settle();
  }

  /**
   * Opens another page in the already launched app with wx.reLaunch (the stack starts again,
   * launch options stay): much faster than openApp when going through many screens.
   */
  async relaunch(route: string, query = '', lands = route): Promise<void> {
    const url = `/${route}${query ? `?${query}` : ''}`;
    await this.page.evaluate(async (target) => {
      await (
        window as unknown as { wx: { reLaunch(options: { url: string }): Promise<unknown> } }
      ).wx.reLaunch({ url: target });
    }, url);
    await this.waitForRoute(lands);
  }

  /**
   * Waits until rendering has happened (two animation frames: onReady has run) and the web fonts
   * the text needs have loaded (the CJK font comes in unicode-range parts).
   */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              void document.fonts.ready.then(() => {
                resolve();
              });
            });
          });
        }),
    );
  }

  /** The visible page, plus the frame's overlays (dialogs, share sheet). */
  visible() {
    return this.page.locator('.preview-page:not([hidden]), #preview-overlay');
  }

  /** Taps the first visible element showing this text, as a finger would. */
  async tapText(text: string | RegExp): Promise<void> {
    await this.visible().getByText(text).first().click();
    await this.settle();
  }

  /** Taps the first visible element matching a CSS selector (classes are prefixed: use [class*=]). */
  async tap(selector: string): Promise<void> {
    await this.visible().locator(selector).first().click();
    await this.settle();
  }

  /** Types into the n-th text field of the visible page. */
  async fill(value: string, index = 0): Promise<void> {
    await this.page
      .locator('.preview-page:not([hidden]) input, .preview-page:not([hidden]) textarea')
      .nth(index)
      .fill(value);
    await this.settle();
  }

  /** All text on the visible page, whitespace collapsed. */
  async readText(): Promise<string> {
    const text = await this.page.locator('.preview-page:not([hidden])').innerText();
    return text.replace(/\s+/g, ' ').trim();
  }

  async waitForText(text: string): Promise<void> {
    await this.visible().getByText(text).first().waitFor();
  }

  async route(): Promise<string> {
    return this.page.evaluate(() => document.body.dataset.route ?? '');
  }

  async waitForRoute(route: string): Promise<void> {
    await this.page.waitForFunction((expected) => document.body.dataset.route === expected, route);
    await this.settle();
  }

  async title(): Promise<string> {
    return (await this.page.locator('#preview-title').textContent()) ?? '';
  }

  async stackDepth(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('.preview-page').length);
  }

  /** The navigation bar's back button (navigateBack). */
  async back(): Promise<void> {
    const depth = await this.stackDepth();
    await this.page.locator('#preview-back').click();
    await this.page.waitForFunction(
      (before) => document.querySelectorAll('.preview-page').length < before,
      depth,
    );
    await this.settle();
  }

  /** The toast on screen now (waits for one). */
  async toast(): Promise<string> {
    const toast = this.page.locator('.preview-toast__title').last();
    await toast.waitFor();
    return (await toast.textContent()) ?? '';
  }

  /** The dialog on screen now: its title and content (waits for one). */
  async modal(): Promise<{ title: string; content: string }> {
    const modal = this.page.locator('.preview-modal').last();
    await modal.waitFor();
    return {
      title:
        (await modal
          .locator('.preview-modal__title')
          .textContent()
          .catch(() => '')) ?? '',
      content:
        (await modal
          .locator('.preview-modal__content')
          .textContent()
          .catch(() => '')) ?? '',
    };
  }

  /**
   * Taps the share button showing `buttonText` (open-type="share") and returns the card that
   * would be sent; the share sheet stays open (openShareAsFriend() follows the card). With
   * `rowText`, the button is the one in the smallest element that also shows that text (a row).
   */
  async shareCardOf(buttonText: string | RegExp, rowText?: string): Promise<ShareCard> {
    const before = await this.page.evaluate(
      () =>
        (window as unknown as { __PREVIEW_SHARES__?: unknown[] }).__PREVIEW_SHARES__?.length ?? 0,
    );
    if (rowText === undefined) await this.tapText(buttonText);
    else {
      // `has` is matched inside each candidate, so the button locator starts from the page.
      const button = this.page.getByText(buttonText);
      const row = this.visible().locator('*').filter({ hasText: rowText }).filter({ has: button });
      await row.last().getByText(buttonText).first().click();
      await this.settle();
    }
    await this.page.waitForFunction(
      (count) =>
        ((window as unknown as { __PREVIEW_SHARES__?: unknown[] }).__PREVIEW_SHARES__?.length ??
          0) > count,
      before,
    );
    await this.page.locator('.preview-card').last().waitFor();
    return this.page.evaluate(() => {
      const shares = (window as unknown as { __PREVIEW_SHARES__: ShareCard[] }).__PREVIEW_SHARES__;
      const card = shares[shares.length - 1];
      if (!card) throw new Error('no share card');
      return card;
    });
  }

  /** Closes the share sheet left open by shareCardOf (its 关闭 button). */
  async closeShareSheet(): Promise<void> {
    await this.page.locator('.preview-share__close').last().click();
    await this.page.locator('.preview-share').waitFor({ state: 'detached' });
  }

  /** Opens the shared card as the friend who received it (scene 1007, the card's path). */
  async openShareAsFriend(): Promise<void> {
    await this.page.locator('.preview-share__open').last().click();
    await this.page.waitForURL(/scene=1007/);
    await this.page.waitForFunction(() => document.body.dataset.ready === 'true');
    await this.settle();
  }

  /** True when the page is wider than the screen (the student would scroll sideways). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() =>
      [document.documentElement, document.getElementById('preview-pages')].some(
        (element) => element !== null && element.scrollWidth > element.clientWidth,
      ),
    );
  }

  /** How far the page is scrolled (the page scrolls under the navigation bar). */
  async scrollTop(): Promise<number> {
    return this.page.evaluate(() => document.getElementById('preview-pages')?.scrollTop ?? 0);
  }

  async scrollTo(top: number): Promise<void> {
    await this.page.evaluate((value) => {
      const pages = document.getElementById('preview-pages');
      if (pages) pages.scrollTop = value;
    }, top);
  }

  /** A PNG of the screen, or of the whole page (the viewport grows to fit it meanwhile). */
  async screenshot(name: string, fullPage = true): Promise<string> {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    await screenshotPage(this.page, file, fullPage);
    return file;
  }
}
