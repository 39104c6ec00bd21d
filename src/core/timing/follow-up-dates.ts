import type { Interview } from '../model/types';
import { interviewWallTime, interviewZone } from './interview-zone';
import { addBusinessDays, addDays, instantAt, parseDate, zonedTime } from './zoned-time';
import { iso } from './thank-you-window';

/** The advice: follow up at most twice, about a week apart, then move on. */
export const MAX_FOLLOW_UPS = 2;
export const FOLLOW_UP_HOUR = 9;
const NO_DECISION_BUSINESS_DAYS = 5;
const BETWEEN_BUSINESS_DAYS = 5;
const MOVE_ON_DAYS = 7;

export interface FollowUpDates {
  /** ISO instants at 9:00 where the interview was. */
  first: string;
  second: string;
  /** The follow-up to make next, or null once both are sent. */
  next: string | null;
  /** When to stop waiting, close the interview and record the outcome. */
  moveOnAt: string;
}

/**
 * First: the business day after the decision date, or five business days after the
 * interview when no date was given. Second: five business days after the first (or after
 * the first one actually sent, when later). `lastSentAt` is when the latest follow-up went
 * out: with one sent it moves the second, with two it moves `moveOnAt`.
 */
export function followUpDates(
  interview: Pick<Interview, 'when' | 'timeZone' | 'decisionBy'>,
  sentFollowUps: number,
  lastSentAt?: string,
): FollowUpDates {
  const zone = interviewZone(interview);
  const decision = interview.decisionBy ? parseDate(interview.decisionBy) : null;
  const firstDay = decision
    ? addBusinessDays(decision, 1)
    : addBusinessDays(interviewWallTime(interview), NO_DECISION_BUSINESS_DAYS);
  const first = atNine(firstDay, zone);

  let secondFrom = firstDay;
  const last = lastSentAt ? Date.parse(lastSentAt) : NaN;
  if (sentFollowUps === 1 && !Number.isNaN(last) && last > first) {
    secondFrom = zonedTime(last, zone);
  }
  const secondDay = addBusinessDays(secondFrom, BETWEEN_BUSINESS_DAYS);
  const second = atNine(secondDay, zone);

  let lastDay = secondDay;
  if (sentFollowUps >= MAX_FOLLOW_UPS && !Number.isNaN(last) && last > second) {
    lastDay = zonedTime(last, zone);
  }
  const moveOn = atNine(addDays(lastDay, MOVE_ON_DAYS), zone);

  const next = sentFollowUps <= 0 ? first : sentFollowUps === 1 ? second : null;
  return {
    first: iso(first),
    second: iso(second),
    next: next === null ? null : iso(next),
    moveOnAt: iso(moveOn),
  };
}

function atNine(day: { year: number; month: number; day: number }, zone: string): number {
  return instantAt({ year: day.year, month: day.month, day: day.day, hour: FOLLOW_UP_HOUR }, zone);
}

/**
 * The follow-up dates of an interview as it stands: counts the follow-ups already sent to any of
 * its interviewers (oldest first) and lets the latest one move the next date.
 */
export function interviewFollowUps(interview: Interview): FollowUpDates & { sent: string[] } {
  const sent = interview.interviewers
    .flatMap((p) => p.history.filter((n) => n.kind === 'follow-up').map((n) => n.at))
    .sort();
  return { ...followUpDates(interview, sent.length, sent.at(-1)), sent };
}
