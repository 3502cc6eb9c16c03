import { CARD_CONTENT, REPLY_CARD_CONTENT } from '../../miniprogram/helper/content/assist';
import {
  STATIC_CARD_IMAGE,
  STATIC_GUIDE_IMAGE,
  STATIC_REPLY_IMAGE,
} from '../../miniprogram/core/share-card';
import { drawShareCard } from '../../miniprogram/helper/services/card-canvas';
import { PNG } from 'pngjs';
import { layoutCard } from '../../miniprogram/helper/core/card-layout';
import { titleBandProbe } from '../../miniprogram/helper/core/card-probe';
import { CARDS, SCALE, fingerprint, staleCards } from '../../scripts/make-card-png';
import { MOCK_CARD_PATH, wxControl } from '../helpers/wx-mock';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const component = {} as WechatMiniprogram.Component.TrivialInstance;

beforeEach(() => {
  wxControl.reset();
});

test('a working canvas draws the layout and gives the exported file', async () => {
  wxControl.canvas = 'working';
  await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(MOCK_CARD_PATH);
  expect(wxControl.canvasCalls[0]).toBe('scale(2,2)');
  const drawn = wxControl.canvasCalls.filter((call) => call.startsWith('fillText'));
  expect(drawn.join('')).toContain('点击“是”');
  expect(wxControl.canvasCalls.filter((call) => call.startsWith('arc'))).toHaveLength(4);
});

test.each([['missing'], ['export-fails']] as const)(
  'when the canvas is %s the bundled image is used',
  async (mode) => {
    wxControl.canvas = mode;
    await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
  },
);

test.each([[STATIC_CARD_IMAGE], [STATIC_REPLY_IMAGE], [STATIC_GUIDE_IMAGE]])(
  'the bundled image %s exists, is a 5:4 PNG and stays small',
  (image) => {
    const file = path.resolve(__dirname, '../../miniprogram', image.slice(1));
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16) / png.readUInt32BE(20)).toBe(5 / 4);
    expect(png.length).toBeLessThan(6 * 1024);
  },
);

test('a card drawn with another fallback falls back to it', async () => {
  wxControl.canvas = 'export-fails';
  await expect(drawShareCard(component, 'card', CARD_CONTENT, STATIC_REPLY_IMAGE)).resolves.toBe(
    STATIC_REPLY_IMAGE,
  );
});

// The bundled pictures are the canvas card's own layout drawn by Chromium (scripts/make-card-png.js);
// each records the layout it came from, so a changed card text or layout fails here until redrawn.
test('the bundled images are drawn from the current card layouts', () => {
  const root = path.resolve(__dirname, '../..');
  const output = execFileSync(process.execPath, ['scripts/make-card-png.js', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(output).toContain('3 up to date');
  expect(staleCards()).toEqual([]);
  const edited = { ...CARD_CONTENT, title: `${CARD_CONTENT.title}！` };
  expect(fingerprint(edited)).not.toBe(fingerprint(CARD_CONTENT));
});

test.each(CARDS.map((card) => [card.file, card] as const))(
  '%s: a small indexed PNG of the layout’s own colours, its title band in the band colour',
  (file, card) => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '../../miniprogram', file));
    // Colour type 3 (indexed), at most 4 bits a pixel: every byte counts in the app's budget.
    expect(bytes.readUInt8(25)).toBe(3);
    expect(bytes.readUInt8(24)).toBeLessThanOrEqual(4);
    expect(bytes.length).toBeLessThan(6 * 1024);
    const png = PNG.sync.read(bytes);
    const layout = layoutCard(card.content, (text, size) => Array.from(text).length * size);
    const probe = titleBandProbe(layout);
    if (!probe) throw new Error('no title band');
    const at = (Math.floor(probe.y * SCALE) * png.width + Math.floor(probe.x * SCALE)) * 4;
    expect(Array.from(png.data.subarray(at, at + 3))).toEqual([...probe.color]);
    // No colour the layout does not use: no banner of another brand's colours.
    const used = new Set(layout.ops.map((op) => op.color.toLowerCase()));
    for (let pixel = 0; pixel < png.data.length; pixel += 4 * 997) {
      const hex = `#${Array.from(png.data.subarray(pixel, pixel + 3), (v) => v.toString(16).padStart(2, '0')).join('')}`;
      expect(used).toContain(hex);
    }
  },
);

// Some phones paint nothing on the off-screen canvas and still export a "successful" blank image:
// the card must then carry the bundled picture, read from one pixel of the title band.
test('a canvas that paints nothing but exports anyway gives the bundled image', async () => {
  wxControl.canvas = 'blank';
  await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
  wxControl.canvas = 'blank';
  await expect(
    drawShareCard(component, 'card', REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE),
  ).resolves.toBe(STATIC_REPLY_IMAGE);
});

test('a canvas that paints the title band gives the exported file', async () => {
  wxControl.canvas = 'working';
  await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(MOCK_CARD_PATH);
  wxControl.canvas = 'working';
  await expect(
    drawShareCard(component, 'card', REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE),
  ).resolves.toBe(MOCK_CARD_PATH);
});
