import { CARD_CONTENT, REPLY_CARD_CONTENT } from '../../miniprogram/helper/content/assist';
import {
  STATIC_CARD_IMAGE,
  STATIC_GUIDE_IMAGE,
  STATIC_REPLY_IMAGE,
} from '../../miniprogram/core/share-card';
import { drawShareCard } from '../../miniprogram/helper/services/card-canvas';
import { canvas2d } from '../helpers/platform-fakes';
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
    expect(png.length).toBeLessThan(30 * 1024);
  },
);

test('a card drawn with another fallback falls back to it', async () => {
  wxControl.canvas = 'export-fails';
  await expect(drawShareCard(component, 'card', CARD_CONTENT, STATIC_REPLY_IMAGE)).resolves.toBe(
    STATIC_REPLY_IMAGE,
  );
});

test('the bundled image is what scripts/make-card-png.js draws (reproducible)', () => {
  const root = path.resolve(__dirname, '../..');
  const output = execFileSync(process.execPath, ['scripts/make-card-png.js', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(output).toContain('up to date');
});

// Some phones paint nothing on the off-screen canvas and still export a "successful" blank image:
// the card must then carry the bundled picture, read from one pixel of the title band.
test('a canvas that paints nothing but exports anyway gives the bundled image', async () => {
  canvas2d('blank');
  await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(STATIC_CARD_IMAGE);
  canvas2d('blank');
  await expect(
    drawShareCard(component, 'card', REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE),
  ).resolves.toBe(STATIC_REPLY_IMAGE);
});

test('a canvas that paints the title band gives the exported file', async () => {
  canvas2d('draws');
  await expect(drawShareCard(component, 'card', CARD_CONTENT)).resolves.toBe(MOCK_CARD_PATH);
  canvas2d('draws');
  await expect(
    drawShareCard(component, 'card', REPLY_CARD_CONTENT, STATIC_REPLY_IMAGE),
  ).resolves.toBe(MOCK_CARD_PATH);
});
