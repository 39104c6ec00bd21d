/**
 * The named fields a template may use, and how each gets its value. The options page's
 * autocomplete reads `templateFields`; `fillTemplate` reads `fieldValues`.
 */
import { interviewWallTime } from '../timing/interview-zone';
import { parseDate } from '../timing/zoned-time';
import type { Interview, Interviewer, Settings } from '../model/types';
import { naturalList, splitName } from './names';

export interface TemplateContext {
  interview: Pick<Interview, 'company' | 'role' | 'when' | 'timeZone' | 'decisionBy'>;
  interviewer: Pick<Interviewer, 'name' | 'title' | 'concerns' | 'topics'>;
  settings?: Pick<Settings, 'userName' | 'signature'>;
  /** BCP 47 locale for weekday and date names; English by default like the built-ins. */
  locale?: string;
}

export interface TemplateField {
  name: FieldName;
  label: string;
  example: string;
}

export const templateFields = [
  { name: 'firstName', label: 'Interviewer’s first name', example: 'Gloria' },
  { name: 'lastName', label: 'Interviewer’s last name', example: 'Benavides' },
  { name: 'fullName', label: 'Interviewer’s full name', example: 'Gloria Benavides' },
  { name: 'title', label: 'Interviewer’s job title', example: 'District Manager' },
  { name: 'company', label: 'Company', example: 'Fenwick & Rowe' },
  { name: 'role', label: 'Role you interviewed for', example: 'Store Manager' },
  { name: 'weekday', label: 'Weekday of the interview', example: 'Tuesday' },
  { name: 'interviewDate', label: 'Date of the interview', example: 'Tuesday, April 7' },
  { name: 'firstTopic', label: 'First topic discussed', example: 'the holiday staffing plan' },
  {
    name: 'allTopics',
    label: 'All topics discussed',
    example: 'the holiday staffing plan, the new POS rollout and weekend coverage',
  },
  {
    name: 'concernParagraphs',
    label: 'A sentence or paragraph per concern, from your planned answers',
    example: 'On team size: I led a team of 14 through two holiday seasons.',
  },
  { name: 'decisionDate', label: 'When they expect to decide', example: 'Friday, April 17' },
  { name: 'myName', label: 'Your name (from settings)', example: 'Tomasz Wierzbicki' },
  { name: 'signature', label: 'Your signature (from settings)', example: 'Tomasz Wierzbicki' },
] as const satisfies readonly { name: string; label: string; example: string }[];

export type FieldName = (typeof templateFields)[number]['name'];

const FIELD_NAMES: ReadonlySet<string> = new Set(templateFields.map((f) => f.name));

export function isFieldName(name: string): name is FieldName {
  return FIELD_NAMES.has(name);
}

export interface FieldValues {
  /** `undefined`: no value, reported as missing. `''`: nothing to say, not reported. */
  values: Record<FieldName, string | undefined>;
  /** Concerns left out of `concernParagraphs` because no answer is planned yet. */
  skippedConcerns: string[];
}

export function fieldValues(context: TemplateContext): FieldValues {
  const { interview, interviewer, settings } = context;
  const locale = context.locale ?? 'en-US';
  const name = splitName(interviewer.name);
  const topics = interviewer.topics.map((t) => t.trim()).filter(Boolean);
  const answered = interviewer.concerns.filter((c) => (c.answer ?? '').trim() !== '');
  const skippedConcerns = interviewer.concerns
    .filter((c) => (c.answer ?? '').trim() === '' && c.text.trim() !== '')
    .map((c) => c.text.trim());
  const paragraphs = answered.map((c) => asSentence(c.answer ?? '')).join('\n\n');

  let weekday: string | undefined;
  let interviewDate: string | undefined;
  if (!Number.isNaN(Date.parse(interview.when))) {
    const wall = interviewWallTime(interview);
    weekday = formatDay(wall, locale, { weekday: 'long' });
    interviewDate = formatDay(wall, locale, { weekday: 'long', month: 'long', day: 'numeric' });
  }
  const decision = interview.decisionBy ? parseDate(interview.decisionBy) : null;

  return {
    values: {
      firstName: nonEmpty(name.first),
      lastName: nonEmpty(name.last),
      fullName: nonEmpty(interviewer.name.trim()),
      title: nonEmpty(interviewer.title),
      company: nonEmpty(interview.company),
      role: nonEmpty(interview.role),
      weekday,
      interviewDate,
      firstTopic: topics[0],
      allTopics: nonEmpty(naturalList(topics)),
      concernParagraphs: interviewer.concerns.length === 0 ? '' : nonEmpty(paragraphs),
      decisionDate: decision
        ? formatDay(decision, locale, { weekday: 'long', month: 'long', day: 'numeric' })
        : undefined,
      myName: nonEmpty(settings?.userName),
      signature: nonEmpty(settings?.signature),
    },
    skippedConcerns,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

// Planned answers are one-line notes to self ("led 14 people through two holidays", "happy
// to relocate"); in the letter they need the subject the shorthand left out.
const VERB_FIRST = new Set(
  'have had has led ran managed worked built taught made did took got wrote spent kept held won grew went began passed drove used trained started finished completed earned hold own can will would could should am was plan expect already just currently still also speak know understand'.split(
    ' ',
  ),
);
const STATE_FIRST = new Set(
  'happy glad comfortable open available willing able ready fine flexible eager keen fluent certified licensed'.split(
    ' ',
  ),
);

/** A planned answer as it should read in a note: a sentence, capitalised, ending in a full stop. */
export function asSentence(answer: string): string {
  let text = answer.trim().replace(/\s*\n\s*/g, ' ');
  const first = /^[a-z]+/.exec(text)?.[0] ?? '';
  if (VERB_FIRST.has(first) || (first.length > 4 && first.endsWith('ed'))) text = `I ${text}`;
  else if (STATE_FIRST.has(first)) text = `I am ${text}`;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]["'”’)]*$/.test(capital) ? capital : `${capital}.`;
}

function formatDay(
  date: { year: number; month: number; day: number },
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  // Noon UTC on that calendar date, formatted in UTC: the date never shifts with a zone.
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
}
