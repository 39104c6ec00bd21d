/**
 * Whether a compose's panel should open by itself or wait as the small tab. Most mail a job
 * seeker writes is not a thank-you, so the panel stays out of the way unless the message is
 * plainly one: addressed to a saved interviewer, or a blank new message while a thank-you or
 * follow-up is due. And only while the message is new or still empty: a half-written reply is
 * the user's own work, and a panel sliding in beside it would be an interruption.
 *
 * Pure, so each case has a table test; the panel feeds it the compose state and the notes.
 */
import type { Recipient } from '../checks/types';
import type { Interview, Settings } from '../model/types';
import { sameName } from '../names/match-name';
import { dueItems } from '../timing/due-items';

export interface ComposeFacts {
  kind: 'new' | 'reply' | 'forward';
  /** Null when the To row could not be read: then nothing is known about who it is for. */
  to: readonly Recipient[] | null;
  /** The user's own words (quote and signature removed); null when the body was not found. */
  text: string | null;
}

const normalise = (value: string | undefined): string => (value ?? '').trim().toLowerCase();

/**
 * Some recipient is a saved interviewer, by address, or by name when no address shows, matched as
 * the interviewer pick matches it ("Dr. Adaeze Okonkwo", "Okonkwo, Adaeze").
 */
export function toNamesInterviewer(
  interviews: readonly Interview[],
  to: readonly Recipient[] | null,
): boolean {
  if (!to?.length) return false;
  const emails = new Set(to.map((r) => normalise(r.email)).filter(Boolean));
  const names = to.filter((r) => !normalise(r.email) && r.name?.trim()).map((r) => r.name ?? '');
  return interviews.some((interview) =>
    interview.interviewers.some(
      (person) =>
        emails.has(normalise(person.email)) || names.some((name) => sameName(name, person.name)),
    ),
  );
}

/**
 * A thank-you or follow-up is waiting to be written now. A thank-you still "too soon" (the
 * first minutes after the interview) is not: the popup shows it, the panel need not jump.
 */
export function noteDue(
  interviews: Interview[],
  now: string,
  settings?: Pick<Settings, 'reminders'>,
): boolean {
  return dueItems(interviews, now, settings).some(
    (item) => (item.kind === 'thank-you' && item.state !== 'too-soon') || item.kind === 'follow-up',
  );
}

/**
 * What the panel suggests for this compose: `open`, `tab`, or null to leave it as it is. Mail
 * to someone who is not an interviewer (or a blank message with nothing due) is ordinary mail:
 * `tab`. A message for an interviewer opens only while new or empty; once the user is writing,
 * null, so typing (or inserting the draft) never folds or unfolds the panel under them.
 */
export function suggestion(
  compose: ComposeFacts,
  interviews: Interview[],
  now: string,
  settings?: Pick<Settings, 'reminders'>,
): 'open' | 'tab' | null {
  if (compose.to === null) return null;
  const forNote =
    compose.to.length > 0
      ? toNamesInterviewer(interviews, compose.to)
      : noteDue(interviews, now, settings);
  if (!forNote) return 'tab';
  const untouched = compose.kind === 'new' || (compose.text ?? '').trim() === '';
  return untouched ? 'open' : null;
}
