/**
 * Chrome: storage.local is closed to content scripts (`setAccessLevel`), so a
 * compromised mail-page renderer cannot read the notes. Firefox has `setAccessLevel` only
 * for storage.session, so there it is skipped; Firefox content scripts never get the key
 * list anyway because every page reads through the store and writes through the background.
 */
import type { Storage } from '../shared/browser';

interface AccessLevelArea {
  setAccessLevel?: (options: {
    accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
  }) => Promise<void>;
}

export async function closeStorageToContentScripts(area: Storage.StorageArea): Promise<boolean> {
  const setAccessLevel = (area as Storage.StorageArea & AccessLevelArea).setAccessLevel;
  if (typeof setAccessLevel !== 'function') return false;
  try {
    await setAccessLevel.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    // Firefox may expose the method on `local` yet refuse it: nothing to close there.
    console.warn('[Follow-Through] storage.local.setAccessLevel failed', error);
    return false;
  }
}
