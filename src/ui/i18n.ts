/**
 * UI strings come from `public/_locales/<lang>/messages.json` through the browser's i18n
 * API, so a translation is a new folder and no code. A missing key shows the key itself
 * (and warns once) rather than an empty label.
 */
import { wordWith, type MessageKey, type SubsOf, type Text } from '../core/i18n/text';
import { timeLeft } from '../core/timing/time-left';
import browser from '../shared/browser';

export type { MessageKey, Text } from '../core/i18n/text';

const warned = new Set<string>();

/**
 * `t('dueCard', ['Gloria'])`: the message with `$1`, `$2`… filled in. The substitutions are
 * typed per key, so a missing or extra one is a type error.
 */
export function t<K extends MessageKey>(
  key: K,
  ...substitutions: SubsOf<K> extends [] ? [] : [SubsOf<K, string | number>]
): string {
  const subs: (string | number)[] | undefined = substitutions[0];
  return lookup(key, subs?.map(String));
}

function lookup(key: MessageKey, subs?: string[]): string {
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
  return wordWith((key, subs) => lookup(key, subs), value);
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
