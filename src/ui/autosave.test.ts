import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, type Change } from './autosave';

interface Doc {
  title: string;
  body: string;
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const stored = signal<Doc>({ title: 'a', body: '' });
    const commits: Change<Doc>[] = [];
    const autosave = createAutosave<Doc>({
      current: () => stored.value,
      commit: async (change) => {
        commits.push(change);
        stored.value = change(stored.value);
      },
      now: () => Date.now(),
    });
    return { stored, commits, autosave };
  };

  test('writes at most once a second; the form shows every keystroke at once', async () => {
    const { stored, commits, autosave } = setup();
    autosave.edit((d) => ({ ...d, title: 'ab' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(commits).toHaveLength(1);
    for (const title of ['abc', 'abcd', 'abcde']) {
      autosave.edit((d) => ({ ...d, title }));
      expect(autosave.value.value?.title).toBe(title);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(commits).toHaveLength(1);
    expect(stored.value.title).toBe('ab');
    await vi.advanceTimersByTimeAsync(1000);
    expect(commits).toHaveLength(2);
    expect(stored.value.title).toBe('abcde');
    expect(autosave.waiting.value).toBe(0);
  });

  test('flush writes what waits straight away (the page is closing)', async () => {
    const { stored, commits, autosave } = setup();
    autosave.edit((d) => ({ ...d, title: 'x' }));
    await vi.advanceTimersByTimeAsync(0);
    autosave.edit((d) => ({ ...d, body: 'mid-wo' }));
    expect(autosave.waiting.value).toBe(1);
    void autosave.flush();
    expect(commits).toHaveLength(2);
    expect(stored.value).toEqual({ title: 'x', body: 'mid-wo' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(commits).toHaveLength(2);
  });

  test('edits apply on top of a change made elsewhere meanwhile', async () => {
    const { stored, autosave } = setup();
    autosave.edit((d) => ({ ...d, title: 'mine' }));
    await vi.advanceTimersByTimeAsync(0);
    autosave.edit((d) => ({ ...d, title: 'mine, more' }));
    stored.value = { ...stored.value, body: 'from the other page' };
    expect(autosave.value.value).toEqual({ title: 'mine, more', body: 'from the other page' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(stored.value).toEqual({ title: 'mine, more', body: 'from the other page' });
  });

  test('dispose writes what is left', async () => {
    const { stored, autosave } = setup();
    autosave.edit((d) => ({ ...d, title: '1' }));
    await vi.advanceTimersByTimeAsync(0);
    autosave.edit((d) => ({ ...d, title: '12' }));
    autosave.dispose();
    expect(stored.value.title).toBe('12');
  });
});
