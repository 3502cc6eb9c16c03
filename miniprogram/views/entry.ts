// Where the entry page goes for an arrival: the app's route table, registered QR prefixes and
// page URLs bound to the pure parser and planner of core/entry.ts.
import { HOME_START_URL, homeNoticeUrl, type HomeNoticeCode } from '../content/home-arrival';
import { PAGES } from '../core/page-paths';
import { isRouteCode, routeUrl } from '../content/routes';
import { staffConfig } from '../content/staff-config';
import {
  parseEntry,
  planEntry,
  type EntryError,
  type EntryInput,
  type EntryOptions,
  type EntryPlan,
  type EntryUrls,
} from '../core/entry';

export const ENTRY_OPTIONS: EntryOptions = {
  prefixes: [staffConfig.qrLinkPrefix, ...staffConfig.previousQrLinkPrefixes],
  isRouteCode,
};

/** A code the table does not have says so; anything else unusable is a bad link. */
export function noticeFor(error: EntryError): HomeNoticeCode {
  return error === 'unknown-code' ? 'unknown-link' : 'bad-link';
}

export const ENTRY_URLS: EntryUrls = {
  home: PAGES.home,
  homeStart: HOME_START_URL,
  notice: (error) => homeNoticeUrl(noticeFor(error)),
  route: routeUrl,
};

/** Where entry ends when its target cannot be opened at all: home (main package) with a notice. */
export const ENTRY_FALLBACK_URL = homeNoticeUrl('not-opened');

/** The entry page's plan for how it was opened. */
export function entryPlan(input: EntryInput): EntryPlan {
  return planEntry(parseEntry(input, ENTRY_OPTIONS), ENTRY_URLS);
}
