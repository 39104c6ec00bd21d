/**
 * The toolbar badge: how many things need the user now (thank-you notes, cards, follow-ups,
 * interviews to close). Computed by core `dueItems`, the same list the popup shows, so the
 * number and the list always agree.
 */
import type { Interview, Settings } from '../core/model/types';
import { badgeCount, dueItems } from '../core/timing/due-items';
import type browser from '../shared/browser';

type Browser = typeof browser;

export function badgeText(
  interviews: Interview[],
  settings: Pick<Settings, 'reminders'>,
  now: string,
): string {
  const count = badgeCount(dueItems(interviews, now, settings));
  if (count === 0) return '';
  // The badge fits about four characters.
  return count > 99 ? '99+' : String(count);
}

export async function setBadge(api: Browser, text: string): Promise<void> {
  // The worker may be woken without the action API (tests): the badge is best effort.
  await api.action?.setBadgeText({ text });
}
