import { interviewWallTime, interviewZone } from '../core/timing/interview-zone';
import { formatDate } from '../core/timing/zoned-time';
import type { Interview, Outcome } from '../core/model/types';
import type { MessageKey } from '../core/i18n/text';

/** The zone this browser runs in, e.g. "Europe/Berlin". */
export function userZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `when` as a `datetime-local` value, on the wall clock where the interview happened. */
export function toLocalInput(interview: Pick<Interview, 'when' | 'timeZone'>): string {
  if (Number.isNaN(Date.parse(interview.when))) return '';
  const w = interviewWallTime(interview);
  return `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** "Tue, Apr 7, 10:00 AM" where the interview happened. */
export function formatWhen(interview: Pick<Interview, 'when' | 'timeZone'>, locale?: string) {
  const t = Date.parse(interview.when);
  if (Number.isNaN(t)) return '';
  const zone = interviewZone(interview);
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(t);
  } catch {
    // A fixed offset ("+05:30") is not a zone name Intl accepts everywhere.
    return new Intl.DateTimeFormat(locale, options).format(t);
  }
}

/** "5:00 PM" in the user's own zone, for deadlines. */
export function formatClock(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(t);
}

/** The message for each outcome, so a new outcome without words is a type error. */
export const OUTCOME_KEY: Record<Outcome, MessageKey> = {
  offer: 'outcome_offer',
  rejection: 'outcome_rejection',
  'no-answer': 'outcome_no_answer',
  withdrew: 'outcome_withdrew',
};
