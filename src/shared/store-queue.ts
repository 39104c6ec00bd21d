/**
 * A page's queue of writes to the background, one lane per storage key. At most one write per
 * key is in flight; later edits to that key wait as one coalesced write that keeps the base
 * of the first, so the background can still merge it three ways. Every waiting write is also
 * in the page's stash (store-stash.ts) until the background confirms it, so closing the page
 * loses nothing; a write that fails for a reason that may pass (storage full, background
 * asleep) is retried with back-off, and its caller is told "kept" rather than "failed".
 */
import type { StoredRecord } from '../core/model/types';
import { newId } from '../core/model/ids';
import { MessageError } from './messages';
import type { Stash } from './store-stash';

export type Write = { op: 'put'; base: StoredRecord | null; next: StoredRecord } | { op: 'delete' };

/** Why the last write did not land, while it waits for a retry. */
export interface QueueFailure {
  error: unknown;
  /** The stash could not hold a copy either: closing the page now would lose the change. */
  unstashed: boolean;
}

export interface WriteQueueOptions {
  stash: Stash;
  /** Sends one write to the background; resolves once it is stored. */
  transport(key: string, write: Write): Promise<void>;
  /** Called after every change to what is pending or to `failure()`. */
  onChange(): void;
  now?: () => Date;
  /** Back-off between retries of a failed write, in ms; the last repeats. */
  retryDelays?: readonly number[];
  log?: (message: string, detail: unknown) => void;
}

export interface WriteQueue {
  /**
   * Resolves once stored, or once safely kept for a retry (then `failure()` says why);
   * rejects when the background refused the write for good (an invalid record).
   */
  enqueue(key: string, write: Write): Promise<void>;
  /** The newest write for `key` not yet confirmed: what the user should see there. */
  latest(key: string): Write | undefined;
  /** Keys with a write pending. */
  keys(): string[];
  pendingCount(): number;
  failure(): QueueFailure | null;
  /** Replays writes a page stashed and never got confirmed (this page earlier, or another). */
  restoreStashed(): void;
  /** Settles every caller as done and forgets all writes (after everything was deleted). */
  clear(): void;
  dispose(): void;
}

interface Pending {
  /** Stash entry id; a new one each time the write changes. */
  id: string;
  write: Write;
  at: string;
  settle: { resolve(): void; reject(error: Error): void }[];
}

interface Lane {
  inflight: Pending | null;
  queued: Pending | null;
}

export const DEFAULT_RETRY_DELAYS = [1000, 2000, 5000, 15_000, 30_000] as const;

export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  const { stash, transport, onChange } = options;
  const now = options.now ?? (() => new Date());
  const retryDelays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
  const log =
    options.log ?? ((message, detail) => console.warn(`[Follow-Through] ${message}`, detail));
  const lanes = new Map<string, Lane>();
  let failure: QueueFailure | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let disposed = false;
  // False once the page's own storage refused a copy (full, or blocked): then closing the
  // page would lose a change that has not reached the background, and the user must know.
  let stashHolds = true;

  const stashPending = (key: string, pending: Pending): void => {
    const { write } = pending;
    stashHolds = stash.put(pending.id, {
      key,
      next: write.op === 'put' ? write.next : null,
      base: write.op === 'put' ? write.base : null,
      at: pending.at,
    });
  };

  /** The queued write, if any, becomes the one in flight. */
  const advance = (key: string, lane: Lane): void => {
    if (!lane.queued) {
      if (!lane.inflight) lanes.delete(key);
      return;
    }
    lane.inflight = lane.queued;
    lane.queued = null;
    send(key);
  };

  const send = (key: string): void => {
    const lane = lanes.get(key);
    const pending = lane?.inflight;
    if (!lane || !pending || disposed) return;
    transport(key, pending.write).then(
      () => {
        stash.remove(pending.id);
        pending.settle.forEach((s) => s.resolve());
        lane.inflight = null;
        failures = 0;
        advance(key, lane);
        if (![...lanes.values()].some((l) => l.queued && !l.inflight)) failure = null;
        onChange();
      },
      (error: unknown) => {
        lane.inflight = null;
        const retryable = !(error instanceof MessageError) || error.retryable;
        failure = { error, unstashed: retryable && !stashHolds };
        log('write failed', { key, error });
        if (!retryable) {
          stash.remove(pending.id);
          const reason = error instanceof Error ? error : new Error(String(error));
          pending.settle.forEach((s) => s.reject(reason));
          advance(key, lane);
          onChange();
          return;
        }
        // Fold the failed write under anything queued after it: the later edit was made on
        // top of this one, so from this one's base it carries both.
        const later = lane.queued;
        if (later && later.write.op === 'put' && pending.write.op === 'put') {
          later.write = { ...later.write, base: pending.write.base };
          later.settle.push(...pending.settle);
          stash.remove(pending.id);
          stashPending(key, later);
        } else if (later) {
          later.settle.push(...pending.settle);
          stash.remove(pending.id);
        } else {
          lane.queued = pending;
        }
        // The change is in memory and the stash: the caller may carry on.
        lane.queued!.settle.splice(0).forEach((s) => s.resolve());
        scheduleRetry();
        onChange();
      },
    );
  };

  const scheduleRetry = (): void => {
    if (retryTimer || disposed) return;
    const delay = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 30_000;
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      for (const [key, lane] of lanes) if (!lane.inflight) advance(key, lane);
    }, delay);
  };

  const enqueue = (key: string, write: Write): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (disposed) {
        reject(new Error('The store was closed.'));
        return;
      }
      const lane = lanes.get(key) ?? { inflight: null, queued: null };
      lanes.set(key, lane);
      const settle = { resolve, reject };
      const at = now().toISOString();
      const earlier = lane.queued;
      if (earlier) {
        stash.remove(earlier.id);
        // Coalesce: the queued change never left this page, so its base still stands.
        const merged: Write =
          write.op === 'put' && earlier.write.op === 'put'
            ? { ...write, base: earlier.write.base }
            : write;
        lane.queued = { id: newId(), write: merged, at, settle: [...earlier.settle, settle] };
      } else {
        lane.queued = { id: newId(), write, at, settle: [settle] };
      }
      stashPending(key, lane.queued);
      // Parked after a failure? A fresh edit is as good a moment as any to try again.
      if (!lane.inflight) advance(key, lane);
      onChange();
    });

  return {
    enqueue,
    latest(key) {
      const lane = lanes.get(key);
      return (lane?.queued ?? lane?.inflight)?.write;
    },
    keys: () => [...lanes.keys()],
    pendingCount: () => [...lanes.values()].filter((l) => l.inflight || l.queued).length,
    failure: () => failure,
    restoreStashed() {
      for (const { id, write } of stash.restore()) {
        stash.remove(id);
        void enqueue(
          write.key,
          write.next ? { op: 'put', base: write.base, next: write.next } : { op: 'delete' },
        ).catch((error: unknown) => log('restored change refused', error));
      }
    },
    clear() {
      for (const lane of lanes.values()) {
        for (const pending of [lane.inflight, lane.queued])
          pending?.settle.forEach((s) => s.resolve());
      }
      lanes.clear();
      stash.clear();
      failure = null;
      onChange();
    },
    dispose() {
      disposed = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
