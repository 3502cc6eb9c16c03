// The classmate-assist requests as a MobX store: one instance, persisted through the storage
// service. The clock and the id generator are constructor arguments; the app's instance uses
// the phone's clock and random ids.
import { makeAutoObservable } from 'mobx-miniprogram';
import { beijingTimeText, durationText, msUntilNextBeijingMidnight } from '../../core/beijing-day';
import {
  ASSIST_SCHEMA_VERSION,
  EMPTY_ASSIST_STATE,
  countingDay,
  deleteRequest,
  effectiveNow,
  elsewhereToday,
  findRequest,
  markCardSent,
  markDone,
  maskName,
  newRequestId,
  parseAssistState,
  recordRequest,
  remainingToday,
  setElsewhere,
  type AssistRequest,
  type AssistState,
  type MarkDoneResult,
  type RecordResult,
} from '../core/assist-requests';
import { DAILY_LIMIT } from '../../core/daily-limit';
import { RECORD_TEXT } from '../content/assist';
import { loadStored, saveStored } from '../../services/storage';

export const ASSIST_STORAGE_KEY = 'assist-requests';

export type Clock = () => number;
/** Returns a request id matching REQUEST_ID_PATTERN. */
export type IdGenerator = () => string;

function randomRequestId(): string {
  return newRequestId(Math.random);
}

/** One row of the history list, ready for WXML. */
export interface HistoryRow {
  readonly id: string;
  /** The label, with ② ③ … when several requests carry the same one. */
  readonly name: string;
  /** YYYY-MM-DD HH:MM, with （今天） on the day requests are counted on. */
  readonly day: string;
  readonly status: string;
  readonly statusKind: AssistRequest['status'];
  readonly done: boolean;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function ordinal(n: number): string {
  return CIRCLED.charAt(n - 1) || `(${n})`;
}

export class AssistStore {
  // Fields are set in the constructor, not as class fields: the app ships as ES2021, which iOS 14
  // runs (see docs/deploy.md, base library minimum); class fields need iOS 14.5.
  state: AssistState;
  /** The clock's reading when the store last looked; refreshed by every action and `tick`. */
  now: number;
  /** True when stored data could not be read and was set aside at the last load. */
  recovered: boolean;
  /**
   * True while what is on screen is not in storage yet (storage refused the last write, e.g.
   * full): the records stay in memory and on screen, and every later action tries again.
   */
  unsaved: boolean;
  private loaded: boolean;

  private readonly clock: Clock;
  private readonly newId: IdGenerator;

  constructor(clock: Clock = () => Date.now(), newId: IdGenerator = randomRequestId) {
    this.state = EMPTY_ASSIST_STATE;
    this.now = 0;
    this.recovered = false;
    this.unsaved = false;
    this.loaded = false;
    this.clock = clock;
    this.newId = newId;
    makeAutoObservable<AssistStore, 'clock' | 'newId' | 'persist' | 'loaded' | 'uniqueId'>(this, {
      loaded: false,
      clock: false,
      newId: false,
      persist: false,
      uniqueId: false,
    });
  }

  /** Reads storage the first time a page needs the requests. */
  ensureLoaded(): void {
    if (!this.loaded) this.load();
  }

  /**
   * Reads the stored requests (corrupt data is set aside by the storage service). While records
   * are unsaved, storage is older than what is on screen: keep the records and try to save again.
   */
  load(): void {
    if (this.unsaved) {
      this.retrySave();
      return;
    }
    this.loaded = true;
    const loaded = loadStored(
      ASSIST_STORAGE_KEY,
      ASSIST_SCHEMA_VERSION,
      parseAssistState,
      () => EMPTY_ASSIST_STATE,
    );
    this.state = loaded.value;
    this.recovered = loaded.recovered;
    this.now = this.clock();
  }

  tick(): void {
    this.now = this.clock();
  }

  /** Tries again to save what is on screen; true once it is in storage. */
  retrySave(): boolean {
    this.now = this.clock();
    if (this.unsaved) this.persist(this.state);
    return !this.unsaved;
  }

  get remaining(): number {
    return remainingToday(this.state, this.now);
  }

  /** Sent on CHSI today without a record here, as the student said. */
  get elsewhere(): number {
    return elsewhereToday(this.state, this.now);
  }

  /** The student corrects how many she sent on CHSI today without recording them here. */
  changeElsewhere(delta: number): void {
    this.now = this.clock();
    const state = setElsewhere(this.state, this.now, elsewhereToday(this.state, this.now) + delta);
    this.state = state;
    this.persist(state);
  }

  get counterText(): string {
    return RECORD_TEXT.counter(DAILY_LIMIT - this.remaining);
  }

  /** One slot per daily request, true when used today (the ●●○○○ meter). */
  get meter(): readonly boolean[] {
    const used = DAILY_LIMIT - this.remaining;
    return Array.from({ length: DAILY_LIMIT }, (_, index) => index < used);
  }

  get limitReached(): boolean {
    return this.remaining === 0;
  }

  /** When today's quota is used: when this page counts again (its own rule; CHSI's page decides on CHSI). */
  get nextRecordText(): string {
    if (!this.limitReached) return '';
    const wait = durationText(msUntilNextBeijingMidnight(effectiveNow(this.state, this.now)));
    return RECORD_TEXT.nextRecord(wait);
  }

  get requesterMask(): string {
    return this.state.requesterMask;
  }

  /**
   * Newest first, deleted ones left out. （今天） marks the day requests are counted on, so it
   * agrees with the counter even after the phone's clock went back.
   */
  get history(): readonly HistoryRow[] {
    const today = countingDay(this.state, this.now);
    const shown = this.state.requests.filter((request) => !request.deleted);
    const sameLabel = new Map<string, number>();
    for (const request of shown) {
      sameLabel.set(request.classmateLabel, (sameLabel.get(request.classmateLabel) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    const rows = shown.map((request): HistoryRow => {
      const label = request.classmateLabel || RECORD_TEXT.unnamed;
      const position = (seen.get(request.classmateLabel) ?? 0) + 1;
      seen.set(request.classmateLabel, position);
      const repeated = (sameLabel.get(request.classmateLabel) ?? 0) > 1;
      const time = beijingTimeText(request.createdAt);
      return {
        id: request.id,
        name: repeated ? `${label} ${ordinal(position)}` : label,
        day: `${request.day} ${time}${request.day === today ? RECORD_TEXT.today : ''}`,
        status: RECORD_TEXT.status[request.status],
        statusKind: request.status,
        done: request.status === 'done',
      };
    });
    return rows.reverse();
  }

  record(label: unknown): RecordResult {
    this.now = this.clock();
    const result = recordRequest(this.state, {
      now: this.now,
      label,
      id: this.uniqueId(),
    });
    if (result.ok) this.persist(result.value.state);
    return result;
  }

  markDone(id: string): MarkDoneResult {
    this.now = this.clock();
    const result = markDone(this.state, id);
    if (result.ok && result.value.changed) this.persist(result.value.state);
    return result;
  }

  /** The student shared this request's card: 已申请 → 已发卡片. */
  markCardSent(id: string): void {
    this.now = this.clock();
    const state = markCardSent(this.state, id);
    if (state) this.persist(state);
  }

  /** Hides a request from the history; today's count stays as it was. */
  deleteRequest(id: string): boolean {
    this.now = this.clock();
    const state = deleteRequest(this.state, id);
    if (!state) return false;
    this.persist(state);
    return true;
  }

  /** Keeps only the masked form (张*) of what the student typed; '' clears it. */
  setRequesterName(input: unknown): void {
    this.persist({ ...this.state, requesterMask: maskName(input) });
  }

  find(id: string): AssistRequest | undefined {
    return findRequest(this.state, id);
  }

  /** A fresh id no request in the history has (a repeat is drawn again). */
  private uniqueId(): string {
    let id = this.newId();
    while (findRequest(this.state, id)) id = this.newId();
    return id;
  }

  private persist(state: AssistState): void {
    this.state = state;
    this.unsaved = !saveStored(ASSIST_STORAGE_KEY, ASSIST_SCHEMA_VERSION, state);
  }
}

export const assistStore = new AssistStore();
