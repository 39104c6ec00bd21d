/**
 * Template choice and filling for one interviewer. Pure: the panel model calls it whenever
 * the pick, the template or the saved notes change.
 */
import { say, t, type MessageKey } from '../ui/i18n';
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
export const DRAFT_KINDS: readonly { kind: TemplateKind; label: MessageKey }[] = [
  { kind: 'email', label: 'draftKind_email' },
  { kind: 'card', label: 'draftKind_card' },
  { kind: 'follow-up', label: 'draftKind_follow_up' },
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
  const who = firstName(person) || t('missingWho');
  const key = Object.hasOwn(MISSING, field) ? MISSING[field] : undefined;
  // Some hints name the person and some do not; a substitution a message does not use is
  // left out, so each is given the name.
  return key ? say({ key, subs: [who] }) : t('missingUnknown', [field]);
}

const MISSING: Record<string, MessageKey> = {
  firstName: 'missing_firstName',
  lastName: 'missing_lastName',
  fullName: 'missing_fullName',
  title: 'missing_title',
  company: 'missing_company',
  role: 'missing_role',
  weekday: 'missing_weekday',
  interviewDate: 'missing_interviewDate',
  firstTopic: 'missing_firstTopic',
  allTopics: 'missing_allTopics',
  concernParagraphs: 'missing_concernParagraphs',
  decisionDate: 'missing_decisionDate',
  myName: 'missing_myName',
  signature: 'missing_signature',
};
