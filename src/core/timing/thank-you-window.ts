import type { Interview, Settings } from '../model/types';
import { interviewZone } from './interview-zone';
import { instantAt, zonedTime } from './zoned-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Writing within minutes of walking out reads as a form letter; the advice says wait a little. */
export const TOO_SOON_MINUTES = 10;
export const THANK_YOU_HOURS = 24;
export const CARD_HOURS = 48;
export const DEFAULT_NUDGE_HOUR = 17;

export interface ThankYouWindow {
  /** ISO instant; before it, the panel says "wait a little". */
  tooSoonUntil: string;
  /** ISO instant of the same-day nudge (about 5 pm where the interview was), or null. */
  nudgeAt: string | null;
  /** ISO instant: interview + 24 h. */
  dueAt: string;
}

/**
 * `when` is the start; the end is not stored, so "too soon" counts from the start. Times are
 * ISO instants in UTC so they compare as strings and as numbers alike.
 */
export function thankYouWindow(
  interview: Pick<Interview, 'when' | 'timeZone'>,
  settings?: Pick<Settings, 'reminders'>,
): ThankYouWindow {
  const start = Date.parse(interview.when);
  const tooSoonUntil = start + TOO_SOON_MINUTES * MINUTE;
  const zone = interviewZone(interview);
  const day = zonedTime(start, zone);
  const hour = settings?.reminders.nudgeHour ?? DEFAULT_NUDGE_HOUR;
  const nudge = instantAt({ year: day.year, month: day.month, day: day.day, hour }, zone);
  return {
    tooSoonUntil: iso(tooSoonUntil),
    nudgeAt: nudge > tooSoonUntil ? iso(nudge) : null,
    dueAt: iso(start + THANK_YOU_HOURS * HOUR),
  };
}

/** A handwritten card should be in the post within 48 hours. */
export function cardPostBy(interview: Pick<Interview, 'when'>): string {
  return iso(Date.parse(interview.when) + CARD_HOURS * HOUR);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
