/**
 * The shape of every stored record, checked on every read and every import. Validity here
 * is about types and shape only: an interviewer email without "@" is valid data (the popup
 * keeps what the user typed and marks it inline); `lint-interview.ts` reports such issues.
 */
import { isOffsetDateTime, isValidZone, parseDate } from '../timing/zoned-time';
import type {
  Concern,
  Interview,
  InterviewOutcome,
  Interviewer,
  ReminderSettings,
  RuleSetting,
  SentNote,
  Settings,
  StoredRecord,
  Template,
} from './types';
import {
  array,
  boolean,
  finite,
  integer,
  literal,
  matching,
  object,
  oneOf,
  optional,
  record,
  run,
  string,
  withDefault,
  type Result,
  type Validator,
} from './validate';

export type { Result } from './validate';

// Caps: notes are small data, and a record must fit comfortably in storage.local's
// per-item quota; anything longer is a paste accident or a hostile import.
export const LIMITS = {
  id: 100,
  name: 200,
  email: 320,
  shortText: 200,
  concern: 1000,
  answer: 4000,
  notes: 20_000,
  noteText: 20_000,
  subject: 500,
  templateBody: 20_000,
  signature: 2000,
  interviewers: 30,
  concerns: 50,
  topics: 50,
  history: 100,
  rules: 100,
  thresholds: 50,
} as const;

const INSTANT_MAX = 40;

export const isoInstant = matching(INSTANT_MAX, (v) => isOffsetDateTime(v), 'not a date-time');
const id = string(LIMITS.id, { nonEmpty: true });
const date = matching(10, (v) => parseDate(v) !== null, 'not a date (YYYY-MM-DD)');
const zone = matching(64, isValidZone, 'not a known time zone');
const clock = matching(5, (v) => /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v), 'not a time (HH:MM)');
const channel = oneOf(['email', 'card', 'phone'] as const);

const meta = {
  schemaVersion: integer(0, 1000),
  rev: integer(0, Number.MAX_SAFE_INTEGER),
  updatedAt: isoInstant,
};

export const concernSchema: Validator<Concern> = object({
  id,
  text: string(LIMITS.concern),
  answer: optional(string(LIMITS.answer)),
  answeredIn: optional(
    object({
      'thank-you': optional(boolean()),
      'follow-up': optional(boolean()),
      card: optional(boolean()),
    }),
  ),
});

export const sentNoteSchema: Validator<SentNote> = object({
  kind: oneOf(['thank-you', 'follow-up', 'card'] as const),
  at: isoInstant,
  channel,
  subject: optional(string(LIMITS.subject)),
  text: string(LIMITS.noteText),
});

export const interviewerSchema: Validator<Interviewer> = object({
  id,
  name: string(LIMITS.name),
  title: optional(string(LIMITS.shortText)),
  email: optional(string(LIMITS.email)),
  concerns: array(concernSchema, LIMITS.concerns),
  topics: array(string(LIMITS.shortText), LIMITS.topics),
  thankedAt: optional(isoInstant),
  history: array(sentNoteSchema, LIMITS.history),
});

export const outcomeSchema: Validator<InterviewOutcome> = object({
  result: oneOf(['offer', 'rejection', 'no-answer', 'withdrew'] as const),
  lesson: optional(string(LIMITS.concern)),
  closedAt: isoInstant,
});

export const interviewSchema: Validator<Interview> = object({
  ...meta,
  kind: literal('interview'),
  id,
  company: string(LIMITS.shortText),
  role: string(LIMITS.shortText),
  when: isoInstant,
  timeZone: optional(zone),
  format: oneOf(['phone', 'video', 'onsite', 'panel', 'other'] as const),
  decisionBy: optional(date),
  channel,
  notes: string(LIMITS.notes),
  interviewers: array(interviewerSchema, LIMITS.interviewers),
  outcome: optional(outcomeSchema),
});

export const templateSchema: Validator<Template> = object({
  ...meta,
  kind: literal('template'),
  id,
  name: string(LIMITS.shortText, { nonEmpty: true }),
  type: oneOf(['email', 'card', 'follow-up'] as const),
  subject: string(LIMITS.subject),
  body: string(LIMITS.templateBody),
  builtIn: boolean(),
});

export const ruleSettingSchema: Validator<RuleSetting> = object({
  enabled: boolean(),
  thresholds: record(finite(), LIMITS.thresholds),
});

export const reminderSettingsSchema: Validator<ReminderSettings> = object({
  enabled: boolean(),
  nudgeHour: integer(0, 23),
  quietStart: clock,
  quietEnd: clock,
});

export const settingsSchema: Validator<Settings> = object({
  ...meta,
  kind: literal('settings'),
  userName: string(LIMITS.name),
  signature: string(LIMITS.signature),
  rules: record(ruleSettingSchema, LIMITS.rules),
  reminders: reminderSettingsSchema,
  // Added after version 1 shipped: older records and export files read as Gmail.
  mailClient: withDefault(oneOf(['gmail', 'outlook'] as const), 'gmail'),
});

const byKind: Record<StoredRecord['kind'], Validator<StoredRecord>> = {
  interview: interviewSchema,
  template: templateSchema,
  settings: settingsSchema,
};

export const storedRecordSchema: Validator<StoredRecord> = (input, path, errors) => {
  const kind = (input as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && kind in byKind) {
    return byKind[kind as StoredRecord['kind']](input, path, errors);
  }
  errors.push(`${path ? `${path}.` : ''}kind: must be one of interview, template, settings`);
  return undefined;
};

export function validateInterview(input: unknown, path = ''): Result<Interview> {
  return run(interviewSchema, input, path);
}
export function validateTemplate(input: unknown, path = ''): Result<Template> {
  return run(templateSchema, input, path);
}
export function validateSettings(input: unknown, path = ''): Result<Settings> {
  return run(settingsSchema, input, path);
}
/** Any stored record, dispatched on `kind`. Expects a record already at SCHEMA_VERSION. */
export function validateRecord(input: unknown, path = ''): Result<StoredRecord> {
  return run(storedRecordSchema, input, path);
}
