// @ts-check
// `npm run qrcodes`: one ordinary-link QR code per route (PNG and SVG), a printable A4 sheet of all
// of them and an A4 booth poster (从这里开始 plus the problems students hit most), as HTML, plus PDF
// and PNG through Chromium (scripts/lib/chromium.js), into artifacts/qrcodes/.
// Usage: npm run qrcodes -- [--out DIR] [--prefix URL] [--poster-codes p2,p3,p4] [--no-pdf]
'use strict';
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const QRCode = require('qrcode');
const { PNG } = require('pngjs');
const {
  KitError,
  configWarnings,
  posterCodes,
  qrEntries,
  staffConfig,
} = require('./lib/staff-kit');
const { isPlaceholderConfig } = require('../miniprogram/content/staff-config');
const { findChromium, launchOptions } = require('./lib/chromium');
const { cjkFontCss } = require('./lib/cjk-font');
const { CONFIG_FILE } = require('./lib/config-check');

const DEFAULT_OUT = path.resolve(__dirname, '..', 'artifacts', 'qrcodes');
/** Error correction M survives a little wear; a 4-module quiet zone is what scanners expect. */
const QR_OPTIONS = { errorCorrectionLevel: /** @type {const} */ ('M'), margin: 4 };
/** Pixels per module in the PNG: a version-3 code (29 modules + margins) is 444 px wide. */
const PNG_SCALE = 12;

/**
 * Draws the `qrcode` package's module matrix as a black-and-white PNG. pngjs's unfiltered
 * greyscale output is a few kB and fast to write (its adaptive filtering is not).
 * @param {string} text
 */
function qrPng(text) {
  const qr = QRCode.create(text, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
  const modules = qr.modules.size;
  const margin = QR_OPTIONS.margin;
  const side = (modules + 2 * margin) * PNG_SCALE;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules; row += 1) {
    for (let column = 0; column < modules; column += 1) {
      if (!qr.modules.get(row, column)) continue;
      const left = (margin + column) * PNG_SCALE;
      for (let line = 0; line < PNG_SCALE; line += 1) {
        const start = ((margin + row) * PNG_SCALE + line) * side + left;
        pixels.fill(0, start, start + PNG_SCALE);
      }
    }
  }
  const png = new PNG({ width: side, height: side });
  png.data = pixels;
  return PNG.sync.write(png, {
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
    bitDepth: 8,
    filterType: 0,
  });
}

/** @param {string} text */
function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The sheet's and poster's title: the college's name and the app's, each kept whole. @param {KitMeta} meta */
function titleHtml(meta) {
  return `<span class="name">${escapeHtml(meta.schoolName)}</span> · <span class="name">${escapeHtml(meta.appName)}</span>`;
}

/**
 * @typedef {{ code: string, topic: string, url: string, svg: string }} SheetCode
 * @typedef {{ schoolName: string, appName: string, date: string, version: string, prefix: string,
 *   sample: boolean }} KitMeta
 */

/** What a sheet printed while the configuration still holds placeholders says on its face. */
const SAMPLE_MARK = '样张：未配置';

/**
 * CSS shared by the sheet and the poster. Topics wrap balanced (never one character left alone on
 * the last line); nothing sits on a cell's dashed cut line (the cell is sized for three lines).
 */
const BASE_CSS = `
  @page { size: A4; margin: 10mm; }
  @media screen { body { width: 210mm; padding: 10mm; } }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif; color: #1a1a1a; }
  header { text-align: center; margin-bottom: 3mm; }
  h1 { font-size: 15pt; margin: 0; }
  /* A long title breaks between the college's name and the app's, never inside either. */
  h1 .name { display: inline-block; }
  header p { margin: 1mm 0 0; font-size: 9.5pt; color: #444; }
  .cell { margin: 0; padding: 2mm 2mm 2.5mm; border: 0.3mm dashed #999; text-align: center; break-inside: avoid; display: flex; flex-direction: column; align-items: center; }
  .qr { display: block; flex: none; }
  .topic { display: block; font-weight: 700; line-height: 1.25; margin-top: 1mm; text-wrap: balance; overflow-wrap: anywhere; }
  .code { display: block; font-size: 6pt; color: #666; margin-top: auto; padding-top: 0.5mm; }
  footer { margin-top: 3mm; font-size: 7pt; color: #555; text-align: center; overflow-wrap: anywhere; }
  .sample-note { color: #b00020; font-weight: 700; }
  .sample-mark { position: fixed; left: 0; right: 0; top: 42%; text-align: center; font-size: 64pt; font-weight: 700; color: rgba(176, 0, 32, 0.16); transform: rotate(-28deg); pointer-events: none; z-index: 10; }
`;

/** @param {KitMeta} meta */
function metaHtml(meta) {
  const note = meta.sample
    ? `<p class="sample-note">${SAMPLE_MARK}：${path.basename(CONFIG_FILE)} 里还是示例值，这张只能试印，不要张贴</p>`
    : '';
  const mark = meta.sample
    ? `<div class="sample-mark" aria-hidden="true">${SAMPLE_MARK}</div>`
    : '';
  const footer = `<footer>${escapeHtml(meta.date)} 生成 · ${escapeHtml(meta.appName)} ${escapeHtml(meta.version)} · 二维码前缀 ${escapeHtml(meta.prefix)}</footer>`;
  return { note, mark, footer };
}

/**
 * @param {string} title
 * @param {string} css
 * @param {string} body
 */
function pageHtml(title, css, body) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** @param {SheetCode} entry @param {string} extraClass */
function cellHtml(entry, extraClass = '') {
  return `    <figure class="cell${extraClass}" data-code="${escapeHtml(entry.code)}">
      ${entry.svg.replace('<svg ', '<svg class="qr" ')}
      <figcaption class="topic">${escapeHtml(entry.topic)}</figcaption>
      <span class="code">${escapeHtml(entry.code)}</span>
    </figure>`;
}

/**
 * The staff sheet: every printed code in a 4-column grid, its topic underneath and its code in
 * small print (the full URLs are in codes.json and the command's output). SVGs are inlined, so
 * the file stands alone.
 * @param {SheetCode[]} codes
 * @param {KitMeta} meta
 */
function sheetHtml(codes, meta) {
  const { note, mark, footer } = metaHtml(meta);
  const css = `
  .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
  .cell { height: 58mm; }
  .qr { width: 36mm; height: 36mm; }
  .topic { font-size: 10pt; }
`;
  return pageHtml(
    `${meta.schoolName} ${meta.appName} 二维码`,
    css,
    `${mark}
<header>
  <h1>${titleHtml(meta)}</h1>
  <p>用微信扫一扫，打开对应的学信网学籍核对指南</p>
  ${note}
</header>
<main class="grid">
${codes.map((entry) => cellHtml(entry)).join('\n')}
</main>
${footer}`,
  );
}

/**
 * The booth poster: one big code to start from, and the few problems students hit most.
 * @param {SheetCode} start
 * @param {string} startLabel
 * @param {SheetCode[]} problems
 * @param {KitMeta} meta
 */
function posterHtml(start, startLabel, problems, meta) {
  const { note, mark, footer } = metaHtml(meta);
  const css = `
  h1 { font-size: 20pt; }
  .start { display: flex; flex-direction: column; align-items: center; margin: 4mm auto 6mm; }
  .start .qr { width: 95mm; height: 95mm; }
  .start-label { font-size: 34pt; font-weight: 800; margin-top: 2mm; letter-spacing: 2pt; }
  h2 { font-size: 13pt; text-align: center; margin: 0 0 3mm; }
  .row { display: grid; grid-template-columns: repeat(${problems.length}, 1fr); gap: 3mm; }
  .cell { height: 72mm; }
  .qr { width: 40mm; height: 40mm; }
  .topic { font-size: 12pt; }
`;
  return pageHtml(
    `${meta.schoolName} ${meta.appName} 迎新海报`,
    css,
    `${mark}
<header>
  <h1>${titleHtml(meta)}</h1>
  <p>新生学信网学籍核对：用微信扫一扫</p>
  ${note}
</header>
<section class="start" data-code="${escapeHtml(start.code)}">
  ${start.svg.replace('<svg ', '<svg class="qr" ')}
  <div class="start-label">${escapeHtml(startLabel)}</div>
</section>
<h2>遇到这些问题，扫对应的码</h2>
<main class="row">
${problems.map((entry) => cellHtml(entry)).join('\n')}
</main>
${footer}`,
  );
}

/**
 * Prints each page to PDF and PNG with Chromium (scripts/lib/chromium.js finds one;
 * `executablePath` forces one). Resolves to an explanation instead of throwing when there is
 * none: the HTML is already written and can be printed by hand.
 * @param {{ html: string, pdf: string, png: string }[]} pages
 * @param {string} [executablePath]
 * @returns {Promise<{ ok: true } | { ok: false, message: string }>}
 */
async function printPdf(pages, executablePath) {
  const first = pages[0]?.html ?? '';
  if (executablePath !== undefined && !fs.existsSync(executablePath)) {
    return {
      ok: false,
      message: `no PDF: chromium is not installed at ${executablePath}; print ${first} from a browser instead.`,
    };
  }
  /** @type {import('./lib/chromium').FoundChromium} */
  let found;
  try {
    found =
      executablePath === undefined
        ? await findChromium()
        : { executablePath, source: 'CHROMIUM_PATH', env: {} };
  } catch (error) {
    return {
      ok: false,
      message: `no PDF: ${error instanceof Error ? error.message : String(error)} Print ${first} from a browser instead.`,
    };
  }
  /** @type {typeof import('playwright-core')} */
  let playwright;
  try {
    playwright = require('playwright-core');
  } catch {
    return { ok: false, message: `no PDF: playwright-core is not installed; print ${first}.` };
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-sheet-chromium-'));
  // A fresh profile each time, so no earlier run's profile lock or state gets in the way;
  // playwright takes it as the persistent context.
  const browser = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions(found),
    deviceScaleFactor: 2,
  });
  try {
    for (const job of pages) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(job.html).href);
      // The topics are Chinese: draw them in the bundled web font, whatever the machine has.
      await page.addStyleTag({ content: cjkFontCss() });
      // Runs in the page (a string, since scripts/ has no DOM types).
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      await page.pdf({
        path: job.pdf,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      // The same page as a PNG (A4 at 192 dpi) for chat groups and quick checks.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: job.png, fullPage: true });
      await page.close();
    }
    return { ok: true };
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Writes the whole kit: a PNG and SVG per code, codes.json, the staff sheet and the booth poster
 * (HTML, and PDF and PNG through Chromium). Every URL is checked through the app's entry parser
 * first; if one fails, nothing is written.
 * @param {{ outDir?: string, prefix?: string, pdf?: boolean, chromiumPath?: string, now?: Date,
 *   posterCodes?: string[], staff?: import('../miniprogram/content/staff-config').StaffConfig }} options
 *   `staff` stands in for the configuration's staff values (its prefixes are the ones the app recognises)
 */
async function generateQrKit(options = {}) {
  const staff = options.staff ?? staffConfig;
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT);
  const prefix = options.prefix ?? staff.qrLinkPrefix;
  const entries = qrEntries(
    prefix,
    options.staff ? [staff.qrLinkPrefix, ...staff.previousQrLinkPrefixes] : undefined,
  );
  const poster = posterCodes(entries, options.posterCodes, staff);
  fs.mkdirSync(outDir, { recursive: true });
  /** @type {{ code: import('../miniprogram/content/routes').RouteCode, topic: string, url: string, target: string, png: string, svg: string, pngBytes: number, svgBytes: number }[]} */
  const written = [];
  /** @type {SheetCode[]} */
  const forSheet = [];
  for (const entry of entries) {
    const png = path.join(outDir, `${entry.code}.png`);
    const svg = path.join(outDir, `${entry.code}.svg`);
    fs.writeFileSync(png, qrPng(entry.url));
    const svgText = await QRCode.toString(entry.url, { ...QR_OPTIONS, type: 'svg' });
    fs.writeFileSync(svg, svgText);
    written.push({
      ...entry,
      png,
      svg,
      pngBytes: fs.statSync(png).size,
      svgBytes: Buffer.byteLength(svgText),
    });
    forSheet.push({ code: entry.code, topic: entry.topic, url: entry.url, svg: svgText });
  }
  const { schoolConfig } = require('../miniprogram/content/school-config');
  const { START_HERE_LABEL } = require('../miniprogram/content/home-arrival');
  const { beijingDayKey } = require('../miniprogram/core/beijing-day');
  const packageJson = require('../package.json');
  /** @type {KitMeta} */
  const meta = {
    schoolName: schoolConfig.fullName,
    appName: staff.appName,
    date: beijingDayKey((options.now ?? new Date()).getTime()),
    version: String(packageJson.version),
    prefix,
    sample: isPlaceholderConfig(staff),
  };
  const html = path.join(outDir, 'sheet.html');
  fs.writeFileSync(html, sheetHtml(forSheet, meta));
  const byCode = new Map(forSheet.map((entry) => [entry.code, entry]));
  const pick = (/** @type {string} */ code) => {
    const entry = byCode.get(code);
    if (!entry) throw new KitError(`no printed code ${code}`);
    return entry;
  };
  const posterPath = path.join(outDir, 'poster.html');
  fs.writeFileSync(
    posterPath,
    posterHtml(pick(poster.start), START_HERE_LABEL, poster.problems.map(pick), meta),
  );
  const manifest = path.join(outDir, 'codes.json');
  fs.writeFileSync(
    manifest,
    `${JSON.stringify(
      written.map(({ code, topic, url, target }) => ({ code, topic, url, opens: target })),
      null,
      2,
    )}\n`,
  );
  const pages = [
    { html, pdf: path.join(outDir, 'sheet.pdf'), png: path.join(outDir, 'sheet.png') },
    {
      html: posterPath,
      pdf: path.join(outDir, 'poster.pdf'),
      png: path.join(outDir, 'poster.png'),
    },
  ];
  const pdf =
    options.pdf === false
      ? { ok: /** @type {const} */ (false), message: 'no PDF: skipped (--no-pdf).' }
      : await printPdf(pages, options.chromiumPath);
  return {
    outDir,
    prefix,
    meta,
    codes: written,
    html,
    poster: posterPath,
    posterCodes: poster,
    manifest,
    pdf: pdf.ok ? (pages[0]?.pdf ?? null) : null,
    sheetPng: pdf.ok ? (pages[0]?.png ?? null) : null,
    posterPdf: pdf.ok ? (pages[1]?.pdf ?? null) : null,
    posterPng: pdf.ok ? (pages[1]?.png ?? null) : null,
    pdfMessage: pdf.ok ? '' : pdf.message,
  };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ outDir?: string, prefix?: string, pdf?: boolean, posterCodes?: string[] }} */
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out') options.outDir = argv[++i];
    else if (arg === '--prefix') options.prefix = argv[++i];
    else if (arg === '--no-pdf') options.pdf = false;
    else if (arg === '--poster-codes')
      options.posterCodes = (argv[++i] ?? '').split(',').filter(Boolean);
    else
      throw new KitError(
        `unknown option ${arg}; use --out DIR, --prefix URL, --poster-codes p2,p3,p4, --no-pdf`,
      );
  }
  return options;
}

async function main() {
  for (const warning of configWarnings()) console.warn(warning);
  const result = await generateQrKit(parseArgs(process.argv.slice(2)));
  for (const code of result.codes) {
    console.log(`${code.code.padEnd(7)} ${code.url}  →  ${code.target}  (${code.topic})`);
  }
  const pngTotal = result.codes.reduce((sum, code) => sum + code.pngBytes, 0);
  const svgTotal = result.codes.reduce((sum, code) => sum + code.svgBytes, 0);
  console.log(
    `qrcodes: ${result.codes.length} codes (${pngTotal} bytes PNG, ${svgTotal} bytes SVG), sheet ${result.html}`,
  );
  console.log(
    `qrcodes: booth poster ${result.poster} (从这里开始 + ${result.posterCodes.problems.join(', ')})`,
  );
  if (result.meta.sample)
    console.warn(`qrcodes: marked ${SAMPLE_MARK} (placeholder configuration)`);
  if (result.pdf)
    console.log(
      `qrcodes: A4 sheet as PDF ${result.pdf} and PNG ${result.sheetPng}; poster ${result.posterPdf} and ${result.posterPng}`,
    );
  else console.warn(`qrcodes: ${result.pdfMessage}`);
}

// Run as a command (not when a test requires this file).
if (path.resolve(process.argv[1] ?? '') === __filename) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(`qrcodes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { SAMPLE_MARK, generateQrKit, sheetHtml, posterHtml, parseArgs };
