// The classmate-assist requests a student has sent on CHSI, as pure state transitions: record a
// request (at most DAILY_LIMIT per Beijing day, as CHSI allows), count what is left today, mark one done,
// and parse what storage returns. Nothing here reads the clock: callers pass `now`.
import { beijingDayKey, isDayKey } from '../../core/beijing-day';
import type { DayKey } from '../../core/beijing-day';
import { DAILY_LIMIT } from '../../core/daily-limit';
import { err, ok, type Result } from '../../core/result';
import { maskName, REQUEST_ID_PATTERN, sanitizeLabel } from '../../core/assist-label';

export {
  LABEL_MAX_LENGTH,
  maskName,
  REQUEST_ID_PATTERN,
  sanitizeLabel,
} from '../../core/assist-label';
/** Kept so the list and storage stay small; the oldest requests drop off first. */
export const HISTORY_MAX = 60;
/** Stored-data schema version for services/storage.ts. */
export const ASSIST_SCHEMA_VERSION = 1;
/**
 * A clock that goes back by up to this much (a time sync, a zone change, a hand-set clock) is
 * not believed: requests keep counting against the latest day already recorded, so setting the
 * clock back cannot reopen today's quota. A larger jump means the earlier stamps were the wrong
 * ones (the phone's clock had been set ahead), so the phone's clock is trusted again.
 */
export const MAX_BACKWARD_MS = 24 * 60 * 60 * 1000;

/** 已申请 (recorded here) → 已发卡片 (the card went to the classmate) → 同学已完成 (reply card). */
export type AssistStatus = 'sent' | 'card-sent' | 'done';

export interface AssistRequest {
  /** Random, [a-z0-9]{8}: travels in the share card and the reply card. */
  readonly id: string;
  /** Who was asked, as the student wants to see it in the history; '' when not given. */
  readonly classmateLabel: string;
  readonly day: DayKey;
  readonly createdAt: number;
  readonly status: AssistStatus;
  /**
   * Deleted by the student (a mistaken tap): hidden from the history, but still counted for its
   * day, so deleting never gives the day's quota back. Absent in data stored before deletion.
   */
  readonly deleted: boolean;
}

export interface AssistState {
  /** Oldest first. */
  readonly requests: readonly AssistRequest[];
  /** The requester's own name as shown on cards, already masked (张*); '' for none. */
  readonly requesterMask: string;
  /**
   * Requests the student says she sent on CHSI that day without recording them here (the page
   * cannot see CHSI's count); counted with the day's records. Absent in older data.
   */
  readonly elsewhere?: { readonly day: DayKey; readonly count: number };
}

export const EMPTY_ASSIST_STATE: AssistState = { requests: [], requesterMask: '' };

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A fresh request id from a [0, 1) random source. */
export function newRequestId(random: () => number): string {
  let id = '';
  for (let index = 0; index < 8; index += 1) {
    const pick = Math.floor(random() * ID_ALPHABET.length);
    id += ID_ALPHABET.charAt(Math.min(Math.max(pick, 0), ID_ALPHABET.length - 1));
  }
  return id;
}

/** The time requests are counted at: see MAX_BACKWARD_MS for a clock that moved back. */
export function effectiveNow(state: AssistState, now: number): number {
  const latest = state.requests.reduce((max, request) => Math.max(max, request.createdAt), 0);
  if (now >= latest) return now;
  return latest - now <= MAX_BACKWARD_MS ? latest : now;
}

/** The Beijing day requests are counted on now (see effectiveNow): the history's （今天）. */
export function countingDay(state: AssistState, now: number): DayKey {
  return beijingDayKey(effectiveNow(state, now));
}

export function requestsOnDay(state: AssistState, day: DayKey): readonly AssistRequest[] {
  return state.requests.filter((request) => request.day === day);
}

/** Sent on CHSI today but not recorded here, as the student said (0 on another day). */
export function elsewhereToday(state: AssistState, now: number): number {
  return state.elsewhere?.day === countingDay(state, now) ? state.elsewhere.count : 0;
}

export function sentToday(state: AssistState, now: number): number {
  return requestsOnDay(state, countingDay(state, now)).length + elsewhereToday(state, now);
}

/** Sets today's count of requests sent on CHSI without a record here (0…DAILY_LIMIT). */
export function setElsewhere(state: AssistState, now: number, count: number): AssistState {
  const clamped = Math.min(DAILY_LIMIT, Math.max(0, Math.floor(count)));
  return { ...state, elsewhere: { day: countingDay(state, now), count: clamped } };
}

export function remainingToday(state: AssistState, now: number): number {
  return Math.max(0, DAILY_LIMIT - sentToday(state, now));
}

export interface Recorded {
  readonly state: AssistState;
  readonly request: AssistRequest;
}

/** Today's requests are used up (the page says so in its own words). */
export interface LimitReached {
  readonly kind: 'limit';
}

export type RecordResult = Result<Recorded, LimitReached>;

/** Records that the student sent one more request on CHSI; the sixth of a Beijing day is refused. */
export function recordRequest(
  state: AssistState,
  input: { readonly now: number; readonly label: unknown; readonly id: string },
): RecordResult {
  const at = effectiveNow(state, input.now);
  if (sentToday(state, input.now) >= DAILY_LIMIT) {
    return err({ kind: 'limit' });
  }
  const request: AssistRequest = {
    id: input.id,
    classmateLabel: sanitizeLabel(input.label),
    day: beijingDayKey(at),
    createdAt: at,
    status: 'sent',
    deleted: false,
  };
  const requests = [...state.requests, request].slice(-HISTORY_MAX);
  return ok({ state: { ...state, requests }, request });
}

export interface MarkedDone {
  readonly state: AssistState;
  readonly request: AssistRequest;
  /** False when the request was already done: nothing changed, nothing to save. */
  readonly changed: boolean;
}

/** 'unknown': no request with that id on this phone. */
export type MarkDoneResult = Result<MarkedDone, 'unknown'>;

function replaceRequest(state: AssistState, request: AssistRequest): AssistState {
  const requests = state.requests.map((candidate) =>
    candidate.id === request.id ? request : candidate,
  );
  return { ...state, requests };
}

/** The classmate's reply card arrived: that request is 同学已完成. */
export function markDone(state: AssistState, id: string): MarkDoneResult {
  const found = state.requests.find((request) => request.id === id);
  if (!found) return err('unknown');
  if (found.status === 'done') return ok({ state, request: found, changed: false });
  const request: AssistRequest = { ...found, status: 'done' };
  return ok({ state: replaceRequest(state, request), request, changed: true });
}

/** The student sent this request's card: 已申请 becomes 已发卡片 (a later state is kept). */
export function markCardSent(state: AssistState, id: string): AssistState | undefined {
  const found = state.requests.find((request) => request.id === id);
  if (!found || found.status !== 'sent') return undefined;
  return replaceRequest(state, { ...found, status: 'card-sent' });
}

/**
 * Removes a request from the history (a mistaken tap). It stays counted for its day: CHSI keeps
 * its own count, and giving the quota back could let the student go past CHSI's limit.
 */
export function deleteRequest(state: AssistState, id: string): AssistState | undefined {
  const found = state.requests.find((request) => request.id === id);
  if (!found || found.deleted) return undefined;
  return replaceRequest(state, { ...found, deleted: true });
}

export function findRequest(state: AssistState, id: string): AssistRequest | undefined {
  return state.requests.find((request) => request.id === id);
}

function parseRequest(data: unknown): AssistRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { id, classmateLabel, day, createdAt, status, deleted } = data as Record<string, unknown>;
  if (typeof id !== 'string' || !REQUEST_ID_PATTERN.test(id)) return undefined;
  if (typeof classmateLabel !== 'string' || sanitizeLabel(classmateLabel) !== classmateLabel) {
    return undefined;
  }
  if (typeof day !== 'string' || !isDayKey(day)) return undefined;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return undefined;
  if (status !== 'sent' && status !== 'card-sent' && status !== 'done') return undefined;
  if (deleted !== undefined && typeof deleted !== 'boolean') return undefined;
  return { id, classmateLabel, day, createdAt, status, deleted: deleted === true };
}

/** Checks stored data (the envelope's payload); undefined when anything is off. */
export function parseAssistState(data: unknown): AssistState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { requests, requesterMask, elsewhere } = data as Record<string, unknown>;
  if (!Array.isArray(requests) || requests.length > HISTORY_MAX) return undefined;
  if (typeof requesterMask !== 'string' || maskName(requesterMask) !== requesterMask) {
    return undefined;
  }
  const parsed: AssistRequest[] = [];
  for (const item of requests) {
    const request = parseRequest(item);
    if (!request) return undefined;
    parsed.push(request);
  }
  const other = parseElsewhere(elsewhere);
  return other
    ? { requests: parsed, requesterMask, elsewhere: other }
    : { requests: parsed, requesterMask };
}

/** A malformed count is dropped (the records stay): it is only the student's own estimate. */
function parseElsewhere(data: unknown): AssistState['elsewhere'] {
  if (typeof data !== 'object' || data === null) return undefined;
  const { day, count } = data as Record<string, unknown>;
  if (typeof day !== 'string' || !isDayKey(day)) return undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > DAILY_LIMIT)
    return undefined;
  return { day, count };
}
