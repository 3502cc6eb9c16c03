// The privacy page's view: the stored-data section built from STORED_DATA (one line per key, then
// the backup note), followed by the fixed sections of content/privacy.ts.
import { MADE_BY_LINE } from '../content/app-shell';
import {
  BACKUP_NOTE,
  PRIVACY_TEXT,
  STORED_DATA,
  storedLine,
  type PrivacySection,
  type StoredData,
} from '../content/privacy';

export interface PrivacyView {
  readonly summary: string;
  /** Who made the app; not CHSI. */
  readonly madeBy: string;
  readonly sections: readonly PrivacySection[];
}

export function privacyView(stored: readonly StoredData[] = STORED_DATA): PrivacyView {
  const storedLines =
    stored.length === 0 ? [PRIVACY_TEXT.nothingStored] : [...stored.map(storedLine), BACKUP_NOTE];
  return {
    summary: PRIVACY_TEXT.summary,
    madeBy: MADE_BY_LINE,
    sections: [
      { key: 'stored', title: PRIVACY_TEXT.storedTitle, lines: storedLines },
      ...PRIVACY_TEXT.sections,
    ],
  };
}
