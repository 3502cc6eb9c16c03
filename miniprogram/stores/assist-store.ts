// The classmate-assist requests as a MobX store: one instance, persisted through the storage
// service. The clock and the id generator are constructor arguments; the app's instance uses
// the phone's clock and random ids.
import { makeAutoObservable } from 'mobx-miniprogram';
import { beijingDayKey } from '../core/beijing-day';
import {
  ASSIST_SCHEMA_VERSION,
  EMPTY_ASSIST_STATE,
  counterText,
  findRequest,
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
/** Returns a request id matching REQUEST_ID_PATTERN. */
export type IdGenerator = () => string;

function randomRequestId(): string {
  return newRequestId(Math.random);
}

/** One row of the history list, ready for WXML. */
export interface HistoryRow {
  readonly id: string;
  readonly name: string;
  readonly day: string;
  readonly status: string;
  readonly done: boolean;
}

export class AssistStore {
  // Fields are set in the constructor, not as class fields: the app ships as ES2021, which iOS 14
  // runs (see docs/deploy.md, base library minimum); class fields need iOS 14.5.
  state: AssistState;
  /** The clock's reading when the store last looked; refreshed by every action and `tick`. */
  now: number;
  /** True when stored data could not be read and was set aside at the last load. */
  recovered: boolean;
  /** False when the last save failed (storage full). */
  saved: boolean;
  private loaded: boolean;

  private readonly clock: Clock;
  private readonly newId: IdGenerator;

  constructor(clock: Clock = () => Date.now(), newId: IdGenerator = randomRequestId) {
    this.state = EMPTY_ASSIST_STATE;
    this.now = 0;
    this.recovered = false;
    this.saved = true;
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

  /** Reads the stored requests (corrupt data is set aside by the storage service). */
  load(): void {
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

  get remaining(): number {
    return remainingToday(this.state, this.now);
  }

  get counterText(): string {
    return counterText(this.state, this.now);
  }

  get requesterMask(): string {
    return this.state.requesterMask;
  }

  /** Newest first, with the day and the status in words. */
  get history(): readonly HistoryRow[] {
    return [...this.state.requests].reverse().map((request) => ({
      id: request.id,
      name: request.classmateLabel || '一位同学',
      day: request.day === beijingDayKey(this.now) ? `${request.day}（今天）` : request.day,
      status: request.status === 'done' ? '同学已完成' : '已发送',
      done: request.status === 'done',
    }));
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
    this.saved = saveStored(ASSIST_STORAGE_KEY, ASSIST_SCHEMA_VERSION, state);
  }
}

export const assistStore = new AssistStore();
