/**
 * Storage faults, one case each, with the real store, the real background writer and storage
 * that fails on cue: the user types (through the same autosave the popup uses), storage
 * fails, and at the end every character typed is in storage and the page said what happened
 * in plain words on the way. Each case adds its figures (writes retried, records set aside,
 * items lost) to `out/reliability/faults-unit.json`, which `npm test` prints in its summary.
 *
 * The cases where the real browser matters (two popups and a panel at once, a popup closed
 * mid-word, a 5,000-interview import) run again end to end in test/e2e/faults.e2e.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import { exportData } from '../core/model/export-file';
import type { Interview } from '../core/model/types';
import { createAutosave } from '../ui/autosave';
import { fake, settle, startExtension, type Extension } from '../../test/setup/fake-extension';
import { installMessages } from '../ui/i18n.test-helpers';
import { MemoryStorage } from '../../test/setup/memory-storage';
import type { Store } from './store';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

interface CaseFigures {
  name: string;
  /** What the page said while it happened (the user's view of the fault). */
  said: string;
  retried: number;
  setAside: number;
  lost: number;
}
const figures: CaseFigures[] = [];

afterAll(() => {
  const out = resolve(import.meta.dirname, '../../out/reliability');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'faults-unit.json'), JSON.stringify({ cases: figures }, null, 2));
});

const quota = () => new Error('QUOTA_BYTES quota exceeded');
const TYPED = 'Ask Gloria about the Q3 POS rollout';

/** Storage that fails the next `count` writes the way `fail` says; counts what it failed. */
function failWrites(count: number, fail: 'reject-quota' | 'throw') {
  const set = fake.storage.local.set.bind(fake.storage.local);
  let left = count;
  let failed = 0;
  vi.spyOn(fake.storage.local, 'set').mockImplementation((items) => {
    if (left > 0) {
      left--;
      failed++;
      if (fail === 'throw') throw new Error('IO error: the profile is not writable');
      return Promise.reject(quota());
    }
    return set(items);
  });
  return { failed: () => failed };
}

/** Types `text` into the notes field one key at a time, as the popup's editor does. */
async function typeNotes(store: Store, id: string, text: string, onKey?: () => void) {
  const autosave = createAutosave<Interview>({
    current: () => store.interviews.value.find((i) => i.id === id),
    commit: (change) => store.updateInterview(id, change),
    interval: 0,
  });
  for (let i = 1; i <= text.length; i++) {
    autosave.edit((iv) => ({ ...iv, notes: text.slice(0, i) }));
    await settle(1);
    onKey?.();
  }
  await autosave.flush();
  autosave.dispose();
}

describe('storage faults: nothing typed is lost, and the page says what happened', () => {
  let ext: Extension;
  beforeEach(() => {
    ext = startExtension();
    installMessages();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  const stored = async (key: string) => (await ext.dump())[key] as Interview | undefined;
  const seen = (store: Store, sink: Set<string>) => () => {
    if (store.status.value.error) sink.add(store.status.value.error);
  };

  test('quota exceeded mid-edit', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const popup = ext.client({ retryDelays: [1] });
    await popup.ready;
    const said = new Set<string>();
    let faults: ReturnType<typeof failWrites> | null = null;
    await typeNotes(popup, 'iv-1', TYPED, () => {
      // Storage fills up after the fifth key: the next six writes are refused.
      if (!faults && popup.interviews.value[0]!.notes.length === 5)
        faults = failWrites(6, 'reject-quota');
      seen(popup, said)();
    });
    await popup.flush();
    const text = [...said].join(' ');
    expect(text).toMatch(/storage is full.*kept on this page and will be retried/);
    expect(faults!.failed()).toBe(6);
    expect((await stored('interview:iv-1'))?.notes).toBe(TYPED);
    expect(popup.status.value).toEqual({ loading: false, error: null, pendingWrites: 0 });
    figures.push({ name: 'quota exceeded mid-edit', said: text, retried: 6, setAside: 0, lost: 0 });
    popup.dispose();
  });

  test('a write that throws instead of rejecting', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const popup = ext.client({ retryDelays: [1] });
    await popup.ready;
    const said = new Set<string>();
    const faults = failWrites(3, 'throw');
    await typeNotes(popup, 'iv-1', TYPED, seen(popup, said));
    await popup.flush();
    const text = [...said].join(' ');
    // The background answered: it is storage that failed, and the words must say so.
    expect(text).toMatch(/The browser couldn't save your last change/);
    expect(text).not.toMatch(/background service didn't answer/);
    expect((await stored('interview:iv-1'))?.notes).toBe(TYPED);
    figures.push({
      name: 'a write that throws',
      said: text,
      retried: faults.failed(),
      setAside: 0,
      lost: 0,
    });
    popup.dispose();
  });

  test('page storage full too while the background is away: the user is told to wait', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const popup = ext.client({ stash: full, retryDelays: [1] });
    await popup.ready;
    ext.unreachable = true;
    await popup.updateInterview('iv-1', (iv) => ({ ...iv, notes: TYPED }));
    const text = popup.status.value.error ?? '';
    expect(text).toMatch(/didn't answer.*keep it open until it says All changes saved/);
    // The window stays open, the background comes back, the retry lands.
    ext.unreachable = false;
    await popup.flush();
    expect((await stored('interview:iv-1'))?.notes).toBe(TYPED);
    expect(popup.status.value.error).toBeNull();
    figures.push({ name: 'page storage full too', said: text, retried: 1, setAside: 0, lost: 0 });
    popup.dispose();
  });

  test('a corrupt record is set aside, not deleted; the rest loads and stays editable', async () => {
    const broken = { kind: 'interview', id: 'bad', company: 12, notes: 'half-written' };
    await fake.storage.local.set({
      'interview:bad': broken,
      'interview:iv-1': sampleInterview(),
    });
    const popup = ext.client();
    await popup.ready;
    await settle();
    const text = popup.status.value.error ?? '';
    expect(text).toMatch(/One saved item couldn't be read\. It was set aside, not deleted/);
    const dump = await ext.dump();
    const aside = Object.keys(dump).filter((k) => k.startsWith('corrupt:interview:bad:'));
    expect(aside).toHaveLength(1);
    expect(dump[aside[0]!]).toEqual(broken);
    expect(popup.setAside.value).toEqual(aside);
    await typeNotes(popup, 'iv-1', TYPED);
    await popup.flush();
    expect((await stored('interview:iv-1'))?.notes).toBe(TYPED);
    figures.push({ name: 'a corrupt record', said: text, retried: 0, setAside: 1, lost: 0 });
    popup.dispose();
  });

  test('a record from a newer version is left as it is, and the page says why it is hidden', async () => {
    const future = {
      ...sampleInterview({ id: 'future', notes: 'written by v9' }),
      schemaVersion: 9,
    };
    await fake.storage.local.set({
      'interview:future': future,
      'interview:iv-1': sampleInterview(),
    });
    await ext.writer.migrateAll();
    const popup = ext.client();
    await popup.ready;
    await settle();
    const text = popup.status.value.error ?? '';
    expect(text).toMatch(
      /One saved item was saved by a newer version of Follow-Through.*Nothing was changed or deleted/,
    );
    expect(popup.interviews.value.map((i) => i.id)).toEqual(['iv-1']);
    await typeNotes(popup, 'iv-1', TYPED);
    await popup.flush();
    const dump = await ext.dump();
    expect(dump['interview:future']).toEqual(future);
    expect(Object.keys(dump).some((k) => k.startsWith('corrupt:'))).toBe(false);
    expect((dump['interview:iv-1'] as Interview).notes).toBe(TYPED);
    figures.push({
      name: 'a record from a newer version',
      said: text,
      retried: 0,
      setAside: 0,
      lost: 0,
    });
    popup.dispose();
  });

  test('two popups and a panel edit one interview at once: every field kept', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const one = ext.client({ path: 'src/popup/index.html' });
    const two = ext.client({ path: 'src/popup/index.html' });
    const panel = ext.client({ path: 'src/panel/index.html' });
    await Promise.all([one.ready, two.ready, panel.ready]);
    await Promise.all([
      typeNotes(one, 'iv-1', TYPED),
      (async () => {
        for (const role of ['Store', 'Store Manager', 'Store Manager, Midtown'])
          await two.updateInterview('iv-1', (iv) => ({ ...iv, role }));
      })(),
      panel.recordSent('iv-1', 'p-1', {
        kind: 'thank-you',
        at: '2026-04-07T18:00:00.000Z',
        channel: 'email',
        text: 'Dear Gloria, thank you.',
      }),
    ]);
    await Promise.all([one.flush(), two.flush(), panel.flush()]);
    await settle();
    const final = (await stored('interview:iv-1'))!;
    expect(final.notes).toBe(TYPED);
    expect(final.role).toBe('Store Manager, Midtown');
    expect(final.interviewers[0]!.thankedAt).toBe('2026-04-07T18:00:00.000Z');
    for (const page of [one, two, panel]) expect(page.interviews.value[0]).toEqual(final);
    figures.push({
      name: 'two popups and a panel at once',
      said: 'nothing to say: all three edits kept',
      retried: 0,
      setAside: 0,
      lost: 0,
    });
    [one, two, panel].forEach((s) => s.dispose());
  });

  test('the popup closed mid-word while the background is away: restored on next open', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const localStorage = new MemoryStorage();
    const popup = ext.client({ stash: localStorage, retryDelays: [60_000] });
    await popup.ready;
    ext.unreachable = true;
    const autosave = createAutosave<Interview>({
      current: () => popup.interviews.value.find((i) => i.id === 'iv-1'),
      commit: (change) => popup.updateInterview('iv-1', change),
      interval: 60_000,
    });
    // The first key goes out at once; the rest wait for the next write slot.
    for (let i = 1; i <= 12; i++) autosave.edit((iv) => ({ ...iv, notes: TYPED.slice(0, i) }));
    // pagehide: flush synchronously, then the page is gone before anything answers.
    void autosave.flush();
    popup.dispose();
    ext.unreachable = false;
    const reopened = ext.client({ stash: localStorage });
    await reopened.ready;
    expect(reopened.interviews.value[0]?.notes).toBe(TYPED.slice(0, 12));
    await reopened.flush();
    expect((await stored('interview:iv-1'))?.notes).toBe(TYPED.slice(0, 12));
    figures.push({
      name: 'popup closed mid-word',
      said: 'restored from the page stash on next open',
      retried: 1,
      setAside: 0,
      lost: 0,
    });
    reopened.dispose();
  });

  test('an import of 5,000 interviews lands whole; a full disk imports nothing and says so', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      sampleInterview({ id: `bulk-${i}`, notes: `note ${i}`, rev: 0 }),
    );
    const file = JSON.parse(JSON.stringify(exportData(many)));
    const options = ext.client();
    const popup = ext.client({ path: 'src/popup/index.html' });
    await Promise.all([options.ready, popup.ready]);

    vi.spyOn(fake.storage.local, 'set').mockRejectedValueOnce(quota());
    const refused = await options.importData(file, 'merge');
    expect(refused).toEqual({
      ok: false,
      errors: [expect.stringMatching(/storage is full.*Nothing was imported\./)],
    });
    expect(Object.keys(await ext.dump())).toEqual([]);

    expect(await options.importData(file, 'merge')).toEqual({ ok: true });
    await settle();
    const dump = await ext.dump();
    const notes = new Set(Object.values(dump).map((r) => (r as Interview).notes));
    const lost = many.filter((iv) => !notes.has(iv.notes)).length;
    expect(lost).toBe(0);
    expect(popup.interviews.value).toHaveLength(5000);
    figures.push({
      name: 'import of 5,000 interviews',
      said: (refused as { errors: string[] }).errors[0]!,
      retried: 1,
      setAside: 0,
      lost,
    });
    options.dispose();
    popup.dispose();
    // Validating and merging 5,000 records takes a few seconds on a shared two-core machine; the
    // default 5 s limit would fail the test on load, not on behaviour (speed is in the bench).
  }, 60_000);
});
