/**
 * Every key Follow-Through keeps in `browser.storage.local`, declared once, so no page can
 * invent a key the others do not know (as Bitwarden's `state-definitions.ts`). A record lives
 * under its own key so a change touches one key and `storage.onChanged` says exactly what
 * moved; `store-keys.test.ts` checks that no key or prefix can be mistaken for another.
 */
import type { StoredRecord } from '../core/model/types';

export const STORAGE_KEYS = {
  /** `interview:<id>` → Interview. */
  interview: { prefix: 'interview:' },
  /** `template:<id>` → Template: the user's own, or a saved edit of a built-in (same id). */
  template: { prefix: 'template:' },
  /** `settings` → Settings. */
  settings: { exact: 'settings' },
  /**
   * `corrupt:<key>:<time>` → whatever was stored under `<key>` when it failed to load.
   * Kept, never read as data, so a bad record costs a warning rather than the user's notes.
   */
  corrupt: { prefix: 'corrupt:' },
  /** `meta` → { schemaVersion, migratedAt }: the version the last migration pass reached. */
  meta: { exact: 'meta' },
  /**
   * `migration-backup` → { records: { [key]: raw } }: what a migration pass replaced, kept
   * until the next start finds nothing left to migrate, so a migration that went wrong can
   * still be undone by hand.
   */
  backup: { exact: 'migration-backup' },
  /**
   * `reminders-shown` → { [alarm name]: { at, kind, interviewId, interviewerId? } }: the
   * reminders already notified, so a restarted background never shows one twice.
   */
  remindersShown: { exact: 'reminders-shown' },
} as const;

export type KeyKind = keyof typeof STORAGE_KEYS;
export type RecordKind = StoredRecord['kind'];

export function interviewKey(id: string): string {
  return `${STORAGE_KEYS.interview.prefix}${id}`;
}
export function templateKey(id: string): string {
  return `${STORAGE_KEYS.template.prefix}${id}`;
}
export const SETTINGS_KEY = STORAGE_KEYS.settings.exact;
export const META_KEY = STORAGE_KEYS.meta.exact;
export const BACKUP_KEY = STORAGE_KEYS.backup.exact;
export const REMINDERS_SHOWN_KEY = STORAGE_KEYS.remindersShown.exact;

export function corruptKey(key: string, at: Date | string): string {
  const time = typeof at === 'string' ? at : at.toISOString();
  return `${STORAGE_KEYS.corrupt.prefix}${key}:${time}`;
}

export function keyOf(record: StoredRecord): string {
  switch (record.kind) {
    case 'interview':
      return interviewKey(record.id);
    case 'template':
      return templateKey(record.id);
    case 'settings':
      return SETTINGS_KEY;
  }
}

/** The record kind a key holds, or null for keys that hold no record (corrupt, meta, unknown). */
export function recordKindOf(key: string): RecordKind | null {
  if (key === SETTINGS_KEY) return 'settings';
  for (const kind of ['interview', 'template'] as const) {
    const { prefix } = STORAGE_KEYS[kind];
    if (key.startsWith(prefix) && key.length > prefix.length) return kind;
  }
  return null;
}

export function isCorruptKey(key: string): boolean {
  return key.startsWith(STORAGE_KEYS.corrupt.prefix);
}

/** True when `record` may be stored under `key` (the kind and id match the key). */
export function keyMatches(key: string, record: StoredRecord): boolean {
  return keyOf(record) === key;
}
