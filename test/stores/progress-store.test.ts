import { PROGRESS_STEP_IDS } from '../../miniprogram/content/progress';
import {
  parseProgress,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  ProgressStore,
} from '../../miniprogram/stores/progress-store';
import { BACKUP_SUFFIX } from '../../miniprogram/services/storage';
import { STORAGE_FULL, wxControl } from '../helpers/wx-mock';

beforeEach(() => {
  wxControl.reset();
});

const TOTAL = PROGRESS_STEP_IDS.length;

test('ticking saves a versioned list of step ids, in checklist order', () => {
  const store = new ProgressStore();
  store.setDone(['loggedOut', 'registered']);
  expect(store.summary).toBe(`已完成 2/${TOTAL} 步`);
  expect(wxControl.storage.get(PROGRESS_KEY)).toEqual({
    v: PROGRESS_VERSION,
    data: { done: ['registered', 'loggedOut'] },
  });
  store.setDone(['loggedOut']);
  expect(store.done).toEqual(['loggedOut']);
});

test('a new store reads what an earlier one saved', () => {
  const first = new ProgressStore();
  first.setDone(PROGRESS_STEP_IDS);
  const second = new ProgressStore();
  second.ensureLoaded();
  expect(second.doneCount).toBe(TOTAL);
  expect(second.summary).toBe(`${TOTAL} 步全部完成`);
  expect(second.recovered).toBe(false);
});

test.each([
  ['not JSON', '{oops'],
  ['an unknown step', { v: PROGRESS_VERSION, data: { done: ['registered', 'hacked'] } }],
  ['a future version', { v: PROGRESS_VERSION + 1, data: { done: [] } }],
  ['a wrong shape', { v: PROGRESS_VERSION, data: { done: 'registered' } }],
])('%s is set aside and the checklist starts empty', (_label, stored) => {
  wxControl.storage.set(PROGRESS_KEY, stored);
  const store = new ProgressStore();
  store.ensureLoaded();
  expect(store.doneCount).toBe(0);
  expect(store.recovered).toBe(true);
  expect(wxControl.storage.has(`${PROGRESS_KEY}${BACKUP_SUFFIX}`)).toBe(true);
});

test('parseProgress drops duplicates and keeps checklist order', () => {
  expect(parseProgress({ done: ['loggedOut', 'registered', 'loggedOut'] })).toEqual({
    done: ['registered', 'loggedOut'],
  });
  expect(parseProgress(null)).toBeUndefined();
});

test('every step links to a guide page', () => {
  const store = new ProgressStore();
  for (const step of store.steps) expect(step.url).toMatch(/^\/guide\/pages\/section\/index\?id=/);
});

test('a tap on a circle ticks the step, a second tap clears it, and each is saved', () => {
  const store = new ProgressStore();
  const [first, second] = PROGRESS_STEP_IDS;
  if (!first || !second) throw new Error('no steps');
  store.toggle(second);
  store.toggle(first);
  expect(store.done).toEqual([first, second]);
  store.toggle(second);
  expect(store.done).toEqual([first]);
  const restarted = new ProgressStore();
  restarted.ensureLoaded();
  expect(restarted.done).toEqual([first]);
});

test('the first toggle reads what was stored before, instead of starting from nothing', () => {
  const [first, second] = PROGRESS_STEP_IDS;
  if (!first || !second) throw new Error('no steps');
  new ProgressStore().setDone([first]);
  const store = new ProgressStore();
  store.toggle(second);
  expect(store.done).toEqual([first, second]);
});

test('loading happens once: a later ensureLoaded keeps what is in memory', () => {
  const [first] = PROGRESS_STEP_IDS;
  if (!first) throw new Error('no steps');
  const store = new ProgressStore();
  store.ensureLoaded();
  wxControl.storage.set(PROGRESS_KEY, { v: PROGRESS_VERSION, data: { done: [first] } });
  store.ensureLoaded();
  expect(store.done).toEqual([]);
  store.reload();
  expect(store.done).toEqual([first]);
});

test('each step view says its number, whether it is done, and where to do it', () => {
  const store = new ProgressStore();
  const [first, second] = PROGRESS_STEP_IDS;
  if (!first || !second) throw new Error('no steps');
  store.setDone([second]);
  const [one, two] = store.steps;
  expect([one?.id, one?.number, one?.done]).toEqual([first, 1, false]);
  expect([two?.id, two?.number, two?.done]).toEqual([second, 2, true]);
  expect(store.total).toBe(TOTAL);
});

test('the recovered notice goes once the student ticks again', () => {
  wxControl.storage.set(PROGRESS_KEY, '{oops');
  const store = new ProgressStore();
  store.ensureLoaded();
  expect(store.recovered).toBe(true);
  store.setDone([]);
  expect(store.recovered).toBe(false);
});

test('the storage key stays "progress": renaming it would lose every student’s ticks on update', () => {
  expect(PROGRESS_KEY).toBe('progress');
  expect(new ProgressStore().recovered).toBe(false);
});

test('ticks made while storage is full stay on screen (the store does not reload the old list)', () => {
  const [first] = PROGRESS_STEP_IDS;
  if (!first) throw new Error('no steps');
  const store = new ProgressStore();
  wxControl.failNext('setStorageSync', 1, STORAGE_FULL);
  store.setDone([first]);
  store.ensureLoaded();
  expect(store.done).toEqual([first]);
});
