import { afterEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import type { Interview } from '../core/model/types';
import { MemoryStorage } from '../../test/setup/memory-storage';
import { MessageError } from './messages';
import { createWriteQueue, type Write } from './store-queue';
import { STASH_KEY, createStash, type StashStorage } from './store-stash';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const KEY = 'interview:iv-1';
const rev = (n: number, change: Partial<Interview> = {}) => sampleInterview({ rev: n, ...change });
const put = (next: Interview, base: Interview | null = null): Write => ({ op: 'put', base, next });

/** A background the test answers by hand: each call waits until the test settles it. */
function harness(storage: StashStorage | null = new MemoryStorage()) {
  const calls: { key: string; write: Write; ok(): void; fail(error: unknown): void }[] = [];
  const onChange = vi.fn();
  const queue = createWriteQueue({
    stash: createStash(storage),
    transport: (key, write) =>
      new Promise<void>((ok, fail) => calls.push({ key, write, ok: () => ok(), fail })),
    onChange,
    retryDelays: [100, 1000],
    now: () => new Date('2026-04-07T18:00:00Z'),
    log: () => undefined,
  });
  return { queue, calls, onChange, storage };
}

const flushPromises = () => new Promise((done) => setImmediate(done));
const stashed = (storage: StashStorage) =>
  Object.values(
    JSON.parse(storage.getItem(STASH_KEY) ?? '{}') as Record<string, { next: Interview }>,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('the write queue', () => {
  test('one write per key in flight; edits made meanwhile go as one, from the first base', async () => {
    const { queue, calls } = harness();
    const settled: string[] = [];
    const track = (name: string, p: Promise<void>) => p.then(() => settled.push(name));
    track('a', queue.enqueue(KEY, put(rev(4), rev(3))));
    track('b', queue.enqueue(KEY, put(rev(4, { notes: 'b' }), rev(4))));
    track('c', queue.enqueue(KEY, put(rev(4, { notes: 'c' }), rev(4, { notes: 'b' }))));
    expect(calls).toHaveLength(1);
    expect(queue.latest(KEY)).toMatchObject({ next: { notes: 'c' } });
    expect(queue.pendingCount()).toBe(1);

    calls[0]!.ok();
    await flushPromises();
    expect(settled).toEqual(['a']);
    expect(calls).toHaveLength(2);
    // b never left the page, so c carries b's base: the one a was stored from.
    expect(calls[1]!.write).toEqual(put(rev(4, { notes: 'c' }), rev(4)));

    calls[1]!.ok();
    await flushPromises();
    expect(settled).toEqual(['a', 'b', 'c']);
    expect(queue.pendingCount()).toBe(0);
    expect(queue.latest(KEY)).toBeUndefined();
  });

  test('keys are independent lanes', () => {
    const { queue, calls } = harness();
    void queue.enqueue(KEY, put(rev(3)));
    void queue.enqueue('interview:other', { op: 'delete' });
    expect(calls.map((c) => c.key)).toEqual([KEY, 'interview:other']);
    expect(queue.keys().sort()).toEqual([KEY, 'interview:other']);
  });

  test('a failure that may pass: the caller is told "kept", the change retried until it lands', async () => {
    vi.useFakeTimers();
    const { queue, calls, storage } = harness();
    const saving = queue.enqueue(KEY, put(rev(3, { notes: 'typed' })));
    calls[0]!.fail(new MessageError('quota', 'QUOTA_BYTES quota exceeded'));
    await expect(saving).resolves.toBeUndefined();
    expect(queue.failure()).toMatchObject({ error: { code: 'quota' }, unstashed: false });
    expect(queue.latest(KEY)).toMatchObject({ next: { notes: 'typed' } });
    expect(stashed(storage!).map((w) => w.next.notes)).toEqual(['typed']);

    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2);
    calls[1]!.ok();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.failure()).toBeNull();
    expect(queue.pendingCount()).toBe(0);
    expect(storage!.getItem(STASH_KEY)).toBeNull();
  });

  test('a failed write folds under the edit queued after it, keeping its base', async () => {
    vi.useFakeTimers();
    const { queue, calls } = harness();
    void queue.enqueue(KEY, put(rev(3, { notes: 'one' }), rev(3)));
    void queue.enqueue(KEY, put(rev(3, { notes: 'two' }), rev(3, { notes: 'one' })));
    calls[0]!.fail(new MessageError('unreachable', 'asleep'));
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.write).toEqual(put(rev(3, { notes: 'two' }), rev(3)));
  });

  test('a refusal for good rejects its callers and lets the next edit go', async () => {
    const { queue, calls, storage } = harness();
    const bad = queue.enqueue(KEY, put(rev(3)));
    const later = queue.enqueue(KEY, put(rev(3, { notes: 'later' })));
    calls[0]!.fail(new MessageError('invalid', 'company: must be a string'));
    await expect(bad).rejects.toThrow('company: must be a string');
    expect(calls).toHaveLength(2);
    calls[1]!.ok();
    await expect(later).resolves.toBeUndefined();
    expect(storage!.getItem(STASH_KEY)).toBeNull();
  });

  test('when even the stash is full, the failure says the change is not kept elsewhere', async () => {
    const full: StashStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { queue, calls } = harness(full);
    void queue.enqueue(KEY, put(rev(3)));
    calls[0]!.fail(new MessageError('unreachable', 'asleep'));
    await flushPromises();
    expect(queue.failure()).toMatchObject({ unstashed: true });
    queue.dispose();
  });

  test("another page's unconfirmed writes are replayed oldest first", async () => {
    const storage = new MemoryStorage();
    const stash = createStash(storage);
    stash.put('x', {
      key: KEY,
      next: rev(3, { notes: 'second' }),
      base: null,
      at: '2026-04-07T10:00:00Z',
    });
    stash.put('y', {
      key: 'interview:iv-2',
      next: rev(3, { id: 'iv-2' }),
      base: null,
      at: '2026-04-07T09:00:00Z',
    });
    const { queue, calls } = harness(storage);
    queue.restoreStashed();
    expect(calls.map((c) => c.key)).toEqual(['interview:iv-2', KEY]);
    calls.forEach((c) => c.ok());
    await flushPromises();
    expect(storage.getItem(STASH_KEY)).toBeNull();
  });

  test('clear settles every caller and forgets the writes; after dispose nothing is taken', async () => {
    const { queue, calls, storage } = harness();
    const waiting = queue.enqueue(KEY, put(rev(3)));
    void queue.enqueue(KEY, put(rev(3, { notes: 'more' })));
    queue.clear();
    await expect(waiting).resolves.toBeUndefined();
    expect(queue.pendingCount()).toBe(0);
    expect(storage!.getItem(STASH_KEY)).toBeNull();
    queue.dispose();
    await expect(queue.enqueue(KEY, put(rev(3)))).rejects.toThrow('closed');
    expect(calls).toHaveLength(1);
  });
});
