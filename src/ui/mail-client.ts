/**
 * The mail client used to be kept in the extension pages' `localStorage`, where the service
 * worker cannot read it (Chrome) and an export does not carry it. It now lives in Settings
 * (`mailClient`); this moves an old choice there once, from whichever page opens first.
 */
import type { MailClient, Settings } from '../core/model/types';

/** The old localStorage key; nothing writes it any more. */
export const LEGACY_MAIL_CLIENT_KEY = 'follow-through:mail-client';

type Memory = Pick<Storage, 'getItem' | 'removeItem'>;

interface SettingsStore {
  ready: Promise<void>;
  settings: { value: Settings };
  saveSettings(next: Settings): Promise<void>;
}

/**
 * Copies a stored 'outlook' choice into Settings, then forgets the old key. The key goes only
 * after the save succeeded, so a failed write retries on the next page load; 'gmail' (the
 * default) needs no write. Safe to run from two pages at once: both write the same value.
 */
export async function migrateMailClient(
  store: SettingsStore,
  memory: Memory | null = safeStorage(),
): Promise<void> {
  let old: string | null = null;
  try {
    old = memory?.getItem(LEGACY_MAIL_CLIENT_KEY) ?? null;
  } catch {
    return;
  }
  if (old === null) return;
  await store.ready;
  const wanted: MailClient = old === 'outlook' ? 'outlook' : 'gmail';
  const settings = store.settings.value;
  if (wanted === 'outlook' && settings.mailClient !== 'outlook') {
    await store.saveSettings({ ...settings, mailClient: wanted });
  }
  try {
    memory?.removeItem(LEGACY_MAIL_CLIENT_KEY);
  } catch {
    // Blocked storage: the next load tries again, and finds Settings already set.
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
