/**
 * Records that could not be read are moved aside (never deleted) by whichever page or
 * background start found them first; every other page would otherwise never mention them.
 * This says so quietly (a status, not an alert) wherever the store's own error line is empty.
 */
import type { Store } from '../shared/store';
import { t } from './i18n';

export function SetAsideNotice({ store }: { store: Pick<Store, 'setAside' | 'status'> }) {
  const count = store.setAside.value.length;
  if (!count || store.status.value.error) return null;
  return (
    <p class="notice" role="status" id="set-aside-notice">
      {count === 1 ? t('setAsideOne') : t('setAsideMany', [count])}
    </p>
  );
}
