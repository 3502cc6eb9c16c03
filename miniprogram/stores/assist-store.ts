// The classmate-assist requests as a MobX store: one instance, persisted through the storage
// service, with an injectable clock and random source so tests control the day and the ids.
import { makeAutoObservable } from 'mobx-miniprogram';
import { beijingTimeText, durationText, msUntilNextBeijingMidnight } from '../core/beijing-day';
import {
  ASSIST_SCHEMA_VERSION,
  DAILY_LIMIT,
  EMPTY_ASSIST_STATE,
  STATUS_TEXT,
  countingDay,
  counterText,
  deleteRequest,
  effectiveNow,
  findRequest,
  markCardSent,
  markDone,
  maskName,
  newRequestId,
  parseAssistState,
  recordRequest,
  remainingToday,
  type AssistRequest,
  type AssistState,
  type MarkDoneResult,
  type RecordResult,
} from '../core/assist-requests';
import { loadStored, saveStored } from '../services/storage';

export const ASSIST_STORAGE_KEY = 'assist-requests';

export type Clock = () => number;

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
  state: AssistState = EMPTY_ASSIST_STATE;
  /** The clock's reading when the store last looked; refreshed by every action and `tick`. */
  now = 0;
  /** True when stored data could not be read and was set aside at the last load. */
  recovered = false;
  /**
   * True while what is on screen is not in storage yet (storage refused the last write, e.g.
   * full): the records stay in memory and on screen, and every later action tries again.
   */
  unsaved = false;
  private loaded = false;

  private clock: Clock;
  private random: () => number;

  constructor(clock: Clock = Date.now, random: () => number = Math.random) {
    this.clock = clock;
    this.random = random;
    makeAutoObservable<AssistStore, 'clock' | 'random' | 'persist' | 'loaded'>(this, {
      loaded: false,
      clock: false,
      random: false,
      persist: false,
    });
  }

  /** Tests replace the clock and the random source; the app keeps Date.now and Math.random. */
  useClock(clock: Clock, random: () => number = this.random): void {
    this.clock = clock;
    this.random = random;
    this.now = clock();
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

  get counterText(): string {
    return counterText(this.state, this.now);
  }

  /** One slot per daily request, true when used today (the ●●○○○ meter). */
  get meter(): readonly boolean[] {
    const used = DAILY_LIMIT - this.remaining;
    return Array.from({ length: DAILY_LIMIT }, (_, index) => index < used);
  }

  get limitReached(): boolean {
    return this.remaining === 0;
  }

  /** When today's quota is used: "今天 5 名已满 · 00:00（北京时间）后可再申请（约 3 小时后）". */
  get nextRecordText(): string {
    if (!this.limitReached) return '';
    const wait = durationText(msUntilNextBeijingMidnight(effectiveNow(this.state, this.now)));
    return `今天 ${DAILY_LIMIT} 名已满 · 00:00（北京时间）后可再申请（约 ${wait}后）`;
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
      const label = request.classmateLabel || '一位同学';
      const position = (seen.get(request.classmateLabel) ?? 0) + 1;
      seen.set(request.classmateLabel, position);
      const repeated = (sameLabel.get(request.classmateLabel) ?? 0) > 1;
      const time = beijingTimeText(request.createdAt);
      return {
        id: request.id,
        name: repeated ? `${label} ${ordinal(position)}` : label,
        day: `${request.day} ${time}${request.day === today ? '（今天）' : ''}`,
        status: STATUS_TEXT[request.status],
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

  private uniqueId(): string {
    // A stuck random source (a test's constant) must not loop forever: step through the alphabet.
    for (let attempt = 0; ; attempt += 1) {
      let seed = attempt + 1;
      const stepped = (): number => {
        seed = (seed * 48271) % 2147483647;
        return seed / 2147483647;
      };
      const random = attempt < 8 ? this.random : stepped;
      const id = newRequestId(random);
      if (!findRequest(this.state, id)) return id;
    }
  }

  private persist(state: AssistState): void {
    this.state = state;
    this.unsaved = !saveStored(ASSIST_STORAGE_KEY, ASSIST_SCHEMA_VERSION, state);
  }
}

export const assistStore = new AssistStore();
