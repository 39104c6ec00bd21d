/**
 * The edits the store makes on the user's behalf, and the rules for built-in templates, as
 * pure functions: records in, records out, nothing stored here. The store applies them to
 * what the page shows and queues the result.
 */
import { LIMITS } from './schema';
import type { Interview, InterviewOutcome, SentNote, Template } from './types';

/** An edit that names something the record doesn't have; `key` is its message key. */
export class EditError extends Error {
  constructor(
    readonly key: 'storeNoInterview' | 'storeNoInterviewer' | 'storeNotBuiltIn',
    readonly id: string,
  ) {
    super(`${key}: ${id}`);
    this.name = 'EditError';
  }
}

/** Appends to the interviewer's history; a thank-you or card also sets `thankedAt`. */
export function recordSent(interview: Interview, interviewerId: string, note: SentNote): Interview {
  const index = interview.interviewers.findIndex((p) => p.id === interviewerId);
  const person = interview.interviewers[index];
  if (!person) throw new EditError('storeNoInterviewer', interviewerId);
  const thanks = note.kind === 'thank-you' || note.kind === 'card';
  const interviewers = [...interview.interviewers];
  interviewers[index] = {
    ...person,
    // The schema caps history; a hundred notes to one person means the oldest can go.
    history: [...person.history, note].slice(-LIMITS.history),
    ...(thanks && !person.thankedAt ? { thankedAt: note.at } : {}),
  };
  return { ...interview, interviewers };
}

/** Sets the outcome, or clears it (undefined). */
export function setOutcome(interview: Interview, outcome: InterviewOutcome | undefined): Interview {
  const { outcome: _old, ...rest } = interview;
  return outcome ? { ...rest, outcome } : rest;
}

/** Most recent first (by `when`), then by id so the order never flickers. */
export function sortInterviews(interviews: readonly Interview[]): Interview[] {
  return [...interviews].sort(
    (a, b) => Date.parse(b.when) - Date.parse(a.when) || a.id.localeCompare(b.id),
  );
}

/**
 * The template list: built-ins in their shipped order (each replaced by the user's saved
 * edit of it, if any), then the user's own by name.
 */
export function templateList(
  builtIns: readonly Template[],
  saved: readonly Template[],
): Template[] {
  const byId = new Map(saved.map((t) => [t.id, t]));
  const shipped = new Set(builtIns.map((t) => t.id));
  return [
    ...builtIns.map((t) => byId.get(t.id) ?? t),
    ...saved
      .filter((t) => !shipped.has(t.id))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  ];
}

/**
 * What removing template `id` means: a user's own is deleted; a built-in can't go, so its
 * saved edit is deleted (back to the shipped text), or nothing happens when it has none.
 * `reset` asks for the built-in's shipped text and is an error for any other template.
 */
export function templateRemoval(
  id: string,
  builtInIds: ReadonlySet<string>,
  hasSaved: boolean,
  reset = false,
): 'delete' | 'nothing' {
  const builtIn = builtInIds.has(id);
  if (reset && !builtIn) throw new EditError('storeNotBuiltIn', id);
  return builtIn && !hasSaved ? 'nothing' : 'delete';
}
