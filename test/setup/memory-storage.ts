import type { StashStorage } from '../../src/shared/store-stash';

/** A page's localStorage for tests; share one instance to model reopening the same page. */
export class MemoryStorage implements StashStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
