/**
 * The data model shared by every context. Plain data only: records are stored as JSON in
 * `browser.storage.local`, one key per record, and every record read back is validated by
 * `schema.ts` before use.
 */

/** Bumped whenever a stored record's shape changes; `migrations.ts` lifts older records. */
export const SCHEMA_VERSION = 1;

export type InterviewFormat = 'phone' | 'video' | 'onsite' | 'panel' | 'other';
export type Channel = 'email' | 'card' | 'phone';
export type Outcome = 'offer' | 'rejection' | 'no-answer' | 'withdrew';
export type NoteKind = 'thank-you' | 'follow-up' | 'card';
/** The web mail a "Write in …" button (popup, notification) opens a compose window in. */
export type MailClient = 'gmail' | 'outlook';

export interface Concern {
  id: string;
  /** What the interviewer worried about, in the candidate's shorthand ("gap in CV 2023"). */
  text: string;
  /** The answer the candidate wants to give; extra evidence for concern coverage. */
  answer?: string;
  /**
   * The user's own call on their draft of each kind, from the panel: true "This answers it",
   * false "Not answered". It wins over the checker's verdict; absent, the checker decides.
   * Optional, and absent in records written before it existed, so no migration lifts them.
   */
  answeredIn?: Partial<Record<NoteKind, boolean>>;
}

/** A note that went out: a thank-you email, a card, or a follow-up. */
export interface SentNote {
  kind: NoteKind;
  /** ISO 8601 instant. */
  at: string;
  channel: Channel;
  subject?: string;
  text: string;
}

export interface Interviewer {
  id: string;
  name: string;
  title?: string;
  email?: string;
  concerns: Concern[];
  topics: string[];
  /** Set when the thank-you was sent (by the panel on Send, or by hand in the popup). */
  thankedAt?: string;
  /** Everything sent to this person, oldest first: thank-you, card, follow-ups. */
  history: SentNote[];
}

export interface InterviewOutcome {
  result: Outcome;
  /** One line of what to do better next time. */
  lesson?: string;
  /** ISO 8601 instant. */
  closedAt: string;
}

export interface RecordMeta {
  schemaVersion: number;
  /** Incremented by the single writer on every change; a write naming an older rev is refused. */
  rev: number;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
}

export interface Interview extends RecordMeta {
  kind: 'interview';
  id: string;
  company: string;
  role: string;
  /** ISO 8601 date-time with offset, e.g. "2026-04-07T10:00:00-04:00". */
  when: string;
  /** IANA zone the interview happened in ("America/New_York"); timing uses it across DST. */
  timeZone?: string;
  format: InterviewFormat;
  /** "When did they say they would decide?" as YYYY-MM-DD. */
  decisionBy?: string;
  channel: Channel;
  notes: string;
  interviewers: Interviewer[];
  outcome?: InterviewOutcome;
}

export type TemplateKind = 'email' | 'card' | 'follow-up';

export interface Template extends RecordMeta {
  kind: 'template';
  id: string;
  name: string;
  type: TemplateKind;
  subject: string;
  /** Body with named fields in double braces: "Dear {{firstName}}," */
  body: string;
  /** Built-in templates can be edited and reset to their shipped text. */
  builtIn: boolean;
}

export interface RuleSetting {
  enabled: boolean;
  thresholds: Record<string, number>;
}

export interface ReminderSettings {
  enabled: boolean;
  /** Local hour (0–23) of the same-day nudge; the advice says about 5 pm. */
  nudgeHour: number;
  /** No notification between these local hours ("21:00" → "08:00"). */
  quietStart: string;
  quietEnd: string;
}

export interface Settings extends RecordMeta {
  kind: 'settings';
  userName: string;
  signature: string;
  /** Keyed by rule id; missing ids use the rule's defaults. */
  rules: Record<string, RuleSetting>;
  reminders: ReminderSettings;
  /**
   * Where "Write in …" opens. Stored with the settings (not in a page's localStorage) so the
   * service worker can read it and an export carries it. Records written before it existed
   * lack it: the schema fills in 'gmail' on read, so a loaded record always has it. Optional
   * here only so older literal records (test seeds) still type-check; read it with
   * `mailClientOf`.
   */
  mailClient?: MailClient;
}

export type StoredRecord = Interview | Template | Settings;
