/**
 * Stored records carry `schemaVersion`; each migration lifts a record by one version. They
 * are pure (no clock, no randomness: ids are derived from content), so the background can
 * re-run them safely and tests can pin every step.
 *
 * To change the shape: bump SCHEMA_VERSION in types.ts, add one `Migration` here, and add
 * a fixture of the old shape to migrations.test.ts.
 */
import { stableId } from './ids';
import { SCHEMA_VERSION } from './types';

type Json = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  up(record: Json): Json;
}

export class MigrationError extends Error {}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v0 is the hand-written shape (what people and older tools write, and the dev set's
 * format): no `schemaVersion`, concerns as plain strings, no ids on people, no `history`,
 * no meta. Lifting it makes such files importable.
 */
export const v0ToV1: Migration = {
  from: 0,
  to: 1,
  up(record) {
    const kind = record.kind ?? (Array.isArray(record.interviewers) ? 'interview' : record.kind);
    const base: Json = { ...record, kind, schemaVersion: 1 };
    if (base.rev === undefined) base.rev = 0;
    if (base.updatedAt === undefined) base.updatedAt = '1970-01-01T00:00:00.000Z';
    if (kind !== 'interview') return base;
    const interviewId =
      typeof record.id === 'string' && record.id !== ''
        ? record.id
        : stableId(JSON.stringify(record));
    base.id = interviewId;
    base.format ??= 'other';
    base.channel ??= 'email';
    base.notes ??= '';
    if (Array.isArray(record.interviewers)) {
      base.interviewers = record.interviewers.map((p: unknown, i) => {
        if (!isObject(p)) return p;
        const personId =
          typeof p.id === 'string' && p.id !== ''
            ? p.id
            : stableId(interviewId, 'person', String(i));
        const concerns = Array.isArray(p.concerns)
          ? p.concerns.map((c: unknown, j) =>
              typeof c === 'string' ? { id: stableId(personId, 'concern', String(j)), text: c } : c,
            )
          : [];
        return { ...p, id: personId, concerns, topics: p.topics ?? [], history: p.history ?? [] };
      });
    }
    return base;
  },
};

export const MIGRATIONS: readonly Migration[] = [v0ToV1];

export function versionOf(record: Json): number {
  const v = record.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Lifts any earlier version to SCHEMA_VERSION. Throws MigrationError for non-objects and
 * for records from a newer version (written by a newer build: refuse rather than damage).
 */
export function migrate(
  record: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Json {
  if (!isObject(record)) throw new MigrationError('record: must be an object');
  let current: Json = record;
  let version = versionOf(current);
  if (version > target) {
    throw new MigrationError(
      `schemaVersion: ${version} is newer than this version of Follow-Through understands (${target})`,
    );
  }
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationError(`schemaVersion: no migration from version ${version}`);
    current = { ...step.up(current), schemaVersion: step.to };
    version = step.to;
  }
  return current;
}

/**
 * A record written by a newer build of the extension (a profile restored onto an older copy).
 * Such records are left exactly where they are: the newer build reads them again once updated.
 */
export function isFromNewerVersion(record: unknown, target: number = SCHEMA_VERSION): boolean {
  return isObject(record) && versionOf(record) > target;
}

export function needsMigration(record: unknown, target: number = SCHEMA_VERSION): boolean {
  return isObject(record) && versionOf(record) < target;
}
