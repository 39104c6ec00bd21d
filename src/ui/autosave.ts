/**
 * Autosave for a form that edits one stored record: each edit is a small change function
 * (set this field, add that row, found by id), so a flush applies the user's edits on top of
 * whatever is stored *now*, and an edit made meanwhile in another page survives: two pages
 * editing the same interview at once lose nothing.
 *
 * Writes are throttled to at most one per `interval` (1 s): the first edit after a quiet
 * spell goes out at once, later ones wait for the next slot. `flush()` sends what is waiting
 * straight away; pages call it on `pagehide`/`visibilitychange`, when the store puts the
 * change in its stash synchronously, so closing the popup mid-word loses nothing.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';

export type Change<T> = (current: T) => T;

export interface AutosaveOptions<T> {
  /** What is stored now (the store's signal value); undefined before the first save. */
  current: () => T | undefined;
  /** Writes the combined change; must apply it to the record it reads at that moment. */
  commit: (change: Change<T>) => Promise<void>;
  /** Minimum time between two writes, in ms. */
  interval?: number;
  now?: () => number;
  /** Called when a commit fails (the record was deleted elsewhere, or is invalid). */
  onError?: (error: unknown) => void;
}

export interface Autosave<T> {
  /** The record as the form should show it: stored, plus edits not yet written. */
  readonly value: ReadonlySignal<T | undefined>;
  /** Edits waiting for their write slot (for a "Saving…" hint). */
  readonly waiting: ReadonlySignal<number>;
  edit(change: Change<T>): void;
  /** Writes what is waiting now; resolves when the store accepted it. */
  flush(): Promise<void>;
  dispose(): void;
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const interval = options.interval ?? 1000;
  const now = options.now ?? (() => Date.now());
  const changes = signal<Change<T>[]>([]);
  // A signal the caller's `current` may read (the store's), tracked through `computed`.
  const value = computed<T | undefined>(() => {
    const base = options.current();
    return base === undefined ? undefined : changes.value.reduce<T>((r, c) => c(r), base);
  });
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const pending = changes.peek();
    if (pending.length === 0) return Promise.resolve();
    changes.value = [];
    lastWrite = now();
    const combined: Change<T> = (current) => pending.reduce<T>((r, c) => c(r), current);
    // The store shows the change in the same tick (optimistic), so the form never flickers.
    return options.commit(combined).catch((error: unknown) => options.onError?.(error));
  };

  return {
    value,
    waiting: computed(() => changes.value.length),
    edit(change) {
      if (disposed) return;
      changes.value = [...changes.peek(), change];
      if (timer) return;
      const wait = Math.max(0, lastWrite + interval - now());
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
    dispose() {
      disposed = true;
      void flush();
    },
  };
}
