// @ts-check
// `npm run qrcodes`: one ordinary-link QR code per route (PNG and SVG) and a printable A4 sheet
// (HTML, plus PDF through Chromium: scripts/lib/chromium.js), into artifacts/qrcodes/.
// Usage: npm run qrcodes -- [--out DIR] [--prefix URL] [--no-pdf]
'use strict';
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const QRCode = require('qrcode');
const { PNG } = require('pngjs');
const { KitError, configWarnings, qrEntries, staffConfig } = require('./lib/staff-kit');
const { findChromium, launchOptions } = require('./lib/chromium');
const { cjkFontCss } = require('./lib/cjk-font');

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

/**
 * The A4 sheet: a 4 × 4 grid, each code with its topic underneath and the code and URL in small
 * print for staff. SVGs are inlined, so the file stands alone.
 * @param {{ code: string, topic: string, url: string, svg: string }[]} codes
 * @param {string} schoolName
 */
function sheetHtml(codes, schoolName) {
  const cells = codes
    .map(
      (entry) => `    <figure class="cell">
      ${entry.svg.replace('<svg ', '<svg class="qr" ')}
      <figcaption><span class="topic">${escapeHtml(entry.topic)}</span>
      <span class="code">${escapeHtml(entry.code)} · ${escapeHtml(entry.url)}</span></figcaption>
    </figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(schoolName)} 学籍核对助手 二维码</title>
<style>
  @page { size: A4; margin: 10mm; }
  @media screen { body { width: 210mm; padding: 10mm; } }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif; color: #1a1a1a; }
  header { text-align: center; margin-bottom: 4mm; }
  h1 { font-size: 16pt; margin: 0; }
  header p { margin: 1mm 0 0; font-size: 10pt; color: #444; }
  .grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
  .cell { margin: 0; padding: 2mm; border: 0.3mm dashed #999; text-align: center; break-inside: avoid; height: 62mm; }
  .qr { width: 40mm; height: 40mm; display: block; margin: 0 auto; }
  figcaption { display: block; }
  .topic { display: block; font-size: 10.5pt; font-weight: 700; line-height: 1.3; margin-top: 1mm; }
  .code { display: block; font-size: 5.5pt; color: #666; word-break: break-all; margin-top: 1mm; }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(schoolName)} · 学籍核对助手</h1>
  <p>用微信扫一扫，打开对应的学信网学籍核对指南</p>
</header>
<main class="grid">
${cells}
</main>
</body>
</html>
`;
}

/**
 * Prints the sheet to PDF with Chromium (scripts/lib/chromium.js finds one; `executablePath`
 * forces one). Resolves to an explanation instead of throwing when there is none: the HTML is
 * already written and can be printed by hand.
 * @param {string} htmlPath
 * @param {string} pdfPath
 * @param {string} pngPath
 * @param {string} [executablePath]
 * @returns {Promise<{ ok: true } | { ok: false, message: string }>}
 */
async function printPdf(htmlPath, pdfPath, pngPath, executablePath) {
  if (executablePath !== undefined && !fs.existsSync(executablePath)) {
    return {
      ok: false,
      message: `no PDF: chromium is not installed at ${executablePath}; print ${htmlPath} from a browser instead.`,
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
      message: `no PDF: ${error instanceof Error ? error.message : String(error)} Print ${htmlPath} from a browser instead.`,
    };
  }
  /** @type {typeof import('playwright-core')} */
  let playwright;
  try {
    playwright = require('playwright-core');
  } catch {
    return { ok: false, message: `no PDF: playwright-core is not installed; print ${htmlPath}.` };
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-sheet-chromium-'));
  // A fresh profile each time, so no earlier run's profile lock or state gets in the way;
  // playwright takes it as the persistent context.
  const browser = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions(found),
    deviceScaleFactor: 2,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${htmlPath}`);
    // The topics are Chinese: draw them in the bundled web font, whatever the machine has.
    await page.addStyleTag({ content: cjkFontCss() });
    // Runs in the page (a string, since scripts/ has no DOM types).
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    // The same sheet as a PNG (A4 at 192 dpi) for chat groups and quick checks.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: pngPath, fullPage: true });
    return { ok: true };
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Writes the whole kit. Every URL is checked through the app's entry parser first; if one fails,
 * nothing is written.
 * @param {{ outDir?: string, prefix?: string, pdf?: boolean, chromiumPath?: string }} options
 */
async function generateQrKit(options = {}) {
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT);
  const prefix = options.prefix ?? staffConfig.qrLinkPrefix;
  const entries = qrEntries(prefix);
  fs.mkdirSync(outDir, { recursive: true });
  /** @type {{ code: import('../miniprogram/content/routes').RouteCode, topic: string, url: string, target: string, png: string, svg: string, pngBytes: number, svgBytes: number }[]} */
  const written = [];
  /** @type {{ code: string, topic: string, url: string, svg: string }[]} */
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
  const html = path.join(outDir, 'sheet.html');
  fs.writeFileSync(html, sheetHtml(forSheet, schoolConfig.fullName));
  const manifest = path.join(outDir, 'codes.json');
  fs.writeFileSync(
    manifest,
    `${JSON.stringify(
      written.map(({ code, topic, url, target }) => ({ code, topic, url, opens: target })),
      null,
      2,
    )}\n`,
  );
  const pdfPath = path.join(outDir, 'sheet.pdf');
  const sheetPng = path.join(outDir, 'sheet.png');
  const pdf =
    options.pdf === false
      ? { ok: /** @type {const} */ (false), message: 'no PDF: skipped (--no-pdf).' }
      : await printPdf(html, pdfPath, sheetPng, options.chromiumPath);
  return {
    outDir,
    prefix,
    codes: written,
    html,
    manifest,
    pdf: pdf.ok ? pdfPath : null,
    sheetPng: pdf.ok ? sheetPng : null,
    pdfMessage: pdf.ok ? '' : pdf.message,
  };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ outDir?: string, prefix?: string, pdf?: boolean }} */
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out') options.outDir = argv[++i];
    else if (arg === '--prefix') options.prefix = argv[++i];
    else if (arg === '--no-pdf') options.pdf = false;
    else throw new KitError(`unknown option ${arg}; use --out DIR, --prefix URL, --no-pdf`);
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
  if (result.pdf) console.log(`qrcodes: A4 sheet as PDF ${result.pdf} and PNG ${result.sheetPng}`);
  else console.warn(`qrcodes: ${result.pdfMessage}`);
}

// Run as a command (not when a test requires this file).
if (path.resolve(process.argv[1] ?? '') === __filename) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(`qrcodes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

module.exports = { generateQrKit, sheetHtml, parseArgs };
