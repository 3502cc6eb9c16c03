/**
 * @jest-environment node
 */
// The printed kit as a teacher prints it, measured in Chromium with the bundled CJK font: no
// topic leaves a lone character on its last line, nothing crosses a cell's dashed cut line, each
// page fits one A4 sheet, the date and version are on it, a placeholder configuration is marked
// 样张：未配置, and the booth poster has one big 从这里开始 and 3–4 problems.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { START_HERE_LABEL } from '../../miniprogram/content/home-arrival';
import {
  PLACEHOLDER_APPID,
  staffConfig,
  type StaffConfig,
} from '../../miniprogram/content/staff-config';
import { PROBLEM_MOMENTS } from '../../miniprogram/content/home';
import { OTHER_STAFF } from '../helpers/other-college';
import { chromiumAvailable, findChromium, launchOptions } from '../../scripts/lib/chromium';
import { cjkFontCss } from '../../scripts/lib/cjk-font';
import { SAMPLE_MARK, generateQrKit } from '../../scripts/qrcodes';
import packageJson from '../../package.json';

type Kit = Awaited<ReturnType<typeof generateQrKit>>;

const FILLED: StaffConfig = OTHER_STAFF;
/** This checkout's staff values with the placeholder appid: a sheet printed before configuring. */
const SAMPLE: StaffConfig = { ...staffConfig, appId: PLACEHOLDER_APPID };
const NOW = new Date(Date.UTC(2027, 7, 20, 2));
const PUNCTUATION = /[\s，。、：；！？“”‘’（）《》·,.:;!?()"'-]/u;

interface Measured {
  /** Each topic's lines, as the characters laid out on each line box. */
  topics: { code: string; lines: string[] }[];
  /** The title's two names (the college's, the app's), each as its line boxes. */
  titleNames: string[][];
  /** Everything drawn in a cell that reaches into its border, or overlaps the next part. */
  crossings: string[];
  /** Page height in mm as printed (print media). */
  heightMm: number;
  text: string;
}

/** Runs in the page: the line boxes of each topic and what crosses each cell's cut line. */
const MEASURE = `(() => {
  const px = 96 / 25.4;
  const linesOf = (element) => {
    const lines = [];
    let lastTop = null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (lastTop === null || Math.abs(rect.top - lastTop) > rect.height / 2) {
          lines.push('');
          lastTop = rect.top;
        }
        lines[lines.length - 1] += node.data[i];
      }
    }
    return lines;
  };
  const topics = [...document.querySelectorAll('.cell')].map((cell) => ({
    code: cell.dataset.code,
    lines: linesOf(cell.querySelector('.topic')),
  }));
  const titleNames = [...document.querySelectorAll('h1 .name')].map(linesOf);
  const crossings = [];
  for (const cell of document.querySelectorAll('.cell')) {
    const box = cell.getBoundingClientRect();
    const style = getComputedStyle(cell);
    const border = parseFloat(style.borderTopWidth);
    const parts = [...cell.children];
    parts.forEach((part, index) => {
      const r = part.getBoundingClientRect();
      if (r.top < box.top + border || r.bottom > box.bottom - border - 0.5 * px ||
          r.left < box.left + border || r.right > box.right - border) {
        crossings.push(cell.dataset.code + ': .' + part.getAttribute('class') + ' reaches the cut line');
      }
      const next = parts[index + 1];
      if (next && r.bottom > next.getBoundingClientRect().top + 0.5) {
        crossings.push(cell.dataset.code + ': .' + part.getAttribute('class') + ' runs into the next part');
      }
    });
  }
  return { topics, titleNames, crossings, heightMm: document.documentElement.scrollHeight / px, text: document.body.innerText };
})()`;

const run = chromiumAvailable() ? describe : describe.skip;

run('the printed QR sheet and booth poster', () => {
  let browser: Browser;
  let dir = '';
  let sample: Kit;
  let filled: Kit;
  const measured: Record<string, Measured> = {};

  async function measure(html: string): Promise<Measured> {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(html).href);
      await page.addStyleTag({ content: cjkFontCss() });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      // As printed: A4 less the page's 10 mm margins is 190 mm wide.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.round((190 * 96) / 25.4), height: 1000 });
      return await page.evaluate<Measured>(MEASURE);
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-kit-'));
    sample = await generateQrKit({
      outDir: path.join(dir, 'sample'),
      pdf: true,
      now: NOW,
      staff: SAMPLE,
    });
    filled = await generateQrKit({
      outDir: path.join(dir, 'filled'),
      pdf: false,
      now: NOW,
      staff: FILLED,
    });
    // A long app name beside the college's: the poster's big title needs two lines.
    const long = await generateQrKit({
      outDir: path.join(dir, 'long'),
      pdf: false,
      now: NOW,
      staff: { ...FILLED, appName: '川南应用技术职院新生学籍核对助手' },
    });
    browser = await chromium.launch(launchOptions(await findChromium()));
    for (const [name, html] of [
      ['sheet', sample.html],
      ['poster', sample.poster],
      ['filled sheet', filled.html],
      ['long poster', long.poster],
    ] as const) {
      measured[name] = await measure(html);
    }
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each(['sheet', 'poster'])('the %s: no topic ends on a lone character', (name) => {
    const topics = measured[name]?.topics ?? [];
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const last = Array.from(topic.lines[topic.lines.length - 1] ?? '').filter(
        (char) => !PUNCTUATION.test(char),
      );
      expect({ code: topic.code, lines: topic.lines, alone: last.length < 2 }).toEqual({
        code: topic.code,
        lines: topic.lines,
        alone: false,
      });
    }
  });

  test.each(['sheet', 'poster'])(
    'the %s: nothing crosses a cut line or runs into the next part',
    (name) => {
      expect(measured[name]?.crossings).toEqual([]);
    },
  );

  test.each(['sheet', 'poster', 'filled sheet', 'long poster'])(
    'the %s: the title breaks between the college’s name and the app’s, never inside one',
    (name) => {
      const names = measured[name]?.titleNames ?? [];
      expect(names).toHaveLength(2);
      for (const lines of names) expect(lines).toHaveLength(1);
    },
  );

  test('each page prints on one A4 sheet', () => {
    for (const pdf of [sample.pdf, sample.posterPdf]) {
      if (!pdf) throw new Error(sample.pdfMessage);
      const pages =
        fs
          .readFileSync(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect({ pdf: path.basename(pdf), pages: pages.length }).toEqual({
        pdf: path.basename(pdf),
        pages: 1,
      });
    }
  });

  test('the date and version are printed; a placeholder configuration is marked, a filled one is not', () => {
    for (const name of ['sheet', 'poster', 'filled sheet']) {
      expect(measured[name]?.text).toContain('2027-08-20');
      expect(measured[name]?.text).toContain(packageJson.version);
    }
    expect(sample.meta.sample).toBe(true);
    expect(measured.sheet?.text).toContain(SAMPLE_MARK);
    expect(measured.poster?.text).toContain(SAMPLE_MARK);
    expect(measured['filled sheet']?.text).not.toContain(SAMPLE_MARK);
    expect(measured['filled sheet']?.text).toContain(FILLED.qrLinkPrefix);
  });

  test('the poster: one big 从这里开始 code and 4 problems, the college’s menu ones first', () => {
    const poster = fs.readFileSync(sample.poster, 'utf8');
    expect(poster.match(/<svg class="qr"/g)).toHaveLength(1 + sample.posterCodes.problems.length);
    expect(measured.poster?.text).toContain(START_HERE_LABEL);
    expect(measured.poster?.topics.map((topic) => topic.code)).toEqual(sample.posterCodes.problems);
    for (const [kit, staff] of [
      [sample, SAMPLE],
      [filled, FILLED],
    ] as const) {
      const menu = staff.menu
        .flatMap((group) => group.items.map((item) => item.route))
        .filter((code) => /^p\d+$/.test(code));
      const home = PROBLEM_MOMENTS.flatMap((moment) => moment.ids.map((id) => `p${String(id)}`));
      const expected = [...new Set([...menu, ...home])].slice(0, 4);
      expect(kit.posterCodes.problems).toEqual(expected);
    }
  });
});

test('a --prefix the app would not recognise prints nothing; an http or www. variant of its own prints', async () => {
  const dir = path.join(os.tmpdir(), `print-kit-refused-${String(process.pid)}`);
  await expect(
    generateQrKit({
      outDir: dir,
      prefix: 'https://www.other-college.edu.cn/xueji/',
      pdf: false,
      staff: FILLED,
    }),
  ).rejects.toThrow(/not one the app recognises/);
  expect(fs.existsSync(dir)).toBe(false);
  try {
    const kit = await generateQrKit({
      outDir: dir,
      prefix: FILLED.qrLinkPrefix.replace('https://www.', 'http://'),
      pdf: false,
      staff: FILLED,
    });
    expect(kit.codes[0]?.url).toMatch(/^http:\/\/[^w][^/]*\/.*\?r=home$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
