// The rendered-page audit: what a student on a small phone, in dark mode or with large text, meets
// on the page shown in the preview. Measured from the browser's computed styles and boxes:
// - contrast of every visible text node (and the text typed into inputs) against its effective
//   background, the background layers of its ancestors composited (Vant's internals included):
//   at least 4.5:1, or 3:1 for large text (≥ 24 px, or bold ≥ 18.66 px), as WCAG 1.4.3;
// - nothing wider than the screen and no text running off it (no sideways scrolling);
// - no text clipped or spilling out of a button or chip, and no chip broken across lines;
// - every tappable element at least 44×44 px, with an accessible name (its text or aria-label).
// `auditPage` runs inside the page (page.evaluate), so it uses nothing from outside itself.
import type { Page } from 'playwright-core';

export type FindingKind = 'contrast' | 'overflow' | 'clipped' | 'split' | 'target' | 'name';

export interface Finding {
  kind: FindingKind;
  /** The element's text (or its tag and classes when it has none), shortened. */
  text: string;
  detail: string;
}

export interface ContrastSample {
  ratio: number;
  text: string;
  color: string;
  background: string;
}

export interface AuditResult {
  textNodes: number;
  tappables: number;
  findings: Finding[];
  worst: ContrastSample | undefined;
}

export interface AuditOptions {
  minContrast: number;
  minContrastLarge: number;
  minTarget: number;
}

export const AUDIT_THRESHOLDS: AuditOptions = {
  minContrast: 4.5,
  minContrastLarge: 3,
  minTarget: 44,
};

/** Runs in the browser: audits the visible page of the preview (and its overlays). */
export function auditPage(options: AuditOptions): AuditResult {
  type Rgba = [number, number, number, number];
  const root = document.querySelector<HTMLElement>('.preview-page:not([hidden])') ?? document.body;
  const overlay = document.getElementById('preview-overlay');
  const scopes: HTMLElement[] = overlay ? [root, overlay] : [root];
  const viewportWidth = document.documentElement.clientWidth;
  const findings: Finding[] = [];
  let worst: ContrastSample | undefined;

  const probe = document.createElement('canvas').getContext('2d');
  const parseColour = (value: string): Rgba => {
    const match =
      /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
        value.trim(),
      );
    if (match) {
      const alphaText = match[4];
      const alpha =
        alphaText === undefined
          ? 1
          : alphaText.endsWith('%')
            ? parseFloat(alphaText) / 100
            : parseFloat(alphaText);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    }
    if (value === 'transparent' || !probe) return [0, 0, 0, 0];
    // Any other colour syntax (color-mix, color(srgb …)): let the canvas resolve it.
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = value;
    probe.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    if (alpha === 0) return [0, 0, 0, 0];
    const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
    return [mix(0), mix(1), mix(2), alpha];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: Rgba, b: Rgba): number => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
  };
  const hex = ([r, g, b]: Rgba) =>
    `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const parentOf = (element: Element): Element | null =>
    element.parentElement ??
    ((element.getRootNode() as ShadowRoot | Document) instanceof ShadowRoot
      ? (element.getRootNode() as ShadowRoot).host
      : null);
  const short = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
  };
  const describe = (element: Element): string => {
    const text = short((element as HTMLElement).innerText || '');
    if (text) return text;
    const label = element.getAttribute('aria-label');
    if (label) return `[aria-label=${label}]`;
    return `<${element.tagName.toLowerCase()} class="${short(element.getAttribute('class') ?? '')}">`;
  };

  /** The colours behind an element: gradients give each colour stop, the worst counts. */
  const backgroundsBehind = (element: Element): Rgba[] => {
    const layers: Rgba[][] = [];
    for (let node: Element | null = element; node; node = parentOf(node)) {
      const style = getComputedStyle(node);
      const colours: Rgba[] = [];
      const image = style.backgroundImage;
      if (image && image !== 'none' && image.includes('gradient')) {
        for (const stop of image.match(/rgba?\([^)]*\)/g) ?? []) colours.push(parseColour(stop));
      }
      const colour = parseColour(style.backgroundColor);
      if (colour[3] > 0) colours.push(colour);
      if (colours.length > 0) layers.push(colours);
      if (colours.some((c) => c[3] >= 1) && !colours.some((c) => c[3] < 1)) break;
    }
    // Composite from the bottom (white canvas) up; every combination of gradient stops.
    let results: Rgba[] = [[255, 255, 255, 1]];
    for (const layer of layers.reverse()) {
      results = results.flatMap((below) => layer.map((top) => over(top, below)));
      if (results.length > 16) results = results.slice(0, 16);
    }
    return results;
  };

  const opacityOf = (element: Element): number => {
    let opacity = 1;
    for (let node: Element | null = element; node; node = parentOf(node)) {
      opacity *= parseFloat(getComputedStyle(node).opacity || '1');
    }
    return opacity;
  };

  /** Disabled controls are exempt from the contrast minimum (WCAG 1.4.3, inactive components). */
  const isDisabled = (element: Element): boolean => {
    for (let node: Element | null = element; node; node = parentOf(node)) {
      if (node.hasAttribute('disabled') && node.getAttribute('disabled') !== 'false') return true;
      if (/(^|\s|--)van-button--disabled(\s|$)/.test(node.getAttribute('class') ?? '')) return true;
    }
    return false;
  };

  const checkContrast = (element: Element, text: string, colourText: string) => {
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const required = large ? options.minContrastLarge : options.minContrast;
    const colour = parseColour(colourText);
    const alpha = colour[3] * opacityOf(element);
    if (alpha <= 0.01) return;
    for (const background of backgroundsBehind(element)) {
      const seen = over([colour[0], colour[1], colour[2], alpha], background);
      const ratio = contrast(seen, background);
      if (!worst || ratio < worst.ratio) {
        worst = { ratio, text: short(text), color: hex(seen), background: hex(background) };
      }
      if (ratio < required && !isDisabled(element)) {
        findings.push({
          kind: 'contrast',
          text: short(text),
          detail: `${ratio.toFixed(2)}:1 < ${required}:1 (${hex(seen)} on ${hex(background)}, ${size}px${bold ? ' bold' : ''})`,
        });
        return;
      }
    }
  };

  const visibleRects = (rects: DOMRectList | DOMRect[]): DOMRect[] =>
    Array.from(rects).filter((rect) => rect.width > 0.5 && rect.height > 0.5);

  /** Hidden by CSS, or clipped away entirely by an ancestor that hides its overflow. */
  const hiddenBox = (element: Element, rect: DOMRect): boolean => {
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
    if (rect.right <= 0 || rect.left >= viewportWidth) return true;
    for (let node = parentOf(element); node && node !== document.body; node = parentOf(node)) {
      const nodeStyle = getComputedStyle(node);
      // Only clipping hides; a scrolling box (the page itself) shows its content when scrolled.
      const clips = (value: string) => value === 'hidden' || value === 'clip';
      if (clips(nodeStyle.overflowX) || clips(nodeStyle.overflowY)) {
        const box = node.getBoundingClientRect();
        if (
          rect.right <= box.left ||
          rect.left >= box.right ||
          rect.bottom <= box.top ||
          rect.top >= box.bottom
        )
          return true;
      }
    }
    return false;
  };

  // 1. Text: contrast, and text running off the screen.
  let textNodes = 0;
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!text.trim() || !element) continue;
      if (element.closest('style, script, wx-page-meta')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = visibleRects(range.getClientRects());
      const first = rects[0];
      if (!first || hiddenBox(element, first)) continue;
      textNodes += 1;
      checkContrast(element, text, getComputedStyle(element).color);
      // Text in a fixed layer (a sheet, a dialog) that does not scroll is lost beyond the screen.
      const viewportHeight = document.documentElement.clientHeight;
      const fixedLayer = (() => {
        for (let at: Element | null = element; at; at = parentOf(at)) {
          const style = getComputedStyle(at);
          if (/(auto|scroll)/.test(style.overflowY) && at.scrollHeight > at.clientHeight)
            return null;
          if (style.position === 'fixed') return at;
        }
        return null;
      })();
      const lost = fixedLayer
        ? rects.find((rect) => rect.top < -1 || rect.bottom > viewportHeight + 1)
        : undefined;
      if (lost) {
        findings.push({
          kind: 'overflow',
          text: short(text),
          detail: `off the ${viewportHeight}px screen in a layer that does not scroll (${Math.round(lost.top)}…${Math.round(lost.bottom)}px)`,
        });
      }
      const beyond = rects.find((rect) => rect.right > viewportWidth + 1 || rect.left < -1);
      if (beyond) {
        findings.push({
          kind: 'overflow',
          text: short(text),
          detail: `text runs off the ${viewportWidth}px screen (to ${Math.round(beyond.right)}px)`,
        });
      }
    }
    // Typed text in inputs (the value is not a text node).
    for (const field of Array.from(scope.querySelectorAll('input, textarea'))) {
      const input = field as HTMLInputElement;
      const rect = input.getBoundingClientRect();
      if (!input.value || rect.width < 1 || hiddenBox(input, rect)) continue;
      textNodes += 1;
      checkContrast(input, `${input.value}（输入框）`, getComputedStyle(input).color);
    }
  }

  // 2. Nothing wider than the screen; the page does not scroll sideways.
  const scroller = document.getElementById('preview-pages');
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const rect = element.getBoundingClientRect();
    if (rect.width <= viewportWidth + 1 || rect.height < 1 || hiddenBox(element, rect)) continue;
    findings.push({
      kind: 'overflow',
      text: describe(element),
      detail: `${Math.round(rect.width)}px wide on a ${viewportWidth}px screen`,
    });
  }
  for (const box of [document.documentElement, scroller]) {
    if (box && box.scrollWidth > box.clientWidth + 1) {
      findings.push({
        kind: 'overflow',
        text: box === scroller ? '(page)' : '(document)',
        detail: `scrolls sideways: ${box.scrollWidth}px of content in ${box.clientWidth}px`,
      });
    }
  }

  // 3. Tappable elements: found from the tap listeners exparser keeps on each element.
  interface WxListeners {
    empty?: boolean;
  }
  interface WxNode {
    __wxEvents?: Record<string, WxListeners | undefined>;
    __wxCaptureEvents?: Record<string, WxListeners | undefined>;
    ownerShadowRoot?: { __wxHost?: WxNode } | null;
    $$?: Element;
  }
  const TAP_EVENTS = ['tap', 'longpress', 'longtap'];
  const listensTo = (node: WxNode, events: string[] | undefined): boolean =>
    [node.__wxEvents, node.__wxCaptureEvents].some((table) =>
      Object.entries(table ?? {}).some(
        ([name, list]) => (!events || events.includes(name)) && list !== undefined && !list.empty,
      ),
    );
  const hostOf = (node: WxNode): WxNode | undefined => node.ownerShadowRoot?.__wxHost;
  /** A host element of a library component (its `is` is under a miniprogram_npm/). */
  const isLibrary = (host: WxNode | undefined): boolean =>
    /(^|\/)miniprogram_npm\//.test(host?.$$?.getAttribute('is') ?? '');
  /**
   * A tap listener inside a library component (Vant) matters when the component shows it can be
   * tapped (a clickable cell) or someone listens to the component (or to the one holding it).
   */
  const libraryTapMatters = (element: Element, node: WxNode): boolean => {
    if (/van-cell--clickable/.test(element.getAttribute('class') ?? '')) return true;
    if (!isLibrary(hostOf(node))) return true;
    // The library components holding it, up the page (a checkbox inside a checkbox group).
    for (let at: Element | null = element; at && at !== root; at = parentOf(at)) {
      const host = (at as Element & { __wxElement?: WxNode }).__wxElement;
      if (host && isLibrary(host) && listensTo(host, undefined)) return true;
    }
    return false;
  };
  const NATIVE = [
    'WX-BUTTON',
    'WX-NAVIGATOR',
    'WX-INPUT',
    'WX-TEXTAREA',
    'WX-CHECKBOX',
    'WX-SWITCH',
    'WX-RADIO',
    'WX-PICKER',
  ];
  const tappable = (element: Element): boolean => {
    if (NATIVE.includes(element.tagName)) return true;
    const node = (element as Element & { __wxElement?: WxNode }).__wxElement;
    if (!node || !listensTo(node, TAP_EVENTS)) return false;
    return isLibrary(hostOf(node)) ? libraryTapMatters(element, node) : true;
  };
  const targets: Element[] = [];
  for (const scope of scopes) {
    for (const element of Array.from(scope.querySelectorAll('*'))) {
      if (!tappable(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1 || hiddenBox(element, rect)) continue;
      targets.push(element);
    }
  }
  // A tappable inside another is part of it (an icon in a cell): the outer one is measured.
  const outer = targets.filter(
    (element) => !targets.some((other) => other !== element && other.contains(element)),
  );
  const accessibleName = (element: Element): string => {
    const own = element.getAttribute('aria-label');
    if (own) return own;
    const input = element.querySelector<HTMLInputElement>('input, textarea');
    if (input) {
      const field = element.closest('[class*="van-field"], [class*="field"]');
      const label = field?.querySelector('[class*="label"], [class*="title"]');
      const fromLabel = label instanceof HTMLElement ? label.innerText.trim() : '';
      return input.getAttribute('aria-label') ?? (fromLabel || input.placeholder);
    }
    for (let node = element.firstElementChild; node; node = node.nextElementSibling) {
      const label = node.getAttribute('aria-label');
      if (label) return label;
    }
    const text = ((element as HTMLElement).innerText || '').trim();
    if (text) return text;
    // A part of a library component (a checkbox's circle) is named by the component: its
    // aria-label or its label text, which WeChat's screen reader reads with it.
    const component = element.closest('[is*="miniprogram_npm/"]');
    return component
      ? (component.getAttribute('aria-label') ?? (component as HTMLElement).innerText).trim()
      : '';
  };
  for (const element of outer) {
    const rect = element.getBoundingClientRect();
    const name = accessibleName(element);
    if (rect.width < options.minTarget - 0.5 || rect.height < options.minTarget - 0.5) {
      findings.push({
        kind: 'target',
        text: name ? short(name) : describe(element),
        detail: `tap target ${Math.round(rect.width)}×${Math.round(rect.height)}px < ${options.minTarget}×${options.minTarget}`,
      });
    }
    if (!name) {
      findings.push({
        kind: 'name',
        text: describe(element),
        detail: 'tappable without an accessible name (no text, no aria-label)',
      });
    }
  }

  // 4. Buttons and chips: the text fits inside the box; a chip is never broken across lines.
  const boxes = new Set<Element>(outer);
  for (const scope of scopes) {
    for (const element of Array.from(
      scope.querySelectorAll(
        'wx-button, [class*="van-button"], [class*="van-tag"], [class*="chip"]',
      ),
    ))
      boxes.add(element);
  }
  for (const element of boxes) {
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    if (rect.width < 1 || hiddenBox(element, rect)) continue;
    if (style.display === 'inline') {
      const lines = new Set(visibleRects(element.getClientRects()).map((r) => Math.round(r.top)));
      if (lines.size > 1 && /chip|van-tag/.test(element.getAttribute('class') ?? '')) {
        findings.push({
          kind: 'split',
          text: describe(element),
          detail: `broken across ${lines.size} lines`,
        });
      }
      continue;
    }
    const html = element as HTMLElement;
    if (!(html.innerText || '').trim()) continue;
    const wide = html.scrollWidth - html.clientWidth;
    const tall = html.scrollHeight - html.clientHeight;
    if (wide > 1 || tall > 1) {
      findings.push({
        kind: 'clipped',
        text: describe(element),
        detail: `text does not fit its ${Math.round(rect.width)}×${Math.round(rect.height)}px box (${wide > 1 ? `${wide}px too wide` : ''}${wide > 1 && tall > 1 ? ', ' : ''}${tall > 1 ? `${tall}px too tall` : ''})`,
      });
    }
  }

  return { textNodes, tappables: outer.length, findings, worst };
}

/** Audits what the preview shows now. */
export async function audit(
  page: Page,
  options: AuditOptions = AUDIT_THRESHOLDS,
): Promise<AuditResult> {
  return page.evaluate(auditPage, options);
}
