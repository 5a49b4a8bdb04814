import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  acknowledge,
  applyQueue,
  AssessmentSaver,
  emptyQueue,
  isRetryable,
  mergeEdit,
  restoreQueue,
  retryDelay,
  saveQueue,
  storageKey,
  toBatch,
  type KeyValueStorage,
  type SaverSnapshot,
} from '../saveQueue';
import type { QAssessmentInput } from '../types';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const networkError = Object.assign(new Error('Failed to fetch'), { status: 0, code: 'network' });
const closedError = Object.assign(new Error('closed'), { status: 409, code: 'conflict' });

describe('merging edits per criterion', () => {
  it('keeps one entry per criterion with the latest value of each field', () => {
    let q = emptyQueue();
    q = mergeEdit(q, { criterion_id: 1, level_code: 'met' }, { level_code: '', note: 'server note' });
    q = mergeEdit(q, { criterion_id: 2, note: 'a' }, { level_code: 'partly', note: '' });
    q = mergeEdit(q, { criterion_id: 1, note: 'typed' });
    q = mergeEdit(q, { criterion_id: 1, level_code: 'not_met' });
    expect(toBatch(q)).toEqual([
      { criterion_id: 1, level_code: 'not_met', note: 'typed' },
      { criterion_id: 2, level_code: 'partly', note: 'a' },
    ]);
    expect(q.edits.map((e) => e.rev)).toEqual([4, 2]);
  });

  it('clears a score with an empty level', () => {
    const q = mergeEdit(emptyQueue(), { criterion_id: 7, level_code: '' }, { level_code: 'met', note: 'x' });
    expect(toBatch(q)).toEqual([{ criterion_id: 7, level_code: '', note: 'x' }]);
  });

  it('acknowledges only what the reply carried', () => {
    let q = mergeEdit(emptyQueue(), { criterion_id: 1, level_code: 'met' });
    q = mergeEdit(q, { criterion_id: 2, level_code: 'met' });
    const sent = q.edits.slice();
    q = mergeEdit(q, { criterion_id: 1, note: 'changed while sending' });
    const after = acknowledge(q, sent);
    expect(after.edits).toHaveLength(1);
    expect(after.edits[0]).toMatchObject({ criterion_id: 1, note: 'changed while sending' });
  });

  it('shows queued values over the server values', () => {
    const q = mergeEdit(emptyQueue(), { criterion_id: 2, level_code: 'not_met', note: 'n' });
    const shown = applyQueue(
      [
        { criterion_id: 1, level_code: 'met', note: '' },
        { criterion_id: 2, level_code: 'met', note: '' },
      ],
      q,
    );
    expect(shown).toEqual([
      { criterion_id: 1, level_code: 'met', note: '' },
      { criterion_id: 2, level_code: 'not_met', note: 'n' },
    ]);
  });
});

describe('retry policy', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [5, 16000],
    [6, 30000],
    [20, 30000],
  ])('attempt %i waits %i ms', (attempt, ms) => expect(retryDelay(attempt)).toBe(ms));

  it.each([
    [networkError, true],
    [{ status: 503 }, true],
    [{ status: 500 }, true],
    [{ status: 429 }, true],
    [new TypeError('x'), true],
    [{ status: 409 }, false],
    [{ status: 422 }, false],
    [{ status: 403 }, false],
  ])('%o retryable: %s', (e, yes) => expect(isRetryable(e)).toBe(yes));
});

describe('persistence', () => {
  it('round-trips a queue and removes the key when empty', () => {
    const s = new MemoryStorage();
    const q = mergeEdit(mergeEdit(emptyQueue(), { criterion_id: 3, level_code: 'met' }), {
      criterion_id: 4,
      note: 'n',
    });
    saveQueue(s, 9, q);
    expect(s.data.has(storageKey(9))).toBe(true);
    expect(restoreQueue(s, 9)).toEqual(q);
    expect(restoreQueue(s, 10)).toEqual(emptyQueue());
    saveQueue(s, 9, emptyQueue());
    expect(s.data.has(storageKey(9))).toBe(false);
  });

  it('ignores a damaged entry', () => {
    const s = new MemoryStorage();
    s.setItem(storageKey(1), '{not json');
    expect(restoreQueue(s, 1)).toEqual(emptyQueue());
    s.setItem(
      storageKey(1),
      JSON.stringify({ edits: [{ criterion_id: 'x' }, { criterion_id: 5, level_code: 'met', rev: 3 }] }),
    );
    expect(restoreQueue(s, 1)).toEqual({
      edits: [{ criterion_id: 5, level_code: 'met', note: '', rev: 3 }],
      nextRev: 4,
    });
  });
});

describe('AssessmentSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(send: (b: QAssessmentInput[]) => Promise<string>, storage = new MemoryStorage()) {
    const states: SaverSnapshot[] = [];
    const saved: string[] = [];
    const saver = new AssessmentSaver<string>({
      auditId: 42,
      send,
      storage,
      debounceMs: 800,
      onChange: (s) => states.push(s),
      onSaved: (r) => saved.push(r),
    });
    return { saver, states, saved, storage, last: () => states[states.length - 1] };
  }

  it('debounces typing into one batch', async () => {
    const send = vi.fn(async () => 'ok');
    const { saver, last, saved, storage } = setUp(send);
    saver.edit({ criterion_id: 1, note: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    saver.edit({ criterion_id: 1, note: 'ab' });
    saver.edit({ criterion_id: 2, level_code: 'met' });
    expect(last().status).toBe('pending');
    expect(storage.data.has(storageKey(42))).toBe(true);
    await vi.advanceTimersByTimeAsync(799);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith([
      { criterion_id: 1, level_code: '', note: 'ab' },
      { criterion_id: 2, level_code: 'met', note: '' },
    ]);
    expect(last().status).toBe('saved');
    expect(saved).toEqual(['ok']);
    expect(storage.data.has(storageKey(42))).toBe(false);
  });

  it('keeps the queue on a network error and retries with backoff until the server answers', async () => {
    let failures = 2;
    const send = vi.fn(async () => {
      if (failures-- > 0) throw networkError;
      return 'ok';
    });
    const { saver, last, storage } = setUp(send);
    saver.edit({ criterion_id: 1, level_code: 'not_met' });
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(1);
    expect(last().status).toBe('retrying');
    expect(last().queue.edits).toHaveLength(1);
    expect(storage.data.has(storageKey(42))).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(last().attempt).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(last().status).toBe('saved');
    expect(storage.data.has(storageKey(42))).toBe(false);
  });

  it('sends at once when the browser comes back online', async () => {
    let offline = true;
    const send = vi.fn(async () => {
      if (offline) throw networkError;
      return 'ok';
    });
    const { saver, last } = setUp(send);
    saver.edit({ criterion_id: 1, level_code: 'met' });
    await vi.advanceTimersByTimeAsync(800);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(3);
    offline = false;
    saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(4);
    expect(last().status).toBe('saved');
  });

  it('restores and resends the queue of an earlier visit', async () => {
    const storage = new MemoryStorage();
    saveQueue(storage, 42, mergeEdit(emptyQueue(), { criterion_id: 5, level_code: 'partly', note: 'offline' }));
    const send = vi.fn(async () => 'ok');
    const { saver, last } = setUp(send, storage);
    expect(saver.snapshot().status).toBe('pending');
    expect(saver.snapshot().queue.edits[0]).toMatchObject({ criterion_id: 5, note: 'offline' });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledWith([{ criterion_id: 5, level_code: 'partly', note: 'offline' }]);
    expect(last().status).toBe('saved');
    expect(storage.data.size).toBe(0);
  });

  it('keeps an edit made while a request is on its way and sends it next', async () => {
    let resolve: (v: string) => void = () => undefined;
    const send = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const { saver, last } = setUp(send);
    saver.edit({ criterion_id: 1, note: 'first' });
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(1);
    saver.edit({ criterion_id: 1, note: 'second' });
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(1);
    resolve('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith([{ criterion_id: 1, level_code: '', note: 'second' }]);
    resolve('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe('saved');
  });

  it('drops a batch the server refuses and reports it', async () => {
    const send = vi.fn(async () => {
      throw closedError;
    });
    const { saver, last, storage } = setUp(send);
    saver.edit({ criterion_id: 1, level_code: 'met' });
    await vi.advanceTimersByTimeAsync(800);
    expect(last().status).toBe('rejected');
    expect(last().error).toBe(closedError);
    expect(last().queue.edits).toHaveLength(0);
    expect(storage.data.size).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('AssessmentSaver leaving the page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends unsent edits once on dispose and clears them from storage when confirmed', async () => {
    const storage = new MemoryStorage();
    const send = vi.fn(async () => 'ok');
    const saver = new AssessmentSaver<string>({ auditId: 1, send, storage });
    saver.edit({ criterion_id: 3, level_code: 'met' });
    saver.dispose({ flush: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(storage.data.size).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('leaves them in storage for the next visit when that send fails', async () => {
    const storage = new MemoryStorage();
    const send = vi.fn(async () => {
      throw networkError;
    });
    const saver = new AssessmentSaver<string>({ auditId: 1, send, storage });
    saver.edit({ criterion_id: 3, level_code: 'met' });
    saver.dispose({ flush: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(restoreQueue(storage, 1).edits).toHaveLength(1);
  });
});
