/**
 * @jest-environment node
 */
// `npm run qrcodes` into a temp folder: every PNG decodes back to its URL, every URL opens its
// route through the app's parser, the A4 sheet names every topic, and a missing browser is explained.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { printedRoutes, routeUrl } from '../../miniprogram/content/routes';

/** The codes on the printed sheet (forwarded-only codes such as the tools are left off). */
const ROUTE_CODES = printedRoutes.map((route) => route.code);
const routes = printedRoutes;
import { staffConfig } from '../../miniprogram/content/staff-config';
import { parseEntry } from '../../miniprogram/core/entry';
import { ENTRY_OPTIONS } from '../../miniprogram/views/entry';
import { generateQrKit, parseArgs } from '../../scripts/qrcodes';
import { chromiumAvailable } from '../../scripts/lib/chromium';

type Kit = Awaited<ReturnType<typeof generateQrKit>>;

const HAS_CHROMIUM = chromiumAvailable();
let outDir = '';
let kit: Kit;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qrcodes-test-'));
  kit = await generateQrKit({ outDir, pdf: false });
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

function decodePng(file: string): string | undefined {
  const png = PNG.sync.read(fs.readFileSync(file));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('one PNG and one SVG per route, named by code', () => {
  expect(kit.codes.map((code) => code.code)).toEqual([...ROUTE_CODES]);
  for (const code of ROUTE_CODES) {
    expect(fs.existsSync(path.join(outDir, `${code}.png`))).toBe(true);
    expect(fs.readFileSync(path.join(outDir, `${code}.svg`), 'utf8')).toMatch(
      /^<svg[^>]*>.*<\/svg>/s,
    );
  }
});

test('each PNG decodes back to its URL, and that URL opens its route in the app', () => {
  for (const code of kit.codes) {
    const decoded = decodePng(code.png);
    expect(decoded).toBe(`${staffConfig.qrLinkPrefix}?r=${code.code}`);
    const result = parseEntry(
      { query: { q: encodeURIComponent(decoded ?? ''), scancode_time: '1' } },
      ENTRY_OPTIONS,
    );
    expect(result).toMatchObject({ ok: true, source: 'qr', route: code.code });
    // Orientation codes open the guide's start (home?start=1) or the topic's own page.
    expect(code.target).toBe(
      code.code === 'home' ? '/pages/home/index?start=1' : routeUrl(code.code),
    );
  }
});

test('the A4 sheet shows every topic under its code, escaped, with one inline SVG each', () => {
  const html = fs.readFileSync(kit.html, 'utf8');
  expect(html).toContain('size: A4');
  for (const route of routes) expect(html).toContain(route.topic);
  expect(html.match(/<svg class="qr"/g)).toHaveLength(ROUTE_CODES.length);
  const manifest = JSON.parse(fs.readFileSync(kit.manifest, 'utf8')) as { code: string }[];
  expect(manifest.map((entry) => entry.code)).toEqual([...ROUTE_CODES]);
});

// The PDF needs a Chromium (scripts/lib/chromium.js: system, CHROMIUM_PATH or npm's on Linux x64).
(HAS_CHROMIUM ? test : test.skip)(
  '`npm run qrcodes` with chromium prints the sheet as one A4 page, PDF and PNG',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qrcodes-cli-'));
    try {
      const { stdout: output } = await promisify(execFile)(process.execPath, [
        path.resolve(__dirname, '../../scripts/qrcodes.js'),
        '--out',
        dir,
      ]);
      expect(output).toContain(`qrcodes: ${String(ROUTE_CODES.length)} codes`);
      expect(fs.readFileSync(path.join(dir, 'sheet.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const sheet = PNG.sync.read(fs.readFileSync(path.join(dir, 'sheet.png')));
      // A4 at 96 CSS px per inch, device scale 2: 1588 × 2246, so the sheet fits one page.
      expect([sheet.width, sheet.height]).toEqual([1588, 2246]);
      expect(decodePng(path.join(dir, 'p3.png'))).toBe(`${staffConfig.qrLinkPrefix}?r=p3`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  120000,
);

test('without chromium the HTML is still written and the reason is given', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qrcodes-nochrome-'));
  try {
    const result = await generateQrKit({ outDir: dir, chromiumPath: '/nonexistent/chromium' });
    expect(result.pdf).toBeNull();
    expect(result.pdfMessage).toContain('chromium is not installed at /nonexistent/chromium');
    expect(fs.existsSync(path.join(dir, 'sheet.html'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'sheet.pdf'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a prefix that is not a URL is refused before anything is written', async () => {
  const dir = path.join(os.tmpdir(), `qrcodes-refused-${String(process.pid)}`);
  await expect(
    generateQrKit({ outDir: dir, prefix: 'qr.example.com/xueji', pdf: false }),
  ).rejects.toThrow(/not an http\(s\) URL/);
  expect(fs.existsSync(dir)).toBe(false);
});

test('command-line options', () => {
  expect(
    parseArgs(['--out', '/tmp/x', '--prefix', 'https://a.example.com/q/', '--no-pdf']),
  ).toEqual({
    outDir: '/tmp/x',
    prefix: 'https://a.example.com/q/',
    pdf: false,
  });
  expect(() => parseArgs(['--colour'])).toThrow(/unknown option/);
});
