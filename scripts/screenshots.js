// @ts-check
// `npm run screenshots`: every page in app.json, every guide section and every problem, at
// 375×667 and 320×568, as PNG (the first screen and the whole page) plus an index.html gallery,
// into artifacts/screenshots/ (git-ignored). Uses the same preview as `npm start`.
// Variants: `-- --theme dark` (WeChat's dark mode) and `-- --font 27` (the root font size WeChat
// gives page-meta: 16, 17, 22 or 27 px) write to artifacts/screenshots/<theme>-<font>px/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { URLSearchParams } = require('node:url');
const { startServer } = require('./preview/server');
const { DIST, runCompile } = require('./lib/build');
const { launchBrowser } = require('./lib/chromium');
const { previewScreens } = require('./preview/screens');

const SCREENSHOTS = path.resolve(__dirname, '../artifacts/screenshots');
const THEMES = ['light', 'dark'];
const FONTS = [16, 17, 22, 27];

/**
 * `--theme dark`, `--font 27` (or `--theme=dark`); a bad value is an error, not a silent default.
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @param {string} name */
  const value = (name) => {
    const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index < 0) return undefined;
    const flag = argv[index] ?? '';
    return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : argv[index + 1];
  };
  const theme = value('theme');
  const font = value('font');
  if (theme !== undefined && !THEMES.includes(theme)) {
    throw new Error(`--theme must be ${THEMES.join(' or ')}, got "${theme}"`);
  }
  if (font !== undefined && !FONTS.includes(Number(font))) {
    throw new Error(`--font must be one of ${FONTS.join(', ')} (px), got "${font}"`);
  }
  return { theme, font: font === undefined ? undefined : Number(font) };
}
const SIZES = [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
];

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function main() {
  const started = Date.now();
  const { theme, font } = parseArgs(process.argv.slice(2));
  const variant = theme || font ? `${theme ?? 'light'}-${font ?? 17}px` : undefined;
  const OUT = variant ? path.join(SCREENSHOTS, variant) : SCREENSHOTS;
  // The default run owns the folder; a variant replaces only its own subfolder.
  if (variant) fs.rmSync(OUT, { recursive: true, force: true });
  else
    for (const entry of fs.existsSync(OUT) ? fs.readdirSync(OUT) : []) {
      if (!/^(light|dark)-\d+px$/.test(entry))
        fs.rmSync(path.join(OUT, entry), { recursive: true });
    }
  fs.mkdirSync(OUT, { recursive: true });
  // The screenshots show what WeChat's compiler makes of the project, as `npm start` serves it.
  const { root } = runCompile({ outDir: path.join(DIST, 'screenshots') });
  const [server, browser] = await Promise.all([startServer({ port: 0, root }), launchBrowser()]);
  const screens = previewScreens();
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const drawnFiles = [];
  let count = 0;
  try {
    for (const size of SIZES) {
      const label = `${size.width}x${size.height}`;
      fs.mkdirSync(path.join(OUT, label), { recursive: true });
      const context = await browser.newContext({
        viewport: size,
        locale: 'zh-CN',
        colorScheme: theme === 'dark' ? 'dark' : 'light',
      });
      const page = await context.newPage();
      /** @type {string[]} */
      let errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      for (const screen of screens) {
        errors = [];
        const params = new URLSearchParams({ path: screen.path });
        if (screen.query) params.set('query', screen.query);
        if (font) params.set('font', String(font));
        await page.goto(`${server.url}app?${params.toString()}`);
        await page.waitForFunction("document.body.dataset.ready === 'true'");
        // Two frames for onReady, then the web fonts the text asked for (the symbols font for ⌕
        // loads only when a page shows one; before that the screenshot would show a box).
        await page.evaluate(
          'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
        );
        await page.evaluate('document.fonts.ready.then(() => undefined)');
        await page.screenshot({ path: path.join(OUT, label, `${screen.name}.png`) });
        const height = /** @type {number} */ (
          await page.evaluate(
            "(() => { const p = document.getElementById('preview-pages'); return p.scrollHeight + p.getBoundingClientRect().top; })()",
          )
        );
        await page.setViewportSize({
          width: size.width,
          height: Math.max(size.height, Math.ceil(height)),
        });
        await page.screenshot({ path: path.join(OUT, label, `${screen.name}.full.png`) });
        // The CHSI pages the guide's lost screenshots showed, redrawn (示意图), one image each.
        const drawn = page.locator('.preview-page:not([hidden]) [class*="chsi"][role="img"]');
        const drawnCount = await drawn.count();
        for (let index = 0; index < drawnCount; index++) {
          const file = `${screen.name}.drawn-${index + 1}.png`;
          await drawn.nth(index).screenshot({ path: path.join(OUT, label, file) });
          drawnFiles.push(`${label}/${file}`);
        }
        count += drawnCount;
        await page.setViewportSize(size);
        count += 2;
        if (errors.length > 0) problems.push(`${label} ${screen.name}: ${errors.join(' | ')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = screens
    .map((screen) => {
      const cells = SIZES.map(({ width, height }) => {
        const label = `${width}x${height}`;
        return `<figure><a href="${label}/${screen.name}.full.png"><img src="${label}/${screen.name}.png" width="${width}" height="${height}" alt="${escapeHtml(screen.name)} ${label}"></a><figcaption>${label}（点击看整页）</figcaption></figure>`;
      }).join('');
      const url = `/${screen.path}${screen.query ? `?${screen.query}` : ''}`;
      return `<section><h2>${escapeHtml(screen.name)}</h2><p><code>${escapeHtml(url)}</code></p><div class="row">${cells}</div></section>`;
    })
    .join('\n');
  const drawnGallery = drawnFiles
    .map(
      (file) =>
        `<figure><img src="${file}" alt="${escapeHtml(file)}"><figcaption>${escapeHtml(file)}</figcaption></figure>`,
    )
    .join('');
  fs.writeFileSync(
    path.join(OUT, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>截图</title><style>body{font:14px/1.5 sans-serif;margin:24px;background:#eee}section{margin-bottom:32px}.row{display:flex;gap:24px;align-items:flex-start;flex-wrap:wrap}figure{margin:0}img{border:1px solid #ccc;background:#fff}</style></head><body><h1>每个页面的截图（${variant ? `${theme === 'dark' ? '深色' : '浅色'}，根字号 ${font ?? 17}px，` : ''}${new Date().toISOString()}）</h1>\n<section><h2>学信网页面示意图（代替指南遗失的截图）</h2><div class="row">${drawnGallery}</div></section>\n${rows}\n</body></html>\n`,
  );
  console.log(
    `screenshots: ${count} PNG files (${screens.length} screens × ${SIZES.length} sizes × first screen and whole page) and index.html in ${path.relative(process.cwd(), OUT)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (problems.length > 0) {
    console.error(`console errors:\n${problems.join('\n')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error('screenshots failed:', error);
  process.exit(1);
});
