/**
 * Unsaved changes, kept in the page's own `localStorage` (extension origin, so no web page
 * can read it) from the moment they are made until the background confirms them. If the
 * popup closes while the background is unreachable or storage is full, the next page that
 * opens restores them and tries again.
 */
import type { StoredRecord } from '../core/model/types';
import { loadStored } from './store-records';

export const STASH_KEY = 'follow-through:unsaved';

/** The part of the Web Storage API the stash needs (tests pass an in-memory one). */
export interface StashStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StashedWrite {
  key: string;
  /** null: a deletion. */
  next: StoredRecord | null;
  base: StoredRecord | null;
  /** ISO instant the change was made: restored writes replay oldest first. */
  at: string;
}

/** `localStorage` when this context has one (extension pages do; the test runner doesn't). */
export function defaultStashStorage(): StashStorage | null {
  try {
    const storage = (globalThis as { localStorage?: StashStorage }).localStorage;
    return storage ?? null;
  } catch {
    // Access can throw when the browser blocks site data for the extension.
    return null;
  }
}

export interface Stash {
  /** Records or replaces the write `id`; returns false when even the stash could not hold it. */
  put(id: string, write: StashedWrite): boolean;
  remove(id: string): void;
  /** Every stashed write still loadable, oldest first. */
  restore(): { id: string; write: StashedWrite }[];
  clear(): void;
}

function readAll(storage: StashStorage): Record<string, StashedWrite> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STASH_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, StashedWrite>)
      : {};
  } catch {
    return {};
  }
}

// Each page keeps its own entries by write id; several pages may share the one key, so
// every update re-reads it (Web Storage calls are synchronous, so this is a short window).
export function createStash(storage: StashStorage | null): Stash {
  const update = (change: (all: Record<string, StashedWrite>) => void): boolean => {
    if (!storage) return false;
    try {
      const all = readAll(storage);
      change(all);
      if (Object.keys(all).length) storage.setItem(STASH_KEY, JSON.stringify(all));
      else storage.removeItem(STASH_KEY);
      return true;
    } catch {
      return false;
    }
  };
  return {
    put: (id, write) => update((all) => void (all[id] = write)),
    remove: (id) => void update((all) => void delete all[id]),
    restore() {
      if (!storage) return [];
      const out: { id: string; write: StashedWrite }[] = [];
      for (const [id, write] of Object.entries(readAll(storage))) {
        if (typeof write !== 'object' || write === null || typeof write.key !== 'string') continue;
        const next = write.next === null ? null : loadStored(write.key, write.next);
        const base = write.base === null ? null : loadStored(write.key, write.base);
        // A stash from an older build that no longer loads is left for a person to inspect.
        if ((next && !next.ok) || (base && !base.ok)) continue;
        out.push({
          id,
          write: {
            key: write.key,
            next: next?.ok ? next.value : null,
            base: base?.ok ? base.value : null,
            at: typeof write.at === 'string' ? write.at : new Date(0).toISOString(),
          },
        });
      }
      return out.sort((a, b) => a.write.at.localeCompare(b.write.at));
    },
    clear: () => void update((all) => Object.keys(all).forEach((id) => delete all[id])),
  };
}
