// The rendered-page audit (helpers/audit.ts) over every screen (helpers/audit-screens.ts), in
// light and dark, at 320×568 and 375×667, at WeChat root font sizes 16 (Android's standard),
// 17 (iOS's) and 27 px (the largest): contrast, sideways overflow, clipped buttons and chips,
// tap targets and their names. A failure names the screen, theme, size, font and the text.
// test/e2e/preview/audit-tool.e2e.ts shows that each kind of fault is caught.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { audit, type AuditResult, type ContrastSample, type Finding } from '../helpers/audit';
import { auditScreens } from '../helpers/audit-screens';
import { ARTIFACTS, PHONE, PreviewApp, SMALL_PHONE, type Viewport } from '../helpers/app';

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

afterAll(() => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'audit.json'), `${JSON.stringify(totals, null, 2)}\n`);
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
