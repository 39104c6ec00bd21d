/**
 * The user's own call on whether their draft answers a concern ("This answers it" / "Not
 * answered" in the panel), kept on the concern per kind of note so it survives a panel
 * reload and travels with the interview through the single writer and its merge.
 */
import type { Concern, Interview, NoteKind } from './types';

/** The user's call for the draft of `kind`: true answered, false not, undefined not made. */
export function userCall(
  concern: Pick<Concern, 'answeredIn'>,
  kind: NoteKind,
): boolean | undefined {
  return concern.answeredIn?.[kind];
}

/**
 * The interview with the user's call on one concern set (`answered`) or taken back (`null`:
 * the checker decides again). Unchanged, the same object comes back, so no write is made.
 */
export function markAnswered(
  interview: Interview,
  interviewerId: string,
  concernId: string,
  kind: NoteKind,
  answered: boolean | null,
): Interview {
  let changed = false;
  const interviewers = interview.interviewers.map((person) => {
    if (person.id !== interviewerId) return person;
    const concerns = person.concerns.map((concern) => {
      if (concern.id !== concernId || userCall(concern, kind) === (answered ?? undefined)) {
        return concern;
      }
      changed = true;
      const { [kind]: _dropped, ...rest } = concern.answeredIn ?? {};
      const answeredIn = answered === null ? rest : { ...rest, [kind]: answered };
      const { answeredIn: _old, ...plain } = concern;
      return Object.keys(answeredIn).length ? { ...plain, answeredIn } : plain;
    });
    return changed ? { ...person, concerns } : person;
  });
  return changed ? { ...interview, interviewers } : interview;
}
