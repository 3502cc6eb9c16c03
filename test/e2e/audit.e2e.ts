// The rendered-page audit (helpers/audit.ts) over every screen (helpers/audit-screens.ts), in
// light and dark, at 320×568 and 375×667, at WeChat root font sizes 16 (Android's standard),
// 17 (iOS's) and 27 px (the largest): contrast, sideways overflow, clipped buttons and chips,
// tap targets and their names. A failure names the screen, theme, size, font and the text.
// The fixture page in test/e2e/fixture-app shows that each kind of fault is caught.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { audit, type AuditResult, type ContrastSample, type Finding } from './helpers/audit';
import { auditScreens } from './helpers/audit-screens';
import {
  ARTIFACTS,
  closeSharedBrowser,
  PHONE,
  PreviewApp,
  SMALL_PHONE,
  type Viewport,
} from './helpers/app';

const THEMES = ['light', 'dark'] as const;
const SIZES: Viewport[] = [SMALL_PHONE, PHONE];
const FONTS = [16, 17, 27];

interface Totals {
  combinations: number;
  screens: number;
  textNodes: number;
  tappables: number;
  worst: (ContrastSample & { where: string }) | undefined;
}
const totals: Totals = {
  combinations: 0,
  screens: 0,
  textNodes: 0,
  tappables: 0,
  worst: undefined,
};

afterAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'audit.json'), `${JSON.stringify(totals, null, 2)}\n`);
  await closeSharedBrowser();
});

describe('the audit catches each fault on the fixture page', () => {
  let found: Finding[] = [];
  beforeAll(async () => {
    const app = await PreviewApp.create(SMALL_PHONE, 'fixture');
    try {
      await app.openApp({ path: 'pages/audit/index' });
      found = (await audit(app.page)).findings;
    } finally {
      await app.close();
    }
  });
  const kindsOf = (text: string) =>
    found.filter((finding) => finding.text.includes(text)).map((finding) => finding.kind);

  test('a low-contrast text', () => {
    expect(kindsOf('这行字颜色太浅')).toEqual(['contrast']);
    const faint = found.find((finding) => finding.text.includes('这行字颜色太浅'));
    // #b8b8b8 on white is 1.98:1.
    expect(faint?.detail).toMatch(/^1\.9\d:1 < 4\.5:1/);
  });
  test('a URL that runs off the screen', () => {
    expect(kindsOf('https://www.chsi.com.cn/xlcx/along')).toContain('overflow');
    expect(found.some((finding) => finding.text === '(page)' && finding.kind === 'overflow')).toBe(
      true,
    );
  });
  test('a clipped button label', () => {
    expect(kindsOf('这个按钮的文字太长被裁掉了')).toEqual(['clipped']);
  });
  test('a small tap target, and a tappable without a name', () => {
    expect(kindsOf('小')).toEqual(['target']);
    expect(found.filter((finding) => finding.kind === 'name')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('unnamed-icon') as unknown }),
    ]);
  });
  test('a chip broken across lines', () => {
    expect(kindsOf('请求被取消了')).toEqual(['split']);
  });
  test('and nothing about the passing versions of the same elements', () => {
    for (const text of [
      '这行字对比度足够',
      'longer/path/that/wraps',
      '大小合适的按钮',
      '怎么做',
      '关闭',
      '证件号码已注册',
    ]) {
      expect({ text, kinds: kindsOf(text) }).toEqual({ text, kinds: [] });
    }
    expect(found.filter((finding) => finding.text.includes('good'))).toEqual([]);
  });
});

const combinations = THEMES.flatMap((theme) =>
  SIZES.flatMap((size) => FONTS.map((font) => ({ theme, size, font }))),
);

describe('every screen passes the audit', () => {
  test.each(combinations)(
    '$theme, $size.width×$size.height, root font $font px',
    async ({ theme, size, font }) => {
      const app = await PreviewApp.create(size, 'main', { colorScheme: theme });
      const where = `${theme} ${size.width}×${size.height} ${font}px`;
      const failures: string[] = [];
      try {
        await app.openApp({ font });
        expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const screens = auditScreens();
        for (const screen of screens) {
          await app.relaunch(screen.path, screen.query, screen.lands);
          if (screen.prepare) await screen.prepare(app);
          const result: AuditResult = await audit(app.page);
          totals.screens += 1;
          totals.textNodes += result.textNodes;
          totals.tappables += result.tappables;
          if (result.worst && (!totals.worst || result.worst.ratio < totals.worst.ratio)) {
            totals.worst = { ...result.worst, where: `${screen.name} ${where}` };
          }
          expect({ screen: screen.name, texts: result.textNodes > 0 }).toEqual({
            screen: screen.name,
            texts: true,
          });
          failures.push(
            ...result.findings.map(
              (finding: Finding) =>
                `${screen.name} · ${where} · ${finding.kind} · “${finding.text}” · ${finding.detail}`,
            ),
          );
        }
        totals.combinations += 1;
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
      expect(failures).toEqual([]);
    },
  );
});
