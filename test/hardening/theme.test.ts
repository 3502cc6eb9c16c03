// Dark mode and accessibility, checked from the files WeChat reads (a fast check; the browser audit
// in test/e2e/audit.e2e.ts measures the rendered pages and decides): text contrast of at least
// 4.5:1 in both themes computed from app.wxss's own variables, a complete dark theme, theme.json behind
// every @-variable in app.json, text sized in rem/em so it follows the WeChat font size setting,
// every page opening with the page-meta that turns that on, and labels on icon-only controls.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { appPageRoutes } from '../helpers/app-routes';
import { MINIPROGRAM_ROOT } from '../helpers/render';

const MIN_CONTRAST = 4.5;

function read(relative: string): string {
  return fs.readFileSync(path.join(MINIPROGRAM_ROOT, relative), 'utf8');
}

function ownFiles(extension: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(extension)) found.push(full);
    }
  };
  walk(MINIPROGRAM_ROOT);
  return found;
}

/** The body of the first `selector { ... }` block in `css`, braces balanced. */
function blockBody(css: string, opener: RegExp): string | undefined {
  const match = opener.exec(css);
  if (!match) return undefined;
  let depth = 1;
  const start = match.index + match[0].length;
  for (let i = start; i < css.length; i += 1) {
    if (css[i] === '{') depth += 1;
    if (css[i] === '}') depth -= 1;
    if (depth === 0) return css.slice(start, i);
  }
  return undefined;
}

function declarations(body: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    found.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return found;
}

interface Themes {
  light: Map<string, string>;
  dark: Map<string, string>;
}

function themesFromAppWxss(): Themes {
  const css = read('app.wxss').replace(/\/\*[\s\S]*?\*\//g, '');
  const media = blockBody(css, /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/);
  const outside = media === undefined ? css : css.replace(media, '');
  const lightBody = blockBody(outside, /(^|\})\s*page\s*\{/);
  const darkBody = media === undefined ? undefined : blockBody(media, /page\s*\{/);
  if (lightBody === undefined) throw new Error('app.wxss has no page { } block with the variables');
  const light = declarations(lightBody);
  const dark = new Map([...light, ...declarations(darkBody ?? '')]);
  return { light, dark };
}

function resolveColour(vars: Map<string, string>, name: string, depth = 0): string {
  const value = vars.get(name);
  if (value === undefined) throw new Error(`${name} is not defined in app.wxss`);
  const reference = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value);
  if (reference && depth < 10) return resolveColour(vars, reference[1] ?? '', depth + 1);
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is ${value}, not a #rrggbb colour`);
  return value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const TEXT = [
  '--color-text',
  '--color-text-secondary',
  '--color-primary',
  '--color-warning',
  '--color-danger',
  '--color-success',
];
const BACKGROUNDS = [
  '--color-bg',
  '--color-surface',
  '--color-surface-sunken',
  '--color-tip-bg',
  '--color-warning-bg',
  '--color-danger-bg',
  '--color-success-bg',
];
/** Text drawn on a filled control, and Vant's text on Vant's backgrounds. */
const FILLED: [string, string][] = [
  ['--color-on-primary', '--color-primary'],
  ['--color-on-danger', '--color-danger'],
  ['--color-on-success', '--color-success'],
  ['--tag-text-color', '--tag-success-color'],
  ['--cell-text-color', '--cell-background-color'],
  ['--cell-label-color', '--cell-background-color'],
  ['--cell-value-color', '--cell-background-color'],
  ['--cell-group-title-color', '--color-bg'],
  ['--button-primary-color', '--button-primary-background-color'],
  ['--button-default-color', '--button-default-background-color'],
  ['--button-danger-color', '--button-danger-background-color'],
  ['--button-warning-color', '--button-warning-background-color'],
  ['--button-primary-background-color', '--button-plain-background-color'],
  ['--field-label-color', '--cell-background-color'],
  ['--field-input-text-color', '--cell-background-color'],
  ['--field-placeholder-text-color', '--cell-background-color'],
  ['--field-input-text-color', '--search-background-color'],
  ['--field-placeholder-text-color', '--search-background-color'],
];

test('the contrast check itself: black on white is 21:1, grey on white fails', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#999999', '#ffffff')).toBeLessThan(MIN_CONTRAST);
});

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const vars = themesFromAppWxss()[theme];

  test(`every text colour on every background reaches ${MIN_CONTRAST}:1`, () => {
    const pairs: [string, string][] = [
      ...TEXT.flatMap((text) => BACKGROUNDS.map((bg): [string, string] => [text, bg])),
      ...FILLED,
    ];
    const failing = pairs
      .map(([text, bg]) => ({
        text,
        bg,
        ratio: contrast(resolveColour(vars, text), resolveColour(vars, bg)),
      }))
      .filter((pair) => pair.ratio < MIN_CONTRAST)
      .map((pair) => `${pair.text} on ${pair.bg}: ${pair.ratio.toFixed(2)}:1`);
    expect(failing).toEqual([]);
  });
});

test('the dark theme gives its own value to every colour of the light theme', () => {
  const { light } = themesFromAppWxss();
  const css = read('app.wxss');
  const media = blockBody(css, /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/) ?? '';
  const darkOwn = declarations(blockBody(media, /page\s*\{/) ?? '');
  const literalColours = [...light].filter(([, value]) => /^#[0-9a-f]{3,8}$/i.test(value));
  expect(literalColours.length).toBeGreaterThan(5);
  const missing = literalColours.map(([name]) => name).filter((name) => !darkOwn.has(name));
  expect(missing).toEqual([]);
});

test('every variable a stylesheet uses without a fallback is defined in app.wxss', () => {
  const { light } = themesFromAppWxss();
  const undefinedVars = ownFiles('.wxss').flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/var\(\s*(--[\w-]+)\s*\)/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => !light.has(name))
      .map((name) => `${path.relative(MINIPROGRAM_ROOT, file)}: ${name}`),
  );
  expect(undefinedVars).toEqual([]);
});

test('dark mode is on, and theme.json defines every @-variable app.json uses, in both themes', () => {
  const app = JSON.parse(read('app.json')) as {
    darkmode?: boolean;
    themeLocation?: string;
    window?: Record<string, unknown>;
  };
  expect(app.darkmode).toBe(true);
  expect(app.themeLocation).toBe('theme.json');
  const theme = JSON.parse(read(app.themeLocation ?? 'theme.json')) as Record<
    'light' | 'dark',
    Record<string, string>
  >;
  const used = Object.values(app.window ?? {})
    .filter((value): value is string => typeof value === 'string' && value.startsWith('@'))
    .map((value) => value.slice(1));
  expect(used).toEqual(
    expect.arrayContaining([
      'navBackground',
      'navTextStyle',
      'pageBackground',
      'backgroundTextStyle',
    ]),
  );
  for (const name of used) {
    expect(theme.light[name]).toBeDefined();
    expect(theme.dark[name]).toBeDefined();
  }
  expect(theme.light.navTextStyle).toBe('black');
  expect(theme.dark.navTextStyle).toBe('white');
  // The page behind the content matches the stylesheet's page colour in each theme.
  const { light, dark } = themesFromAppWxss();
  expect(theme.light.pageBackground).toBe(resolveColour(light, '--color-bg'));
  expect(theme.dark.pageBackground).toBe(resolveColour(dark, '--color-bg'));
  expect(theme.light.navBackground).toBe(resolveColour(light, '--color-surface'));
  expect(theme.dark.navBackground).toBe(resolveColour(dark, '--color-surface'));
});

const VANT_ROOT = path.join(MINIPROGRAM_ROOT, 'miniprogram_npm/@vant/weapp');

/** Vant components the app uses (from every usingComponents), with the ones they use in turn. */
function vantComponentsUsed(): string[] {
  const found = new Set<string>();
  const queue = ownFiles('.json').flatMap((file) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { usingComponents?: unknown };
    return Object.values(json.usingComponents ?? {})
      .map((value) => /@vant\/weapp\/([\w-]+)\/index$/.exec(String(value))?.[1])
      .filter((name): name is string => name !== undefined);
  });
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (found.has(name)) continue;
    found.add(name);
    const json = JSON.parse(fs.readFileSync(path.join(VANT_ROOT, name, 'index.json'), 'utf8')) as {
      usingComponents?: Record<string, string>;
    };
    for (const target of Object.values(json.usingComponents ?? {})) {
      queue.push(path.basename(path.dirname(path.join(name, target))));
    }
  }
  return [...found].sort();
}

/** The CSS variables those Vant components size their text (and in-line icons) with. */
function vantFontVariables(): Set<string> {
  const names = new Set<string>();
  for (const name of vantComponentsUsed()) {
    const css = fs.readFileSync(path.join(VANT_ROOT, name, 'index.wxss'), 'utf8');
    for (const match of css.matchAll(/font-size\s*:\s*var\(\s*(--[\w-]+)/g)) {
      names.add(match[1] ?? '');
    }
  }
  return names;
}

/** Sizes that follow the root or the parent font size, which page-meta ties to WeChat's setting. */
const RELATIVE_SIZE = /^(\d*\.?\d+(rem|em|%)|inherit|var\(--font-size-[\w-]+\))$/;

/** A size variable's value with var(--font-size-…) tokens resolved through app.wxss. */
function resolvedSize(vars: Map<string, string>, value: string, depth = 0): string {
  const reference = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value);
  const next = reference ? vars.get(reference[1] ?? '') : undefined;
  return next !== undefined && depth < 10 ? resolvedSize(vars, next, depth + 1) : value;
}

test('every type-scale token (--font-size-…) is in rem', () => {
  const { light } = themesFromAppWxss();
  const scale = [...light].filter(([name]) => name.startsWith('--font-size-'));
  expect(scale.length).toBeGreaterThanOrEqual(4);
  for (const [name, value] of scale) expect(`${name}: ${value}`).toMatch(/: [\d.]+rem$/);
});

/** Every font-size declaration (and font-size variable) in `css` not in rem, em, % or inherit. */
function fixedFontSizes(css: string, fontVariables: ReadonlySet<string>): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/(?:^|[{;\s])(font-size|--[\w-]+)\s*:\s*([^;{}]+)/g)]
    .map((match) => ({ name: match[1] ?? '', value: (match[2] ?? '').trim() }))
    .filter(
      ({ name }) => name === 'font-size' || name.endsWith('font-size') || fontVariables.has(name),
    )
    .filter(({ value }) => !RELATIVE_SIZE.test(value))
    .map(({ name, value }) => `${name}: ${value}`);
}

test('every font size in our stylesheets is in rem, em or % (it follows the WeChat font size)', () => {
  const fontVariables = vantFontVariables();
  const fixed = ownFiles('.wxss').flatMap((file) =>
    fixedFontSizes(fs.readFileSync(file, 'utf8'), fontVariables).map(
      (found) => `${path.relative(MINIPROGRAM_ROOT, file)}: ${found}`,
    ),
  );
  expect(fixed).toEqual([]);
});

test('app.wxss sets every font-size variable of the Vant components in use, in rem', () => {
  expect(vantComponentsUsed()).toEqual(expect.arrayContaining(['button', 'cell', 'icon']));
  const fontVariables = vantFontVariables();
  expect(fontVariables).toContain('--cell-font-size');
  const { light } = themesFromAppWxss();
  const unset = [...fontVariables].filter((name) => !light.has(name));
  expect(unset).toEqual([]);
  for (const name of fontVariables)
    expect(`${name}: ${resolvedSize(light, light.get(name) ?? '')}`).toMatch(/: [\d.]+rem$/);
});

test('the font size check fails for rpx, px and fixed Vant variables', () => {
  const vant = new Set(['--checkbox-size']);
  const css = `
    /* font-size: 30rpx in a comment is fine */
    page { --tag-font-size: 12px; --checkbox-size: 20px; --cell-line-height: 1.6; font-size: 0.882rem; }
    .a { font-size: 30rpx; line-height: 1.6; }
    .b { color: red; font-size:14px }
    .c { font-size: 1.15em; } .d { font-size: 90%; } .e { font-size: inherit; } .f { font-size: .5rem; }
  `;
  expect(fixedFontSizes(css, vant)).toEqual([
    '--tag-font-size: 12px',
    '--checkbox-size: 20px',
    'font-size: 30rpx',
    'font-size: 14px',
  ]);
});

/** Makes rem and the page's font size follow 设置 → 通用 → 字体大小 (must be a page's first node). */
const PAGE_META = '<page-meta root-font-size="system" page-font-size="system"></page-meta>';

/** The pages whose WXML does not open with exactly PAGE_META, or holds another page-meta. */
function pagesWithoutPageMeta(root: string, routes: readonly string[]): string[] {
  return routes.filter((route) => {
    const wxml = fs.readFileSync(path.join(root, `${route}.wxml`), 'utf8');
    return !wxml.startsWith(`${PAGE_META}\n`) || wxml.split('<page-meta').length !== 2;
  });
}

test('every page in app.json opens with the page-meta that follows the WeChat font size', () => {
  const routes = appPageRoutes();
  expect(routes).toEqual(expect.arrayContaining(['pages/home/index', 'tools/pages/search/index']));
  expect(pagesWithoutPageMeta(MINIPROGRAM_ROOT, routes)).toEqual([]);
});

test('the page-meta check fails for a page without it, with it later, or with another one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-meta-'));
  try {
    const pages: Record<string, string> = {
      good: `${PAGE_META}\n<view>正文</view>\n`,
      missing: '<view>正文</view>\n',
      later: `<view>正文</view>\n${PAGE_META}\n`,
      other: '<page-meta root-font-size="16px" page-font-size="system"></page-meta>\n<view/>\n',
      twice: `${PAGE_META}\n${PAGE_META}\n`,
    };
    for (const [name, wxml] of Object.entries(pages)) {
      fs.writeFileSync(path.join(dir, `${name}.wxml`), wxml);
    }
    expect(pagesWithoutPageMeta(dir, Object.keys(pages))).toEqual([
      'missing',
      'later',
      'other',
      'twice',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('no component uses page-meta (it only works as the first node of a page)', () => {
  const pages = new Set(appPageRoutes().map((route) => `${route}.wxml`));
  const misplaced = ownFiles('.wxml')
    // Routes use '/', whatever separator this system's paths use.
    .map((file) => path.relative(MINIPROGRAM_ROOT, file).split(path.sep).join('/'))
    .filter((file) => !pages.has(file))
    .filter((file) =>
      fs.readFileSync(path.join(MINIPROGRAM_ROOT, file), 'utf8').includes('<page-meta'),
    );
  expect(misplaced).toEqual([]);
});

test('every icon-only control has an aria-label', () => {
  const unlabelled = ownFiles('.wxml').flatMap((file) => {
    const wxml = fs.readFileSync(file, 'utf8');
    const iconTags = [
      ...wxml.matchAll(/<(van-icon|icon|image)\b[^>]*>/g),
      ...wxml.matchAll(/<van-button\b[^>]*\bicon="[^"]*"[^>]*\/>/g),
    ];
    return iconTags
      .map((match) => match[0])
      .filter((tag) => /\b(bind|catch):?(tap|click)\b/.test(tag) || tag.startsWith('<van-button'))
      .filter((tag) => !/\baria-label="[^"]+"/.test(tag))
      .map((tag) => `${path.relative(MINIPROGRAM_ROOT, file)}: ${tag}`);
  });
  expect(unlabelled).toEqual([]);
});
