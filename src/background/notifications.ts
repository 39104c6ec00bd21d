/**
 * The browser's notifications, as reminders need them. The notification id is the
 * reminder's alarm name, so showing the same reminder again replaces it instead of
 * stacking a second one.
 */
import type browser from '../shared/browser';

type Browser = typeof browser;
// The last overload, `create(options)`, names the options type the polyfill does not export here.
type CreateOptions = Parameters<Browser['notifications']['create']>[0];

export interface NotificationContent {
  title: string;
  message: string;
  /** Chrome shows up to two; Firefox has none (the click does the first one's job). */
  buttons: string[];
}

const ICON = 'icons/icon-128.png';

export async function showNotification(
  api: Browser,
  id: string,
  content: NotificationContent,
): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: api.runtime.getURL(ICON),
    title: content.title,
    message: content.message,
  };
  const buttons = content.buttons.slice(0, 2).map((title) => ({ title }));
  try {
    // `buttons` is Chrome's: the polyfill's (Firefox) types do not list it.
    const options = (buttons.length ? { ...base, buttons } : base) as CreateOptions;
    await api.notifications.create(id, options);
  } catch (error) {
    // Firefox rejects `buttons` (unsupported there); the click still opens the first action.
    if (!buttons.length) throw error;
    await api.notifications.create(id, base);
  }
}

export async function clearNotification(api: Browser, id: string): Promise<void> {
  try {
    await api.notifications.clear(id);
  } catch {
    // Already gone (closed by the user or by the system): nothing to clear.
  }
}

/**
 * Calls `onAction(id, button)` for a click on the notification (button -1) or on one of its
 * buttons. Returns a function that removes the listeners.
 */
export function onNotificationAction(
  api: Browser,
  onAction: (id: string, button: number) => void,
): () => void {
  const clicked = (id: string) => onAction(id, -1);
  const pressed = (id: string, button: number) => onAction(id, button);
  api.notifications.onClicked.addListener(clicked);
  // Firefox has no buttons: onButtonClicked exists but never fires.
  api.notifications.onButtonClicked?.addListener(pressed);
  return () => {
    api.notifications.onClicked.removeListener(clicked);
    api.notifications.onButtonClicked?.removeListener(pressed);
  };
}
