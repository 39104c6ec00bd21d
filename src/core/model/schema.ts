/**
 * The shape of every stored record, and so its type: `types.ts` takes the types from here
 * (`v.InferOutput`), so a field exists in both or in neither. Checked on every read and every
 * import. Validity here is about types and shape only: an interviewer email without "@" is
 * valid data (the popup keeps what the user typed and marks it inline); `lint-interview.ts`
 * reports such issues.
 *
 * Records are plain data, stored as JSON in `browser.storage.local`, one key per record.
 */
import * as v from 'valibot';
import { isOffsetDateTime, isValidZone, parseDate } from '../timing/zoned-time';
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
  type Schema,
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

export const INTERVIEW_FORMATS = ['phone', 'video', 'onsite', 'panel', 'other'] as const;
export const CHANNELS = ['email', 'card', 'phone'] as const;
export const OUTCOMES = ['offer', 'rejection', 'no-answer', 'withdrew'] as const;
export const NOTE_KINDS = ['thank-you', 'follow-up', 'card'] as const;
export const TEMPLATE_KINDS = ['email', 'card', 'follow-up'] as const;
/** The web mail a "Write in …" button (popup, notification) opens a compose window in. */
export const MAIL_CLIENTS = ['gmail', 'outlook'] as const;

/** ISO 8601 date-time with offset, e.g. "2026-04-07T10:00:00-04:00". */
export const isoInstant = matching(INSTANT_MAX, (s) => isOffsetDateTime(s), 'not a date-time');
const id = string(LIMITS.id, { nonEmpty: true });
const date = matching(10, (s) => parseDate(s) !== null, 'not a date (YYYY-MM-DD)');
const zone = matching(64, isValidZone, 'not a known time zone');
const clock = matching(5, (s) => /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(s), 'not a time (HH:MM)');
const channel = oneOf(CHANNELS);

const meta = {
  /** Bumped whenever a stored record's shape changes; `migrations.ts` lifts older records. */
  schemaVersion: integer(0, 1000),
  /** Incremented by the single writer on every change; a write naming an older rev is refused. */
  rev: integer(0, Number.MAX_SAFE_INTEGER),
  /** ISO 8601 instant of the last change. */
  updatedAt: isoInstant,
};

export const concernSchema = object({
  id,
  /** What the interviewer worried about, in the candidate's shorthand ("gap in CV 2023"). */
  text: string(LIMITS.concern),
  /** The answer the candidate wants to give; extra evidence for concern coverage. */
  answer: optional(string(LIMITS.answer)),
  /**
   * The user's own call on their draft of each kind, from the panel: true "This answers it",
   * false "Not answered". It wins over the checker's verdict; absent, the checker decides.
   * Optional, and absent in records written before it existed, so no migration lifts them.
   */
  answeredIn: optional(
    object({
      'thank-you': optional(boolean()),
      'follow-up': optional(boolean()),
      card: optional(boolean()),
    }),
  ),
});

/** A note that went out: a thank-you email, a card, or a follow-up. */
export const sentNoteSchema = object({
  kind: oneOf(NOTE_KINDS),
  /** ISO 8601 instant. */
  at: isoInstant,
  channel,
  subject: optional(string(LIMITS.subject)),
  text: string(LIMITS.noteText),
});

export const interviewerSchema = object({
  id,
  name: string(LIMITS.name),
  title: optional(string(LIMITS.shortText)),
  email: optional(string(LIMITS.email)),
  concerns: array(concernSchema, LIMITS.concerns),
  topics: array(string(LIMITS.shortText), LIMITS.topics),
  /** Set when the thank-you was sent (by the panel on Send, or by hand in the popup). */
  thankedAt: optional(isoInstant),
  /** Everything sent to this person, oldest first: thank-you, card, follow-ups. */
  history: array(sentNoteSchema, LIMITS.history),
});

export const outcomeSchema = object({
  result: oneOf(OUTCOMES),
  /** One line of what to do better next time. */
  lesson: optional(string(LIMITS.concern)),
  /** ISO 8601 instant. */
  closedAt: isoInstant,
});

export const interviewSchema = object({
  ...meta,
  kind: literal('interview'),
  id,
  company: string(LIMITS.shortText),
  role: string(LIMITS.shortText),
  /** ISO 8601 date-time with offset, e.g. "2026-04-07T10:00:00-04:00". */
  when: isoInstant,
  /** IANA zone the interview happened in ("America/New_York"); timing uses it across DST. */
  timeZone: optional(zone),
  format: oneOf(INTERVIEW_FORMATS),
  /** "When did they say they would decide?" as YYYY-MM-DD. */
  decisionBy: optional(date),
  channel,
  notes: string(LIMITS.notes),
  interviewers: array(interviewerSchema, LIMITS.interviewers),
  outcome: optional(outcomeSchema),
});

export const templateSchema = object({
  ...meta,
  kind: literal('template'),
  id,
  name: string(LIMITS.shortText, { nonEmpty: true }),
  type: oneOf(TEMPLATE_KINDS),
  subject: string(LIMITS.subject),
  /** Body with named fields in double braces: "Dear {{firstName}}," */
  body: string(LIMITS.templateBody),
  /** Built-in templates can be edited and reset to their shipped text. */
  builtIn: boolean(),
});

export const ruleSettingSchema = object({
  enabled: boolean(),
  thresholds: record(finite(), LIMITS.thresholds),
});

export const reminderSettingsSchema = object({
  enabled: boolean(),
  /** Local hour (0–23) of the same-day nudge; the advice says about 5 pm. */
  nudgeHour: integer(0, 23),
  /** No notification between these local hours ("21:00" → "08:00"). */
  quietStart: clock,
  quietEnd: clock,
});

export const settingsSchema = object({
  ...meta,
  kind: literal('settings'),
  userName: string(LIMITS.name),
  signature: string(LIMITS.signature),
  /** Keyed by rule id; missing ids use the rule's defaults. */
  rules: record(ruleSettingSchema, LIMITS.rules),
  reminders: reminderSettingsSchema,
  /**
   * Where "Write in …" opens. Stored with the settings (not in a page's localStorage) so the
   * service worker can read it and an export carries it. Added after version 1 shipped:
   * older records and export files read as Gmail, so a loaded record always has it.
   */
  mailClient: withDefault(oneOf(MAIL_CLIENTS), 'gmail'),
});

export type Interview = v.InferOutput<typeof interviewSchema>;
export type Template = v.InferOutput<typeof templateSchema>;
export type Settings = v.InferOutput<typeof settingsSchema>;
export type StoredRecord = Interview | Template | Settings;

/** Any stored record, dispatched on `kind`. */
export const storedRecordSchema: Schema<StoredRecord> = v.variant(
  'kind',
  [interviewSchema, templateSchema, settingsSchema],
  (issue) =>
    issue.input === null || typeof issue.input !== 'object'
      ? issue.path
        ? 'must be one of interview, template, settings'
        : 'must be an object'
      : 'must be one of interview, template, settings',
);

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
