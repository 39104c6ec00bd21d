/**
 * UI strings come from `public/_locales/<lang>/messages.json` through the browser's i18n
 * API, so a translation is a new folder and no code. A missing key shows the key itself
 * (and warns once) rather than an empty label.
 */
import { wordWith, type MessageKey, type Text } from '../core/i18n/text';
import { timeLeft } from '../core/timing/time-left';
import browser from '../shared/browser';

export type { MessageKey, Text } from '../core/i18n/text';

const warned = new Set<string>();

/** `t('dueLeft', ['5 h'])`: the message with `$1`, `$2`… filled in. */
export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, subs);
  } catch {
    message = '';
  }
  if (message) return message;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn('[Follow-Through] missing UI string', key);
  }
  return key;
}

/** Words a `Text` from the core (a finding, a time left) in the browser's language. */
export function say(value: Text): string {
  return wordWith((key, subs) => t(key, subs), value);
}

/** "5 h 12 min left", "overdue by 2 h", "due now" in the browser's language; '' for no date. */
export function sayTimeLeft(dueAt: string, now: string): string {
  const left = timeLeft(dueAt, now);
  return left ? say(left) : '';
}

/**
 * The locale dates are written in: the browser's UI language. English keeps the day-month
 * order ("Tue 7 Apr") the pages have always shown, which reads well on both sides of the
 * Atlantic.
 */
export function uiLocale(english = 'en-GB'): string {
  let language = '';
  try {
    language = browser.i18n.getUILanguage();
  } catch {
    language = '';
  }
  return !language || language.toLowerCase().startsWith('en') ? english : language;
}
