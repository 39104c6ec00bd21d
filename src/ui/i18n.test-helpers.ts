/**
 * Unit tests render with the real strings: `browser.i18n.getMessage` on the fake browser reads
 * `public/_locales/<lang>/messages.json` as the browser would. English unless a test asks for
 * another locale, which proves a translation needs no code.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import german from '../../public/_locales/de/messages.json';
import english from '../../public/_locales/en/messages.json';
import { fillMessage, type Catalog } from '../core/i18n/text';

export const LOCALES: Record<'en' | 'de', Catalog> = { en: english, de: german };

let current: Catalog = english;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = current[key];
  if (!entry) return '';
  return fillMessage(entry.message, substitutions === undefined ? [] : [substitutions].flat());
}

/** Call after `fakeBrowser.reset()`; `locale` picks the messages the fake browser answers with. */
export function installMessages(locale: keyof typeof LOCALES = 'en'): void {
  current = LOCALES[locale];
  const language = locale === 'en' ? 'en-US' : locale;
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => language });
}

/**
 * English sentences (and the fixed parts of English messages with substitutions) found in
 * `text`, where German has its own words: what a German page would still show in English if a
 * string were written in code rather than in `_locales`.
 */
export function englishLeftIn(text: string): string[] {
  const found: string[] = [];
  for (const [key, { message }] of Object.entries(english as Catalog)) {
    if (german[key as keyof typeof german]?.message === message) continue;
    for (const part of message.split(/\$[1-9]/)) {
      if (part.trim().length >= 12 && text.includes(part)) found.push(`${key}: ${part}`);
    }
  }
  return found;
}
