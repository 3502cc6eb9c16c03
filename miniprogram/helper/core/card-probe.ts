// Whether a drawn share card really holds the picture: some phones (an off-screen Canvas 2D on
// Android, HarmonyOS) draw nothing and still export "successfully" a blank image. One pixel of the
// title band, where no text is drawn, must have the band's colour; else the bundled PNG is used.
import type { CardLayout } from './card-layout';

/** What this check needs of a Canvas 2D context (getImageData reads device pixels). */
export interface PixelReader {
  getImageData?(x: number, y: number, width: number, height: number): { data: ArrayLike<number> };
}

/** Per-channel slack for colour management and antialiasing. */
const TOLERANCE = 24;

function rgb(hex: string): readonly [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return undefined;
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** The point (in layout px) and colour to probe: inside the title band, right of any text. */
export function titleBandProbe(
  layout: CardLayout,
): { x: number; y: number; color: readonly [number, number, number] } | undefined {
  // The band is the first rectangle that is not the whole-card background.
  const band = layout.ops.find(
    (op) => op.kind === 'rect' && !(op.width === layout.width && op.height === layout.height),
  );
  if (!band || band.kind !== 'rect' || band.height < 4) return undefined;
  const color = rgb(band.color);
  if (!color) return undefined;
  return { x: band.x + band.width - 2, y: band.y + 2, color };
}

/**
 * True when the band pixel has the band's colour, or when it cannot be read at all (an old
 * client without getImageData: nothing tells a blank export apart there).
 */
export function cardLooksDrawn(context: PixelReader, layout: CardLayout, ratio: number): boolean {
  const probe = titleBandProbe(layout);
  if (!probe || typeof context.getImageData !== 'function') return true;
  let data: ArrayLike<number>;
  try {
    data = context.getImageData(
      Math.floor(probe.x * ratio),
      Math.floor(probe.y * ratio),
      1,
      1,
    ).data;
  } catch {
    return false;
  }
  const alpha = data[3] ?? 0;
  if (alpha < 250) return false;
  return probe.color.every(
    (channel, index) => Math.abs((data[index] ?? -999) - channel) <= TOLERANCE,
  );
}
