// Every key the app keeps in wx storage with the parser that reads it back, for the fuzz test
// (which feeds each parser corrupt data). test/hardening/privacy-scan.test.ts checks this list
// against the privacy page's STORED_DATA and against what the app really reads and writes.
import {
  ASSIST_SCHEMA_VERSION,
  parseAssistState,
} from '../../miniprogram/helper/core/assist-requests';
import { ASSIST_STORAGE_KEY } from '../../miniprogram/helper/stores/assist-store';
import {
  parseProgress,
  PROGRESS_KEY,
  PROGRESS_VERSION,
} from '../../miniprogram/stores/progress-store';

export interface StoredReader {
  readonly key: string;
  readonly version: number;
  readonly parse: (data: unknown) => unknown;
}

export const STORED_READERS: readonly StoredReader[] = [
  { key: ASSIST_STORAGE_KEY, version: ASSIST_SCHEMA_VERSION, parse: parseAssistState },
  { key: PROGRESS_KEY, version: PROGRESS_VERSION, parse: parseProgress },
];
