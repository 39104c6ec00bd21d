import type { Interview, Interviewer, Settings } from '../model/types';
import { interviewFollowUps } from './follow-up-dates';
import { cardPostBy, thankYouWindow } from './thank-you-window';

export type DueKind = 'thank-you' | 'card' | 'follow-up' | 'close';
/** `too-soon`: the note is waiting for the first minutes to pass; still shown, not nagged. */
export type DueState = 'too-soon' | 'due' | 'overdue';

export interface DueItem {
  kind: DueKind;
  state: DueState;
  interviewId: string;
  /** Absent for interview-level items (follow-up, close). */
  interviewerId?: string;
  /** ISO instant the item is due by (thank-you, card) or became due (follow-up, close). */
  dueAt: string;
}

const DAY = 24 * 60 * 60_000;
/** After this, a late thank-you is no longer suggested; the follow-up takes over. */
const LATE_NOTE_DAYS = 5;

/**
 * What needs doing now, oldest deadline first: the popup's list and the badge's count.
 * Closed interviews (with an outcome) need nothing.
 */
export function dueItems(
  interviews: Interview[],
  now: string,
  settings?: Pick<Settings, 'reminders'>,
): DueItem[] {
  const t = Date.parse(now);
  const items: DueItem[] = [];
  for (const interview of interviews) {
    if (interview.outcome || Number.isNaN(Date.parse(interview.when))) continue;
    const start = Date.parse(interview.when);
    if (t < start) continue;
    const lateCutoff = start + LATE_NOTE_DAYS * DAY;
    const thanks = thankYouWindow(interview, settings);
    // The note goes by the channel the recruiter has used: a card replaces the email.
    const byCard = interview.channel === 'card';
    for (const person of interview.interviewers) {
      if (t >= lateCutoff || hasSent(person, byCard ? 'card' : 'thank-you')) continue;
      const dueAt = byCard ? cardPostBy(interview) : thanks.dueAt;
      items.push({
        kind: byCard ? 'card' : 'thank-you',
        state: stateFor(t, thanks.tooSoonUntil, dueAt),
        interviewId: interview.id,
        interviewerId: person.id,
        dueAt,
      });
    }
    const dates = interviewFollowUps(interview);
    if (t >= Date.parse(dates.moveOnAt)) {
      items.push({ kind: 'close', state: 'due', interviewId: interview.id, dueAt: dates.moveOnAt });
    } else if (dates.next && t >= Date.parse(dates.next)) {
      items.push({ kind: 'follow-up', state: 'due', interviewId: interview.id, dueAt: dates.next });
    }
  }
  return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

function hasSent(person: Interviewer, kind: 'thank-you' | 'card'): boolean {
  if (person.thankedAt) return true;
  return person.history.some((n) => n.kind === kind);
}

function stateFor(t: number, tooSoonUntil: string | null, dueAt: string): DueState {
  if (tooSoonUntil && t < Date.parse(tooSoonUntil)) return 'too-soon';
  return t < Date.parse(dueAt) ? 'due' : 'overdue';
}

/** The badge shows what needs the user now; a note still in its first minutes does not. */
export function badgeCount(items: DueItem[]): number {
  return items.filter((i) => i.state !== 'too-soon').length;
}
