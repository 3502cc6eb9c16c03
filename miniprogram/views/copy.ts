// Render-ready copy chips: what each chip shows and copies. Apart from guide/views/blocks.ts so that
// home, which only copies the address, does not load the drawn screens.
import { COPY_VALUES } from '../content/copy-values';
import type { CopyValueId } from '../content/types';

export interface CopyChipView {
  readonly id: CopyValueId;
  readonly label: string;
  readonly value: string;
}

export function copyChipViews(values: readonly CopyValueId[]): readonly CopyChipView[] {
  return values.map((id) => ({ id, label: COPY_VALUES[id].label, value: COPY_VALUES[id].value }));
}
