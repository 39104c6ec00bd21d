/**
 * The data model shared by every context, as types. The shapes are defined once, as the
 * schema in `schema.ts`, and the types here are inferred from it, so a field cannot be in
 * one and missing from the other. Type-only imports of this file pull no code into a bundle.
 */
import type * as v from 'valibot';
import type {
  CHANNELS,
  INTERVIEW_FORMATS,
  MAIL_CLIENTS,
  NOTE_KINDS,
  OUTCOMES,
  TEMPLATE_KINDS,
  concernSchema,
  interviewerSchema,
  outcomeSchema,
  reminderSettingsSchema,
  ruleSettingSchema,
  sentNoteSchema,
} from './schema';

export type { Interview, Settings, StoredRecord, Template } from './schema';

/** Bumped whenever a stored record's shape changes; `migrations.ts` lifts older records. */
export const SCHEMA_VERSION = 1;

export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type NoteKind = (typeof NOTE_KINDS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
/** The web mail a "Write in …" button (popup, notification) opens a compose window in. */
export type MailClient = (typeof MAIL_CLIENTS)[number];

export type Concern = v.InferOutput<typeof concernSchema>;
/** A note that went out: a thank-you email, a card, or a follow-up. */
export type SentNote = v.InferOutput<typeof sentNoteSchema>;
export type Interviewer = v.InferOutput<typeof interviewerSchema>;
export type InterviewOutcome = v.InferOutput<typeof outcomeSchema>;
export type RuleSetting = v.InferOutput<typeof ruleSettingSchema>;
export type ReminderSettings = v.InferOutput<typeof reminderSettingsSchema>;
