/**
 * The single writer: every change to `storage.local` goes through here, because storage has no
 * transactions and two pages doing get → modify → set would overwrite each other.
 * A put names the record its edit started from; when the stored revision is still that one
 * the change is written as is, otherwise it is merged three ways (core/model/merge.ts) with
 * what is stored, so two surfaces editing at once lose nothing.
 *
 * Nothing lives in globals between events (the service worker stops after ~30 s idle): the
 * only in-memory thing is the queue that keeps two messages handled in the same wake-up
 * from interleaving their read and write.
 */
import { mergeImport, type ExportData } from '../core/model/export-file';
import { mergeRecord } from '../core/model/merge';
import { isFromNewerVersion, needsMigration } from '../core/model/migrations';
import { validateRecord } from '../core/model/schema';
import { SCHEMA_VERSION, type StoredRecord } from '../core/model/types';
import type { Storage } from '../shared/browser';
import { HandlerError, type PutPayload, type PutReply } from '../shared/messages';
import {
  BACKUP_KEY,
  META_KEY,
  corruptKey,
  isCorruptKey,
  keyMatches,
  keyOf,
  recordKindOf,
} from '../shared/store-keys';
import { loadStored } from '../shared/store-records';

export interface MigrationReport {
  migrated: string[];
  setAside: string[];
  /** Keys holding records from a newer build: left in place, untouched. */
  newer: string[];
}

/** Why a record from a newer build is not changed here (shown to the user as is). */
export function newerRecordMessage(key: string): string {
  return `${key}: saved by a newer version of Follow-Through; update the extension to change it`;
}

export interface RecordWriter {
  put(payload: PutPayload): Promise<PutReply>;
  remove(key: string): Promise<{ deleted: boolean }>;
  setAside(keys: string[]): Promise<{ setAside: string[] }>;
  importData(
    data: ExportData,
    mode: 'merge' | 'replace',
  ): Promise<{ written: number; removed: number }>;
  deleteEverything(): Promise<{ removed: number }>;
  /** Lifts every record to the current schema; idempotent, run on install, update and start. */
  migrateAll(): Promise<MigrationReport>;
}

/** Storage failures as codes the pages can explain in plain words. */
export function storageFailure(error: unknown): HandlerError {
  const text = error instanceof Error ? error.message : String(error);
  return /quota/i.test(text) ? new HandlerError('quota', text) : new HandlerError('storage', text);
}

export function createRecordWriter(
  area: Storage.StorageArea,
  now: () => Date = () => new Date(),
  log: (message: string, detail?: unknown) => void = (message, detail) =>
    console.warn(`[Follow-Through] ${message}`, detail ?? ''),
): RecordWriter {
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // A thunk, not a promise: a storage call can also throw before it returns one (a closed
  // profile, a wrapper that checks sizes), and that must read as a storage failure too.
  const io = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw storageFailure(error);
    }
  };

  /** Copies the raw value aside before the key is freed: a bad record is never just dropped. */
  const keepAside = async (key: string, raw: unknown, errors: string[]): Promise<string> => {
    const aside = corruptKey(key, now());
    await io(() => area.set({ [aside]: raw }));
    await io(() => area.remove(key));
    log(`set aside ${key} as ${aside}`, errors);
    return aside;
  };

  const stamp = (record: StoredRecord, rev: number): StoredRecord => {
    const stored = {
      ...record,
      schemaVersion: SCHEMA_VERSION,
      rev,
      updatedAt: now().toISOString(),
    };
    const valid = validateRecord(stored);
    if (!valid.ok)
      throw new HandlerError('invalid', valid.errors[0] ?? 'record: invalid', valid.errors);
    return valid.value;
  };

  return {
    put: ({ key, base, next }) =>
      exclusive(async () => {
        if (!keyMatches(key, next))
          throw new HandlerError('invalid', `key: ${key} does not hold this record`);
        const raw = (await io(() => area.get(key)))[key];
        let current: StoredRecord | undefined;
        if (raw !== undefined) {
          const loaded = loadStored(key, raw);
          if (loaded.ok) current = loaded.value;
          else if (isFromNewerVersion(raw))
            throw new HandlerError('invalid', newerRecordMessage(key));
          else await keepAside(key, raw, loaded.errors);
        }
        let result: StoredRecord = next;
        let merged = false;
        // Absent: new, or deleted elsewhere meanwhile; an edit beats a delete, so write it.
        if (current && !(base && current.rev === base.rev)) {
          result = mergeRecord(base, next, current);
          merged = true;
        }
        const rev = Math.max(current?.rev ?? 0, base?.rev ?? 0, next.rev) + 1;
        const stored = stamp(result, rev);
        await io(() => area.set({ [key]: stored }));
        return { record: stored, merged };
      }),

    remove: (key) =>
      exclusive(async () => {
        if (recordKindOf(key) === null && !isCorruptKey(key)) {
          throw new HandlerError('invalid', `key: ${key} is not a record`);
        }
        const present = (await io(() => area.get(key)))[key] !== undefined;
        if (present) await io(() => area.remove(key));
        return { deleted: present };
      }),

    setAside: (keys) =>
      exclusive(async () => {
        const setAside: string[] = [];
        for (const key of keys) {
          if (recordKindOf(key) === null) continue;
          const raw = (await io(() => area.get(key)))[key];
          if (raw === undefined) continue;
          const loaded = loadStored(key, raw);
          if (!loaded.ok && !isFromNewerVersion(raw))
            setAside.push(await keepAside(key, raw, loaded.errors));
        }
        return { setAside };
      }),

    importData: (data, mode) =>
      exclusive(async () => {
        for (const [name, list] of [
          ['interviews', data.interviews],
          ['templates', data.templates],
        ] as const) {
          const ids = new Set<string>();
          list.forEach((r, i) => {
            if (ids.has(r.id))
              throw new HandlerError('invalid', `${name}[${i}].id: duplicate id ${r.id}`);
            ids.add(r.id);
          });
        }
        const all = await io(() => area.get(null));
        const existing: ExportData = { interviews: [], templates: [], settings: null };
        const newer = new Set<string>();
        for (const [key, raw] of Object.entries(all)) {
          if (recordKindOf(key) === null) continue;
          if (isFromNewerVersion(raw)) newer.add(key);
          const loaded = loadStored(key, raw);
          // Unreadable records are left where they are: an import must not touch them.
          if (!loaded.ok) continue;
          const r = loaded.value;
          if (r.kind === 'interview') existing.interviews.push(r);
          else if (r.kind === 'template') existing.templates.push(r);
          else existing.settings = r;
        }
        const result = mergeImport(existing, data, mode);
        const records: StoredRecord[] = [...result.interviews, ...result.templates];
        if (result.settings) records.push(result.settings);
        const items: Record<string, StoredRecord> = {};
        for (const record of records) {
          const valid = validateRecord(record);
          if (!valid.ok)
            throw new HandlerError('invalid', valid.errors[0] ?? 'record: invalid', valid.errors);
          const key = keyOf(record);
          if (newer.has(key)) throw new HandlerError('invalid', newerRecordMessage(key));
          items[key] = valid.value;
        }
        // One set(): the import lands whole or not at all.
        await io(() => area.set(items));
        let removed = 0;
        if (mode === 'replace') {
          const stale = [...existing.interviews, ...existing.templates]
            .map(keyOf)
            .filter((key) => !(key in items));
          if (stale.length) await io(() => area.remove(stale));
          removed = stale.length;
        }
        return { written: Object.keys(items).length, removed };
      }),

    deleteEverything: () =>
      exclusive(async () => {
        const removed = Object.keys(await io(() => area.get(null))).length;
        await io(() => area.clear());
        return { removed };
      }),

    migrateAll: () =>
      exclusive(async () => {
        const all = await io(() => area.get(null));
        const updates: Record<string, unknown> = {};
        const originals: Record<string, unknown> = {};
        const report: MigrationReport = { migrated: [], setAside: [], newer: [] };
        for (const [key, raw] of Object.entries(all)) {
          if (recordKindOf(key) === null) continue;
          const loaded = loadStored(key, raw);
          if (!loaded.ok && isFromNewerVersion(raw)) {
            report.newer.push(key);
          } else if (!loaded.ok) {
            report.setAside.push(await keepAside(key, raw, loaded.errors));
          } else if (needsMigration(raw)) {
            updates[key] = loaded.value;
            originals[key] = raw;
            report.migrated.push(key);
          }
        }
        const meta = all[META_KEY] as { schemaVersion?: unknown } | undefined;
        if (report.migrated.length) {
          // The old shapes stay until a later start finds nothing to migrate.
          updates[BACKUP_KEY] = { at: now().toISOString(), records: originals };
        }
        if (meta?.schemaVersion !== SCHEMA_VERSION || report.migrated.length) {
          updates[META_KEY] = { schemaVersion: SCHEMA_VERSION, migratedAt: now().toISOString() };
        }
        if (Object.keys(updates).length) await io(() => area.set(updates));
        if (!report.migrated.length && all[BACKUP_KEY] !== undefined)
          await io(() => area.remove(BACKUP_KEY));
        return report;
      }),
  };
}
