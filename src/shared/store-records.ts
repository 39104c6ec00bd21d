/**
 * Turning a stored key and value into a record, the same way in the background and in every
 * page: migrate, validate, and check the record belongs under its key.
 */
import { loadRecord } from '../core/model/load-record';
import type { Result } from '../core/model/schema';
import type { StoredRecord } from '../core/model/types';
import { keyOf, recordKindOf } from './store-keys';

export function loadStored(key: string, raw: unknown): Result<StoredRecord> {
  const result = loadRecord(raw, key);
  if (!result.ok) return result;
  if (recordKindOf(key) !== result.value.kind || keyOf(result.value) !== key) {
    return { ok: false, errors: [`${key}: holds a ${result.value.kind} with another id`] };
  }
  return result;
}
