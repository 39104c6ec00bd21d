import { MigrationError, migrate } from './migrations';
import { validateRecord, type Result } from './schema';
import type { StoredRecord } from './types';

/** Migrate then validate: the one way to turn stored or imported JSON into a record. */
export function loadRecord(input: unknown, path = ''): Result<StoredRecord> {
  let lifted: unknown;
  try {
    lifted = migrate(input);
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    return { ok: false, errors: [path ? `${path}.${error.message}` : error.message] };
  }
  return validateRecord(lifted, path);
}
