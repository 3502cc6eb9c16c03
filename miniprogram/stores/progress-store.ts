// The student's own progress through the check, kept on the phone only. One instance; pages and
// components bind it with mobx-miniprogram-bindings. Stored as the list of finished step ids.
import { makeAutoObservable } from 'mobx-miniprogram';
import { linkUrl } from '../content/links';
import {
  isProgressStepId,
  PROGRESS_STEP_IDS,
  PROGRESS_STEPS,
  type ProgressStepId,
} from '../content/progress';
import { loadStored, saveStored } from '../services/storage';

export const PROGRESS_KEY = 'progress';
export const PROGRESS_VERSION = 1;

export interface ProgressStepView {
  readonly id: ProgressStepId;
  readonly title: string;
  readonly note: string;
  /** 1-based position in the checklist (第 N 步). */
  readonly number: number;
  readonly minutes: number;
  readonly url: string;
  readonly done: boolean;
}

interface StoredProgress {
  readonly done: readonly ProgressStepId[];
}

/** Parses stored data; anything but a list of known step ids is rejected. */
export function parseProgress(data: unknown): StoredProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const done: unknown = (data as { done?: unknown }).done;
  if (!Array.isArray(done) || !done.every(isProgressStepId)) return undefined;
  return { done: PROGRESS_STEP_IDS.filter((id) => done.includes(id)) };
}

export class ProgressStore {
  // Fields are set in the constructor, not as class fields: the app ships as ES2021, which iOS 14
  // runs (see docs/deploy.md, base library minimum); class fields need iOS 14.5.
  done: readonly ProgressStepId[];
  /** True once, after stored progress could not be read and was set aside. */
  recovered: boolean;
  private loaded: boolean;

  constructor() {
    this.done = [];
    this.recovered = false;
    this.loaded = false;
    makeAutoObservable(this);
  }

  get doneCount(): number {
    return this.done.length;
  }

  get total(): number {
    return PROGRESS_STEP_IDS.length;
  }

  get steps(): readonly ProgressStepView[] {
    return PROGRESS_STEPS.map((step, index) => ({
      id: step.id,
      title: step.title,
      note: step.note,
      number: index + 1,
      minutes: step.minutes,
      url: linkUrl(step.to),
      done: this.done.includes(step.id),
    }));
  }

  get summary(): string {
    return this.doneCount === this.total
      ? `${this.total} 步全部完成`
      : `已完成 ${this.doneCount}/${this.total} 步`;
  }

  /** Reads stored progress the first time it is needed (not at start-up). */
  ensureLoaded(): void {
    if (this.loaded) return;
    this.reload();
  }

  reload(): void {
    const loaded = loadStored(PROGRESS_KEY, PROGRESS_VERSION, parseProgress, () => ({ done: [] }));
    this.done = loaded.value.done;
    this.recovered = loaded.recovered;
    this.loaded = true;
  }

  /** Ticks a step, or clears it when it was ticked (home's circles). */
  toggle(id: ProgressStepId): void {
    this.ensureLoaded();
    this.setDone(
      this.done.includes(id) ? this.done.filter((done) => done !== id) : [...this.done, id],
    );
  }

  /** Replaces the finished steps (kept in checklist order) and saves them. */
  setDone(ids: readonly ProgressStepId[]): void {
    this.loaded = true;
    this.done = PROGRESS_STEP_IDS.filter((stepId) => ids.includes(stepId));
    this.recovered = false;
    saveStored(PROGRESS_KEY, PROGRESS_VERSION, { done: this.done });
  }
}

export const progressStore = new ProgressStore();
