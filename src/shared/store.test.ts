import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview, sampleTemplate } from '../core/model/fixtures.test-helpers';
import { exportData } from '../core/model/export-file';
import type { Interview, SentNote } from '../core/model/types';
import { fake, settle, startExtension, type Extension } from '../../test/setup/fake-extension';
import { installMessages } from '../ui/i18n.test-helpers';
import { MemoryStorage } from '../../test/setup/memory-storage';
import { STASH_KEY } from './store-stash';
import type { Store } from './store';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const quota = () => new Error('QUOTA_BYTES quota exceeded');

describe('the store (pages + background together)', () => {
  let ext: Extension;
  const stores: Store[] = [];
  const open = (...args: Parameters<Extension['client']>) => {
    const store = ext.client(...args);
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    ext = startExtension();
    installMessages();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    stores.splice(0).forEach((s) => s.dispose());
  });

  test('starts with defaults and built-ins, then loads what is stored', async () => {
    await fake.storage.local.set({
      'interview:a': sampleInterview({ id: 'a', when: '2026-04-01T10:00:00-04:00' }),
      'interview:b': sampleInterview({ id: 'b', when: '2026-04-09T10:00:00-04:00' }),
      'template:builtin-short': {
        ...sampleTemplate({ id: 'builtin-short', builtIn: true }),
        name: 'My short',
      },
      'template:t-1': sampleTemplate(),
    });
    const store = open();
    expect(store.status.value.loading).toBe(true);
    expect(store.settings.value.reminders.nudgeHour).toBe(17);
    await store.ready;
    expect(store.status.value).toEqual({ loading: false, error: null, pendingWrites: 0 });
    expect(store.interviews.value.map((i) => i.id)).toEqual(['b', 'a']);
    const names = store.templates.value.map((t) => t.name);
    expect(names).toContain('My short');
    expect(names).not.toContain('Short email');
    expect(names.at(-1)).toBe('Mine');
    expect(store.templates.value.filter((t) => t.builtIn)).toHaveLength(4);
  });

  test('a save shows at once, is stored by the background, and reaches other pages', async () => {
    const popup = open({ path: 'src/popup/index.html' });
    const options = open();
    await Promise.all([popup.ready, options.ready]);
    const saving = popup.saveInterview(sampleInterview({ rev: 0 }));
    expect(popup.interviews.value).toHaveLength(1);
    expect(popup.status.value.pendingWrites).toBe(1);
    await saving;
    await settle();
    expect(popup.status.value.pendingWrites).toBe(0);
    expect(popup.interviews.value[0]!.rev).toBe(1);
    expect(options.interviews.value).toEqual(popup.interviews.value);
    expect((await ext.dump())['interview:iv-1']).toEqual(popup.interviews.value[0]);
  });

  test('two pages editing one interview at once: both edits kept', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const popup = open({ path: 'src/popup/index.html' });
    const panel = open({ path: 'src/panel/index.html' });
    await Promise.all([popup.ready, panel.ready]);
    // Both edit the rev-3 copy they show, before either hears of the other.
    const fromPopup = structuredClone(popup.interviews.value[0]!);
    fromPopup.company = 'Fenwick & Rowe Ltd';
    fromPopup.interviewers[0]!.topics.push('store layout');
    const fromPanel = structuredClone(panel.interviews.value[0]!);
    fromPanel.notes = 'Ask about the Q3 rollout';
    fromPanel.interviewers.push({
      id: 'p-2',
      name: 'Sam Ortiz',
      concerns: [],
      topics: [],
      history: [],
    });
    await Promise.all([popup.saveInterview(fromPopup), panel.saveInterview(fromPanel)]);
    await Promise.all([popup.flush(), panel.flush()]);
    await settle();

    const stored = (await ext.dump())['interview:iv-1'] as Interview;
    expect(stored).toMatchObject({
      company: 'Fenwick & Rowe Ltd',
      notes: 'Ask about the Q3 rollout',
      rev: 5,
    });
    expect(stored.interviewers.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(stored.interviewers[0]!.topics).toContain('store layout');
    expect(popup.interviews.value[0]).toEqual(stored);
    expect(panel.interviews.value[0]).toEqual(stored);
  });

  test('quick successive edits in one page are all kept, including a revert', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const store = open();
    await store.ready;
    await Promise.all([
      store.updateInterview('iv-1', (i) => ({ ...i, company: 'Changed' })),
      store.updateInterview('iv-1', (i) => ({ ...i, role: 'Changed too' })),
      store.updateInterview('iv-1', (i) => ({ ...i, company: 'Fenwick & Rowe' })),
    ]);
    await store.flush();
    expect((await ext.dump())['interview:iv-1']).toMatchObject({
      company: 'Fenwick & Rowe',
      role: 'Changed too',
    });
  });

  test('a stale copy saved after a newer version arrived is merged, not overwriting', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const a = open();
    const b = open();
    await Promise.all([a.ready, b.ready]);
    const stale = structuredClone(a.interviews.value[0]!);
    await b.updateInterview('iv-1', (i) => ({ ...i, role: 'Area Manager' }));
    await b.flush();
    await settle();
    expect(a.interviews.value[0]!.role).toBe('Area Manager');
    await a.saveInterview({ ...stale, notes: 'from a stale form' });
    await a.flush();
    expect((await ext.dump())['interview:iv-1']).toMatchObject({
      role: 'Area Manager',
      notes: 'from a stale form',
    });
  });

  // A newer build may add fields without a new schema version (as `mailClient` was added);
  // this copy shows the record, and its edits, merges and exports carry those fields along.
  test("fields a newer build added are kept through this copy's edits, merges and export", async () => {
    const base = sampleInterview();
    const later = {
      ...base,
      pinned: true,
      interviewers: [{ ...base.interviewers[0]!, pronouns: 'she/her' }],
    };
    await fake.storage.local.set({ 'interview:iv-1': later });
    const popup = open({ path: 'src/popup/index.html' });
    const panel = open({ path: 'src/panel/index.html' });
    await Promise.all([popup.ready, panel.ready]);
    expect(popup.status.value.error).toBeNull();
    expect(popup.interviews.value.map((i) => i.company)).toEqual([base.company]);

    const fromPopup = { ...structuredClone(popup.interviews.value[0]!), company: 'Fenwick Ltd' };
    await panel.recordSent('iv-1', 'p-1', {
      kind: 'thank-you',
      at: '2026-04-07T18:00:00.000Z',
      channel: 'email',
      text: 'Thank you',
    });
    await popup.saveInterview(fromPopup);
    await Promise.all([popup.flush(), panel.flush()]);
    await settle();

    const stored = (await ext.dump())['interview:iv-1'] as Interview & Record<string, unknown>;
    expect(stored).toMatchObject({ company: 'Fenwick Ltd', pinned: true });
    expect(stored.interviewers[0]).toMatchObject({ pronouns: 'she/her', history: [{}] });
    const file = JSON.parse(JSON.stringify(await popup.exportAll()));
    expect(file.interviews[0]).toMatchObject({ pinned: true });
    const preview = popup.previewImport(file);
    expect(preview.ok && preview.data.interviews[0]).toMatchObject({ pinned: true });
  });

  test('recordSent appends history and sets thankedAt; setOutcome sets and clears', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const store = open();
    await store.ready;
    const note: SentNote = {
      kind: 'thank-you',
      at: '2026-04-07T18:00:00.000Z',
      channel: 'email',
      text: 'Thank you',
    };
    await store.recordSent('iv-1', 'p-1', note);
    await store.setOutcome('iv-1', { result: 'offer', closedAt: '2026-04-20T09:00:00.000Z' });
    await store.flush();
    let stored = (await ext.dump())['interview:iv-1'] as Interview;
    expect(stored.interviewers[0]).toMatchObject({ thankedAt: note.at, history: [note] });
    expect(stored.outcome?.result).toBe('offer');
    await store.setOutcome('iv-1', undefined);
    await store.flush();
    stored = (await ext.dump())['interview:iv-1'] as Interview;
    expect(stored.outcome).toBeUndefined();
    await expect(store.recordSent('iv-1', 'nobody', note)).rejects.toThrow(
      "That interviewer isn't in this interview any more",
    );
  });

  test('an invalid record is refused at once, naming the field, and changes nothing', async () => {
    const store = open();
    await store.ready;
    await expect(store.saveInterview({ ...sampleInterview(), when: 'tomorrow' })).rejects.toThrow(
      'when: not a date-time',
    );
    expect(store.interviews.value).toEqual([]);
    expect(await ext.dump()).toEqual({});
  });

  test('delete removes the record everywhere', async () => {
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    const a = open();
    const b = open();
    await Promise.all([a.ready, b.ready]);
    await a.deleteInterview('iv-1');
    await settle();
    expect(a.interviews.value).toEqual([]);
    expect(b.interviews.value).toEqual([]);
    expect(await ext.dump()).toEqual({});
  });

  describe('templates', () => {
    test('editing a built-in saves an override; reset brings back the shipped text', async () => {
      const store = open();
      await store.ready;
      const shipped = store.templates.value.find((t) => t.id === 'builtin-thank-you')!;
      await store.saveTemplate({ ...shipped, body: 'Dear {{firstName}}, thanks!' });
      await store.flush();
      expect(store.templates.value.find((t) => t.id === 'builtin-thank-you')!.body).toBe(
        'Dear {{firstName}}, thanks!',
      );
      expect(await ext.dump()).toHaveProperty(['template:builtin-thank-you']);
      await store.resetTemplate('builtin-thank-you');
      await store.flush();
      expect(store.templates.value.find((t) => t.id === 'builtin-thank-you')).toEqual(shipped);
      expect(await ext.dump()).toEqual({});
    });

    test('user templates are added and deleted; deleting a built-in only resets it', async () => {
      const store = open();
      await store.ready;
      await store.saveTemplate(sampleTemplate({ id: 'mine', name: 'Zed' }));
      await store.flush();
      expect(store.templates.value.at(-1)!.id).toBe('mine');
      await store.deleteTemplate('mine');
      await store.deleteTemplate('builtin-card');
      await store.flush();
      expect(store.templates.value.map((t) => t.id)).toEqual([
        'builtin-thank-you',
        'builtin-short',
        'builtin-card',
        'builtin-follow-up',
      ]);
      await expect(store.resetTemplate('mine')).rejects.toThrow(
        'Only a built-in template can be reset',
      );
    });
  });

  test('settings save and reach other pages', async () => {
    const a = open();
    const b = open();
    await Promise.all([a.ready, b.ready]);
    await a.saveSettings({ ...a.settings.value, userName: 'Dana Whitfield' });
    await a.flush();
    await settle();
    expect(b.settings.value.userName).toBe('Dana Whitfield');
    expect(b.settings.value.rev).toBe(1);
  });

  describe('corrupt records', () => {
    test('are reported and kept aside, never dropped; good records still load', async () => {
      const broken = { kind: 'interview', id: 'bad', company: 12 };
      await fake.storage.local.set({
        'interview:bad': broken,
        'interview:iv-1': sampleInterview(),
      });
      const store = open();
      await store.ready;
      await settle();
      expect(store.interviews.value.map((i) => i.id)).toEqual(['iv-1']);
      expect(store.status.value.error).toMatch(
        /One saved item couldn't be read\. It was set aside, not deleted/,
      );
      const dump = await ext.dump();
      expect(dump['interview:bad']).toBeUndefined();
      const aside = Object.keys(dump).find((k) => k.startsWith('corrupt:interview:bad:'))!;
      expect(dump[aside]).toEqual(broken);
      expect(store.setAside.value).toEqual([aside]);
    });

    test('a corrupt value arriving by change event is handled the same way', async () => {
      const store = open();
      await store.ready;
      await fake.storage.local.set({ 'interview:x': { nonsense: true } });
      await settle();
      expect(store.status.value.error).toMatch(/set aside/);
      expect(Object.keys(await ext.dump())).toEqual([
        expect.stringMatching(/^corrupt:interview:x:/),
      ]);
    });
  });

  describe('import and export', () => {
    test('export, delete everything, import: the same data back', async () => {
      await fake.storage.local.set({
        'interview:iv-1': sampleInterview(),
        'template:t-1': sampleTemplate(),
      });
      const store = open();
      await store.ready;
      const file = await store.exportAll();
      expect(file).toMatchObject({
        format: 'follow-through',
        interviews: [{ id: 'iv-1' }],
        templates: [{ id: 't-1' }],
      });
      await store.deleteEverything();
      await settle();
      expect(store.interviews.value).toEqual([]);
      expect(await ext.dump()).toEqual({});
      expect(store.previewImport(JSON.parse(JSON.stringify(file)))).toMatchObject({
        ok: true,
        counts: { interviews: 1, templates: 1 },
      });
      expect(await store.importData(JSON.parse(JSON.stringify(file)), 'replace')).toEqual({
        ok: true,
      });
      await settle();
      expect(store.interviews.value).toEqual(file.interviews);
    });

    test('a bad file changes nothing and says which field is wrong', async () => {
      await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
      const store = open();
      await store.ready;
      const before = await ext.dump();
      const file = exportData([
        sampleInterview({ id: 'iv-2' }),
        sampleInterview({ id: 'iv-3' }),
      ]) as unknown as {
        interviews: Record<string, unknown>[];
      };
      file.interviews[1]!.when = 'next Tuesday';
      const preview = store.previewImport(file);
      expect(preview).toEqual({ ok: false, errors: ['interviews[1].when: not a date-time'] });
      expect(await store.importData(file, 'replace')).toEqual({
        ok: false,
        errors: ['interviews[1].when: not a date-time'],
      });
      expect(await ext.dump()).toEqual(before);
      expect(ext.sent).toEqual([]);
    });

    test('a failed write during import changes nothing and says so', async () => {
      const store = open();
      await store.ready;
      vi.spyOn(fake.storage.local, 'set').mockRejectedValueOnce(quota());
      const result = await store.importData(exportData([sampleInterview()]), 'merge');
      expect(result).toEqual({
        ok: false,
        errors: [expect.stringMatching(/storage is full.*Nothing was imported\./)],
      });
      expect(await ext.dump()).toEqual({});
    });
  });

  describe('when storage fails', () => {
    test('quota exceeded: error shown, nothing lost, retried until stored', async () => {
      const store = open({ retryDelays: [20] });
      await store.ready;
      const set = vi.spyOn(fake.storage.local, 'set');
      set.mockRejectedValueOnce(quota()).mockRejectedValueOnce(quota());
      await store.saveInterview(sampleInterview({ rev: 0 }));
      expect(store.status.value.error).toMatch(/storage is full/);
      expect(store.status.value.pendingWrites).toBe(1);
      expect(store.interviews.value).toHaveLength(1);
      expect(await ext.dump()).toEqual({});
      // A second edit while the first is parked is kept too.
      await store.updateInterview('iv-1', (i) => ({ ...i, notes: 'second edit' }));
      await store.flush();
      expect(set.mock.calls.length).toBeGreaterThanOrEqual(3);
      expect(store.status.value).toEqual({ loading: false, error: null, pendingWrites: 0 });
      expect((await ext.dump())['interview:iv-1']).toMatchObject({ notes: 'second edit', rev: 1 });
    });

    test('background unreachable: stashed in the page, restored and written on next open', async () => {
      const localStorage = new MemoryStorage();
      const popup = open({ stash: localStorage, retryDelays: [60_000] });
      await popup.ready;
      ext.unreachable = true;
      await popup.saveInterview(
        sampleInterview({ rev: 0, notes: 'typed right after the interview' }),
      );
      expect(popup.status.value.error).toMatch(/background service didn't answer/);
      expect(localStorage.getItem(STASH_KEY)).toContain('typed right after the interview');
      // The popup closes before any retry.
      popup.dispose();
      ext.unreachable = false;

      const reopened = open({ stash: localStorage });
      await reopened.ready;
      expect(reopened.interviews.value[0]?.notes).toBe('typed right after the interview');
      await reopened.flush();
      expect((await ext.dump())['interview:iv-1']).toMatchObject({
        notes: 'typed right after the interview',
      });
      expect(localStorage.getItem(STASH_KEY)).toBeNull();
    });

    test('storage unreadable at load: said plainly', async () => {
      vi.spyOn(fake.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
      const store = open();
      await store.ready;
      expect(store.status.value).toMatchObject({
        loading: false,
        error: expect.stringMatching(/couldn't be read/),
      });
    });

    test('delete everything that fails deletes nothing and keeps pending changes', async () => {
      await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
      const store = open();
      await store.ready;
      vi.spyOn(fake.storage.local, 'clear').mockRejectedValueOnce(new Error('IO error'));
      await expect(store.deleteEverything()).rejects.toThrow();
      expect(store.status.value.error).toMatch(/Nothing was deleted/);
      expect(store.interviews.value).toHaveLength(1);
    });
  });

  test('after dispose, the page stops following storage', async () => {
    const store = open();
    await store.ready;
    store.dispose();
    await fake.storage.local.set({ 'interview:iv-1': sampleInterview() });
    await settle();
    expect(store.interviews.value).toEqual([]);
    await expect(store.saveInterview(sampleInterview())).rejects.toThrow('closed');
  });
});
