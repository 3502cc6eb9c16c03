// The preview's fonts draw every character the app shows: each non-ASCII character on every
// screen, and in every template, is drawn in the page's font and compared with the box a missing
// glyph gets (an unassigned code point) and with nothing at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PreviewApp } from '../helpers/app';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

const MINIPROGRAM = path.resolve(__dirname, '../../../miniprogram');

/** Non-ASCII characters written in the app's own templates (literal text, e.g. ▸ ▾). */
function templateCharacters(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'miniprogram_npm') continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.wxml')) {
        for (const char of fs.readFileSync(file, 'utf8')) if (char > '\u007f') found.add(char);
      }
    }
  };
  walk(MINIPROGRAM);
  return [...found];
}

test('every character the app shows is drawn with a glyph, not a box', async () => {
  const app = await PreviewApp.create();
  await app.openApp();
  const shown = new Set(templateCharacters());
  for (const screen of previewScreens()) {
    await app.relaunch(screen.path, screen.query, screen.lands);
    for (const char of await app.readText()) if (char > '\u007f') shown.add(char);
  }
  expect(shown.size).toBeGreaterThan(100);
  for (const symbol of ['▸', '▾']) expect(shown.has(symbol)).toBe(true);
  await app.page.evaluate(() => document.fonts.ready);
  const boxes = await app.page.evaluate(
    async (characters) => {
      const sample = document.querySelector('.preview-page:not([hidden]) wx-view') ?? document.body;
      const family = getComputedStyle(sample).fontFamily;
      // Web fonts load by unicode-range only when asked: ask for each character first.
      await Promise.all(characters.map((char) => document.fonts.load(`32px ${family}`, char)));
      const draw = (char: string): string => {
        const canvas = document.createElement('canvas');
        canvas.width = 48;
        canvas.height = 48;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.font = `32px ${family}`;
        context.fillText(char, 4, 38);
        return canvas.toDataURL();
      };
      const tofu = draw('\u{0378}');
      const blank = draw(' ');
      return characters.filter((char) => {
        const drawn = draw(char);
        return drawn === tofu || (drawn === blank && char.trim() !== '');
      });
    },
    [...shown],
  );
  expect(boxes.map((char) => `${char} U+${char.codePointAt(0)?.toString(16)}`)).toEqual([]);
  expect(app.errors).toEqual([]);
});
