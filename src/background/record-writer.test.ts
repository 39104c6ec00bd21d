import { beforeEach, describe, expect, test, vi } from 'vitest';
import { sampleInterview, sampleTemplate } from '../core/model/fixtures.test-helpers';
import { defaultSettings } from '../core/model/defaults';
import type { Interview, StoredRecord } from '../core/model/types';
import { fake, startExtension, type Extension } from '../../test/setup/fake-extension';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

/** The writer answers with any record kind; these tests only store interviews. */
const asInterview = (record: StoredRecord) => record as Interview;

describe('the record writer', () => {
  let ext: Extension;
  beforeEach(() => {
    ext = startExtension();
  });

  test('a new record is stored at the next revision', async () => {
    const next = sampleInterview({ rev: 0 });
    const { record, merged } = await ext.writer.put({ key: 'interview:iv-1', base: null, next });
    expect(merged).toBe(false);
    expect(record.rev).toBe(1);
    expect((await ext.dump())['interview:iv-1']).toEqual(record);
  });

  test('a write based on the stored revision replaces it', async () => {
    const stored = asInterview(
      (
        await ext.writer.put({
          key: 'interview:iv-1',
          base: null,
          next: sampleInterview({ rev: 0 }),
        })
      ).record,
    );
    const next = { ...stored, company: 'New Co' };
    const { record, merged } = await ext.writer.put({ key: 'interview:iv-1', base: stored, next });
    expect(merged).toBe(false);
    expect(record).toMatchObject({ company: 'New Co', rev: stored.rev + 1 });
  });

  test('a write based on an older revision is merged with what is stored', async () => {
    const v1 = asInterview(
      (
        await ext.writer.put({
          key: 'interview:iv-1',
          base: null,
          next: sampleInterview({ rev: 0 }),
        })
      ).record,
    );
    await ext.writer.put({ key: 'interview:iv-1', base: v1, next: { ...v1, role: 'Their role' } });
    const { record, merged } = await ext.writer.put({
      key: 'interview:iv-1',
      base: v1,
      next: { ...v1, company: 'My Co' },
    });
    expect(merged).toBe(true);
    expect(record).toMatchObject({ company: 'My Co', role: 'Their role', rev: 3 });
  });

  test('an edit to a record deleted meanwhile brings it back (the edit wins)', async () => {
    const v1 = asInterview(
      (
        await ext.writer.put({
          key: 'interview:iv-1',
          base: null,
          next: sampleInterview({ rev: 0 }),
        })
      ).record,
    );
    await ext.writer.remove('interview:iv-1');
    const { record } = await ext.writer.put({
      key: 'interview:iv-1',
      base: v1,
      next: { ...v1, notes: 'kept' },
    });
    expect(record).toMatchObject({ notes: 'kept', rev: 2 });
  });

  test('concurrent writes in one wake-up do not interleave', async () => {
    const v1 = asInterview(
      (
        await ext.writer.put({
          key: 'interview:iv-1',
          base: null,
          next: sampleInterview({ rev: 0 }),
        })
      ).record,
    );
    await Promise.all([
      ext.writer.put({ key: 'interview:iv-1', base: v1, next: { ...v1, company: 'A' } }),
      ext.writer.put({ key: 'interview:iv-1', base: v1, next: { ...v1, role: 'B' } }),
      ext.writer.put({ key: 'interview:iv-1', base: v1, next: { ...v1, notes: 'C' } }),
    ]);
    expect((await ext.dump())['interview:iv-1']).toMatchObject({
      company: 'A',
      role: 'B',
      notes: 'C',
      rev: 4,
    });
  });

  test('a corrupt stored record is set aside before the key is reused', async () => {
    await fake.storage.local.set({ 'interview:iv-1': { kind: 'interview', company: 7 } });
    await ext.writer.put({ key: 'interview:iv-1', base: null, next: sampleInterview({ rev: 0 }) });
    const dump = await ext.dump();
    const aside = Object.keys(dump).filter((k) => k.startsWith('corrupt:interview:iv-1:'));
    expect(aside).toHaveLength(1);
    expect(dump[aside[0]!]).toEqual({ kind: 'interview', company: 7 });
  });

  test('setAside moves only records that really fail to load', async () => {
    await fake.storage.local.set({
      'interview:bad': { kind: 'interview', id: 'bad' },
      'interview:iv-1': sampleInterview(),
    });
    const { setAside } = await ext.writer.setAside([
      'interview:bad',
      'interview:iv-1',
      'meta',
      'interview:absent',
    ]);
    expect(setAside).toEqual([expect.stringMatching(/^corrupt:interview:bad:/)]);
    const dump = await ext.dump();
    expect(dump['interview:bad']).toBeUndefined();
    expect(dump['interview:iv-1']).toBeDefined();
  });

  test('storage errors come back as codes the page can explain', async () => {
    vi.spyOn(fake.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(
      ext.writer.put({ key: 'interview:iv-1', base: null, next: sampleInterview() }),
    ).rejects.toMatchObject({ code: 'quota' });
    vi.spyOn(fake.storage.local, 'get').mockRejectedValueOnce(new Error('IO error'));
    await expect(ext.writer.remove('interview:iv-1')).rejects.toMatchObject({ code: 'storage' });
    // A storage call that throws before it returns a promise is a storage failure too.
    vi.spyOn(fake.storage.local, 'set').mockImplementationOnce(() => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    await expect(
      ext.writer.put({ key: 'interview:iv-1', base: null, next: sampleInterview() }),
    ).rejects.toMatchObject({ code: 'quota' });
  });

  describe('migrations', () => {
    const v0 = {
      id: 'old-1',
      company: 'Fenwick & Rowe',
      role: 'Store Manager',
      when: '2026-04-07T10:00:00-04:00',
      interviewers: [{ name: 'Gloria', concerns: ['team size'] }],
    };

    test('lift old records, set aside broken ones, and are idempotent', async () => {
      await fake.storage.local.set({
        'interview:old-1': v0,
        'interview:ok': sampleInterview({ id: 'ok' }),
        'interview:broken': { kind: 'interview', schemaVersion: 1 },
        unrelated: 1,
      });
      const first = await ext.writer.migrateAll();
      expect(first.migrated).toEqual(['interview:old-1']);
      expect(first.setAside).toEqual([expect.stringMatching(/^corrupt:interview:broken:/)]);
      const dump = await ext.dump();
      expect(dump['interview:old-1']).toMatchObject({ schemaVersion: 1, id: 'old-1', notes: '' });
      expect(dump['migration-backup']).toMatchObject({ records: { 'interview:old-1': v0 } });
      expect(dump.meta).toMatchObject({ schemaVersion: 1 });
      expect(dump.unrelated).toBe(1);

      const second = await ext.writer.migrateAll();
      expect(second).toEqual({ migrated: [], setAside: [], newer: [] });
      const after = await ext.dump();
      // A clean start drops the backup and leaves every record as it was.
      expect(after['migration-backup']).toBeUndefined();
      expect(after['interview:old-1']).toEqual(dump['interview:old-1']);
    });

    test('records from a newer version stay where they are, untouched', async () => {
      const future = { ...sampleInterview({ id: 'future' }), schemaVersion: 99 };
      await fake.storage.local.set({ 'interview:future': future });
      const report = await ext.writer.migrateAll();
      expect(report).toMatchObject({ setAside: [], newer: ['interview:future'] });
      expect(await ext.writer.setAside(['interview:future'])).toEqual({ setAside: [] });
      // Neither an edit nor an import may overwrite what the newer build wrote.
      await expect(
        ext.writer.put({
          key: 'interview:future',
          base: null,
          next: sampleInterview({ id: 'future' }),
        }),
      ).rejects.toMatchObject({ code: 'invalid', message: /newer version/ });
      await expect(
        ext.writer.importData(
          { interviews: [sampleInterview({ id: 'future' })], templates: [], settings: null },
          'merge',
        ),
      ).rejects.toMatchObject({ code: 'invalid' });
      await ext.writer.importData({ interviews: [], templates: [], settings: null }, 'replace');
      expect(await ext.dump()).toEqual({ 'interview:future': future, meta: expect.anything() });
    });
  });

  describe('import', () => {
    test('merge keeps existing records and adds new ones in one write', async () => {
      await ext.writer.put({ key: 'interview:iv-1', base: null, next: sampleInterview() });
      const set = vi.spyOn(fake.storage.local, 'set');
      const result = await ext.writer.importData(
        {
          interviews: [sampleInterview({ id: 'iv-2' })],
          templates: [sampleTemplate()],
          settings: defaultSettings(),
        },
        'merge',
      );
      expect(set).toHaveBeenCalledTimes(1);
      expect(result).toEqual({ written: 4, removed: 0 });
      expect(Object.keys(await ext.dump()).sort()).toEqual([
        'interview:iv-1',
        'interview:iv-2',
        'settings',
        'template:t-1',
      ]);
    });

    test('replace removes records the file lacks, keeping set-aside copies', async () => {
      await fake.storage.local.set({
        'interview:iv-1': sampleInterview(),
        'corrupt:interview:x:1': { a: 1 },
      });
      const result = await ext.writer.importData(
        { interviews: [sampleInterview({ id: 'iv-2' })], templates: [], settings: null },
        'replace',
      );
      expect(result).toEqual({ written: 1, removed: 1 });
      expect(Object.keys(await ext.dump()).sort()).toEqual([
        'corrupt:interview:x:1',
        'interview:iv-2',
      ]);
    });

    test('duplicate ids change nothing', async () => {
      await expect(
        ext.writer.importData(
          { interviews: [sampleInterview(), sampleInterview()], templates: [], settings: null },
          'merge',
        ),
      ).rejects.toMatchObject({ code: 'invalid', message: 'interviews[1].id: duplicate id iv-1' });
      expect(await ext.dump()).toEqual({});
    });
  });
});
