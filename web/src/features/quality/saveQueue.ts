// Offline-tolerant saving of an audit's scores. Every change to a criterion (level or note) goes into
// a queue kept in localStorage under a key of the audit; the queue is sent as one idempotent
// PUT …/assessments batch after a short pause in typing. A network failure keeps the queue and
// retries with a growing delay (and at once when the browser comes back online); a reopened page
// restores the queue, shows the queued values over the server's and sends them again.
// Pure logic with injectable timers and storage: no React, no fetch.
import type { QAssessmentInput, QAuditCriterion } from './types';

/** The latest wanted state of one criterion; `rev` orders edits so a reply only clears what it carried. */
export interface QueuedEdit {
  criterion_id: number;
  level_code: string;
  note: string;
  rev: number;
}

export interface QueueState {
  edits: QueuedEdit[];
  nextRev: number;
}

export const emptyQueue = (): QueueState => ({ edits: [], nextRev: 1 });

/** One change from the form: a level, a note, or both. */
export interface EditInput {
  criterion_id: number;
  level_code?: string;
  note?: string;
}

/**
 * Adds a change, merged per criterion: the latest value of each field wins, the other field keeps
 * the queued value, or the current value (from the server) when nothing is queued for it.
 */
export function mergeEdit(q: QueueState, e: EditInput, current?: { level_code: string; note: string }): QueueState {
  const existing = q.edits.find((x) => x.criterion_id === e.criterion_id);
  const base = existing ?? { level_code: current?.level_code ?? '', note: current?.note ?? '' };
  const merged: QueuedEdit = {
    criterion_id: e.criterion_id,
    level_code: e.level_code ?? base.level_code,
    note: e.note ?? base.note,
    rev: q.nextRev,
  };
  const edits = existing ? q.edits.map((x) => (x.criterion_id === e.criterion_id ? merged : x)) : [...q.edits, merged];
  return { edits, nextRev: q.nextRev + 1 };
}

/** The batch to send (every queued criterion). */
export function toBatch(q: QueueState): QAssessmentInput[] {
  return q.edits.map((e) => ({ criterion_id: e.criterion_id, level_code: e.level_code, note: e.note }));
}

/**
 * After the server confirmed `sent`, drops the edits it carried — but not those changed again while
 * the request was on its way (their rev is newer).
 */
export function acknowledge(q: QueueState, sent: readonly QueuedEdit[]): QueueState {
  const sentRev = new Map(sent.map((e) => [e.criterion_id, e.rev]));
  return { ...q, edits: q.edits.filter((e) => sentRev.get(e.criterion_id) !== e.rev) };
}

/** The criteria as the user sees them: the server's values with the queued ones over them. */
export function applyQueue<T extends Pick<QAuditCriterion, 'criterion_id' | 'level_code' | 'note'>>(
  criteria: readonly T[],
  q: QueueState,
): T[] {
  const byId = new Map(q.edits.map((e) => [e.criterion_id, e]));
  return criteria.map((c) => {
    const e = byId.get(c.criterion_id);
    return e ? { ...c, level_code: e.level_code, note: e.note } : c;
  });
}

/** Delay before retry number `attempt` (1, 2, …): 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** Whether a failed send is worth retrying (no answer, a timeout, a busy or failing server). */
export function isRetryable(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status !== 'number') return true;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

// ---- persistence ----

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const storageKey = (auditId: number) => `kvalis.quality.audit.${auditId}.assessments`;

export function saveQueue(storage: KeyValueStorage | undefined, auditId: number, q: QueueState): void {
  if (!storage) return;
  try {
    if (q.edits.length) storage.setItem(storageKey(auditId), JSON.stringify(q));
    else storage.removeItem(storageKey(auditId));
  } catch {
    /* storage full or unavailable: the queue lives in memory only */
  }
}

/** The queue left by an earlier visit (ignores anything unreadable). */
export function restoreQueue(storage: KeyValueStorage | undefined, auditId: number): QueueState {
  if (!storage) return emptyQueue();
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey(auditId));
  } catch {
    return emptyQueue();
  }
  if (!raw) return emptyQueue();
  try {
    const parsed = JSON.parse(raw) as { edits?: unknown; nextRev?: unknown };
    if (!Array.isArray(parsed.edits)) return emptyQueue();
    const edits: QueuedEdit[] = [];
    for (const e of parsed.edits as Record<string, unknown>[]) {
      if (!e || typeof e.criterion_id !== 'number' || typeof e.level_code !== 'string') continue;
      edits.push({
        criterion_id: e.criterion_id,
        level_code: e.level_code,
        note: typeof e.note === 'string' ? e.note : '',
        rev: typeof e.rev === 'number' ? e.rev : 0,
      });
    }
    const maxRev = edits.reduce((m, e) => Math.max(m, e.rev), 0);
    const nextRev = typeof parsed.nextRev === 'number' && parsed.nextRev > maxRev ? parsed.nextRev : maxRev + 1;
    return { edits, nextRev };
  } catch {
    return emptyQueue();
  }
}

// ---- the saver: debounce, send, retry ----

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'rejected';

export interface SaverSnapshot {
  status: SaveStatus;
  queue: QueueState;
  attempt: number;
  error: unknown;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SaverOptions<R> {
  auditId: number;
  send: (batch: QAssessmentInput[]) => Promise<R>;
  onSaved?: (reply: R) => void;
  onChange?: (s: SaverSnapshot) => void;
  storage?: KeyValueStorage;
  timers?: Timers;
  debounceMs?: number;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Keeps an audit's unsent scores. `edit()` queues and schedules a send; one request at a time;
 * a retryable failure schedules a retry with backoff; `online()` retries at once; a rejected batch
 * (4xx: e.g. the audit was closed meanwhile) is dropped and reported.
 */
export class AssessmentSaver<R = unknown> {
  private queue: QueueState;
  private status: SaveStatus;
  private attempt = 0;
  private error: unknown = null;
  private timer: unknown = null;
  private inFlight = false;
  private disposed = false;
  private readonly timers: Timers;
  private readonly debounceMs: number;

  constructor(private readonly opts: SaverOptions<R>) {
    this.timers = opts.timers ?? defaultTimers;
    this.debounceMs = opts.debounceMs ?? 800;
    this.queue = restoreQueue(opts.storage, opts.auditId);
    this.status = this.queue.edits.length ? 'pending' : 'saved';
    if (this.queue.edits.length) this.schedule(0);
  }

  snapshot(): SaverSnapshot {
    return { status: this.status, queue: this.queue, attempt: this.attempt, error: this.error };
  }

  edit(e: EditInput, current?: { level_code: string; note: string }): void {
    if (this.disposed) return;
    this.queue = mergeEdit(this.queue, e, current);
    saveQueue(this.opts.storage, this.opts.auditId, this.queue);
    if (this.status !== 'retrying') {
      this.status = 'pending';
      this.schedule(this.debounceMs);
    }
    this.emit();
  }

  /** Sends at once (leaving the page, the browser came back online, "save now"). */
  flush(): void {
    if (this.disposed || !this.queue.edits.length) return;
    this.schedule(0);
  }

  online(): void {
    if (this.queue.edits.length && !this.inFlight) {
      this.attempt = 0;
      this.flush();
    }
  }

  /**
   * Stops timers and reporting. With `flush`, unsent edits still go out once (leaving the page); the
   * reply clears them from storage, a failure leaves them there for the next visit.
   */
  dispose(opts?: { flush?: boolean }): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (opts?.flush && !this.disposed && this.queue.edits.length && !this.inFlight) void this.sendNow();
    this.disposed = true;
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.sendNow();
    }, ms);
  }

  private emit(): void {
    this.opts.onChange?.(this.snapshot());
  }

  private async sendNow(): Promise<void> {
    if (this.disposed) return;
    // (dispose({flush}) calls this before marking the saver disposed)
    if (this.inFlight) {
      // sent again when the running request finishes
      return;
    }
    if (!this.queue.edits.length) {
      this.status = 'saved';
      this.emit();
      return;
    }
    const sent = this.queue.edits.slice();
    this.inFlight = true;
    if (this.status !== 'retrying') this.status = 'saving';
    this.emit();
    try {
      const reply = await this.opts.send(toBatch({ edits: sent, nextRev: 0 }));
      this.inFlight = false;
      this.queue = acknowledge(this.queue, sent);
      saveQueue(this.opts.storage, this.opts.auditId, this.queue);
      this.opts.onSaved?.(reply);
      if (this.disposed) return;
      this.attempt = 0;
      this.error = null;
      if (this.queue.edits.length) {
        this.status = 'pending';
        this.schedule(this.debounceMs);
      } else {
        this.status = 'saved';
      }
      this.emit();
    } catch (e) {
      if (this.disposed) return;
      this.inFlight = false;
      this.error = e;
      if (isRetryable(e)) {
        this.attempt += 1;
        this.status = 'retrying';
        this.schedule(retryDelay(this.attempt));
      } else {
        // the server refused these values: drop them so they are not sent for ever
        this.queue = acknowledge(this.queue, sent);
        saveQueue(this.opts.storage, this.opts.auditId, this.queue);
        this.status = 'rejected';
        this.attempt = 0;
        if (this.queue.edits.length) this.schedule(this.debounceMs);
      }
      this.emit();
    }
  }
}
