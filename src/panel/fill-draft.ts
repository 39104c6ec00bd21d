/**
 * Template choice and filling for one interviewer. Pure: the panel model calls it whenever
 * the pick, the template or the saved notes change.
 */
import { firstName } from '../core/checks/format';
import type {
  Interview,
  Interviewer,
  NoteKind,
  Settings,
  Template,
  TemplateKind,
} from '../core/model/types';
import { fillTemplate, type FilledTemplate } from '../core/templates/fill-template';
import { interviewFollowUps } from '../core/timing/follow-up-dates';

/** The kinds a user picks between, in the panel's order, with their plain names. */
export const DRAFT_KINDS: readonly { kind: TemplateKind; label: string }[] = [
  { kind: 'email', label: 'Thank-you' },
  { kind: 'card', label: 'Card' },
  { kind: 'follow-up', label: 'Follow-up' },
];

/** What the checks call a draft of this template kind. */
export function noteKindOf(kind: TemplateKind): NoteKind {
  return kind === 'email' ? 'thank-you' : kind;
}

export function templatesOfKind(templates: readonly Template[], kind: TemplateKind): Template[] {
  return templates.filter((t) => t.type === kind);
}

/**
 * When this interviewer is owed a follow-up (thank-you already sent, the follow-up date has
 * come, fewer than two follow-ups sent), the ISO instant it became due; else null.
 */
export function followUpDueAt(
  interview: Interview,
  person: Interviewer,
  now: string,
): string | null {
  if (interview.outcome) return null;
  const thanked = person.thankedAt || person.history.some((n) => n.kind !== 'follow-up');
  if (!thanked) return null;
  const dates = interviewFollowUps(interview);
  return dates.next && Date.parse(now) >= Date.parse(dates.next) ? dates.next : null;
}

/** The kind to start with: follow-up when one is due, a card when that is the channel. */
export function defaultKind(interview: Interview, person: Interviewer, now: string): TemplateKind {
  if (followUpDueAt(interview, person, now)) return 'follow-up';
  return interview.channel === 'card' ? 'card' : 'email';
}

export function fillFor(
  template: Template,
  interview: Interview,
  person: Interviewer,
  settings: Pick<Settings, 'userName' | 'signature'>,
): FilledTemplate {
  return fillTemplate(template, { interview, interviewer: person, settings });
}

/**
 * One line per field the template could not fill, saying where to add the value:
 * "first topic — add a topic to Gloria's notes".
 */
export function explainMissing(field: string, person: Interviewer): string {
  const who = firstName(person) || 'this interviewer';
  const notes = `${who}'s notes`;
  const hints: Record<string, string> = {
    firstName: `first name — add ${possessive(who)} name in the interview notes`,
    lastName: `last name — add ${possessive(who)} full name in the interview notes`,
    fullName: `name — add it in the interview notes`,
    title: `job title — add ${possessive(who)} title to ${notes}`,
    company: 'company — add it to the interview',
    role: 'role — add the role you interviewed for to the interview',
    weekday: 'weekday — check the interview date',
    interviewDate: 'interview date — check the interview date',
    firstTopic: `first topic — add a topic to ${notes}`,
    allTopics: `topics — add a topic to ${notes}`,
    concernParagraphs: `answers to concerns — add your planned answer to ${notes}`,
    decisionDate: 'decision date — add when they expect to decide to the interview',
    myName: 'your name — add it in Follow-Through settings',
    signature: 'your signature — add it in Follow-Through settings',
  };
  return hints[field] ?? `“${field}” — this template uses a field Follow-Through doesn't know`;
}

function possessive(name: string): string {
  return name === 'this interviewer' ? "this interviewer's" : `${name}'s`;
}
