// The pixel that tells a drawn card from a blank export: inside the title band, clear of the title
// text whatever the phone's font measures, and read at the canvas's pixel ratio.
import { layoutCard, type MeasureText } from '../../miniprogram/helper/core/card-layout';
import { cardLooksDrawn, titleBandProbe } from '../../miniprogram/helper/core/card-probe';
import { CARD_CONTENT, REPLY_CARD_CONTENT } from '../../miniprogram/helper/content/assist';

const MEASURES: readonly (readonly [string, MeasureText])[] = [
  ['1 em a character', (text, size) => Array.from(text).length * size],
  ['wide (1.2 em)', (text, size) => Array.from(text).length * size * 1.2],
  ['narrow (0.6 em)', (text, size) => Array.from(text).length * size * 0.6],
];

test.each(MEASURES)(
  'with a font measuring %s the probe sits in the band, clear of text',
  (_name, measure) => {
    for (const content of [CARD_CONTENT, REPLY_CARD_CONTENT]) {
      const layout = layoutCard(content, measure);
      const probe = titleBandProbe(layout);
      if (!probe) throw new Error('no probe');
      const band = layout.ops[1];
      if (band?.kind !== 'rect') throw new Error('no band');
      expect(probe.x).toBeGreaterThanOrEqual(band.x);
      expect(probe.x).toBeLessThan(band.x + band.width);
      expect(probe.y).toBeLessThan(band.y + band.height);
      for (const op of layout.ops) {
        if (op.kind !== 'text') continue;
        const left = op.align === 'center' ? op.x - measure(op.text, op.size) / 2 : op.x;
        const inside =
          probe.x >= left &&
          probe.x <= left + measure(op.text, op.size) &&
          probe.y >= op.y &&
          probe.y <= op.y + op.size;
        expect({ text: op.text, inside }).toEqual({ text: op.text, inside: false });
      }
    }
  },
);

test('the band colour reads as drawn; transparent, white or another colour does not', () => {
  const layout = layoutCard(CARD_CONTENT, (text, size) => Array.from(text).length * size);
  const probe = titleBandProbe(layout);
  if (!probe) throw new Error('no probe');
  const read: { x: number; y: number }[] = [];
  const reader = (pixel: number[]) => ({
    getImageData: (x: number, y: number) => {
      read.push({ x, y });
      return { data: pixel };
    },
  });
  expect(cardLooksDrawn(reader([...probe.color, 255]), layout, 3)).toBe(true);
  expect(read[0]).toEqual({ x: Math.floor(probe.x * 3), y: Math.floor(probe.y * 3) });
  expect(
    cardLooksDrawn(
      reader([probe.color[0] + 10, probe.color[1] - 10, probe.color[2], 255]),
      layout,
      2,
    ),
  ).toBe(true);
  expect(cardLooksDrawn(reader([0, 0, 0, 0]), layout, 2)).toBe(false);
  expect(cardLooksDrawn(reader([255, 255, 255, 255]), layout, 2)).toBe(false);
  expect(cardLooksDrawn(reader([0, 0, 0, 255]), layout, 2)).toBe(false);
  expect(cardLooksDrawn(reader([...probe.color, 100]), layout, 2)).toBe(false);
  const throwing = {
    getImageData: () => {
      throw new Error('getImageData:fail');
    },
  };
  expect(cardLooksDrawn(throwing, layout, 2)).toBe(false);
  // A client without getImageData cannot tell: the export goes ahead as before.
  expect(cardLooksDrawn({}, layout, 2)).toBe(true);
});
