/**
 * Unit tests render with the real English strings: `browser.i18n.getMessage` on the fake
 * browser reads `public/_locales/en/messages.json` as the browser would.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Call after `fakeBrowser.reset()`. */
export function installMessages(): void {
  Object.assign(fakeBrowser.i18n, { getMessage });
}
