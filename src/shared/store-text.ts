/**
 * What the store says when something goes wrong, in plain words from `_locales` (the
 * technical detail goes to the console). Each failure says whether the change is kept,
 * because that is what the user needs to know next.
 */
import { t } from '../ui/i18n';
import { EditError } from '../core/model/record-edits';
import { MessageError } from './messages';
import type { QueueFailure } from './store-queue';

/** The error line for a write that didn't land (and is kept for a retry, when it can be). */
export function writeFailureText({ error, unstashed }: QueueFailure): string {
  const text = describeFailure(error);
  return unstashed ? `${text} ${t('storeUnstashed')}` : text;
}

export function describeFailure(error: unknown): string {
  if (!(error instanceof MessageError)) return t('storeSaveFailed');
  switch (error.code) {
    case 'quota':
      return t('storeQuotaFull');
    case 'storage':
      return t('storeBrowserRefused');
    case 'unreachable':
    case 'internal':
      return t('storeBackgroundSilent');
    case 'invalid':
    case 'too-large':
      return t('storeChangeInvalid', [error.errors[0] ?? error.message]);
    default:
      return t('storeChangeRefused', [error.message]);
  }
}

/** Why an import that passed the file check still didn't land; nothing was imported. */
export function importFailureText(error: unknown): string {
  if (!(error instanceof MessageError)) return t('storeImportFailed');
  switch (error.code) {
    case 'quota':
      return t('storeImportQuotaFull');
    case 'storage':
      return t('storeImportBrowserRefused');
    case 'unreachable':
    case 'internal':
      return t('storeImportBackgroundSilent');
    default:
      return t('storeImportRefused', [error.errors[0] ?? error.message]);
  }
}

/** Records a newer build wrote, which this copy leaves alone. */
export function newerNotice(count: number): string | null {
  if (!count) return null;
  return count === 1 ? t('storeNewerOne') : t('storeNewerMany', [count]);
}

/** Records that failed to load and were moved aside. */
export function corruptNotice(count: number): string | null {
  if (!count) return null;
  return count === 1 ? t('storeCorruptOne') : t('storeCorruptMany', [count]);
}

export const loadFailureText = (): string => t('storeLoadFailed');
export const deleteAllFailureText = (): string => t('storeDeleteAllFailed');
export const invalidChangeText = (errors: string[]): string =>
  t('storeChangeInvalid', [errors.join('; ')]);

/** An edit that named something the page no longer has, as an Error to reject with. */
export function editErrorText(error: unknown): unknown {
  return error instanceof EditError ? new Error(t(error.key)) : error;
}
