import { formatOffsetDateTime, isValidZone } from '../timing/zoned-time';
import { newId } from './ids';
import {
  SCHEMA_VERSION,
  type Interview,
  type Interviewer,
  type MailClient,
  type Settings,
} from './types';

export { newId } from './ids';

function meta(now: string) {
  return { schemaVersion: SCHEMA_VERSION, rev: 0, updatedAt: now };
}

/**
 * A blank interview for the popup's quick entry, which is used right after the interview
 * ends: `when` defaults to an hour ago, on the quarter hour, in the user's zone.
 */
export function newInterview(now: Date | string, timeZone: string): Interview {
  const t = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const quarter = 15 * 60_000;
  const start = Math.floor((t - 60 * 60_000) / quarter) * quarter;
  const zone = isValidZone(timeZone) ? timeZone : 'Z';
  // Only a named zone follows DST; a fixed offset is already written in `when`.
  const named = zone !== 'Z' && !/^(?:UTC|[+-]\d{2}:?\d{2})$/.test(zone);
  return {
    kind: 'interview',
    id: newId(),
    ...meta(new Date(t).toISOString()),
    company: '',
    role: '',
    when: formatOffsetDateTime(start, zone),
    ...(named ? { timeZone } : {}),
    format: 'video',
    channel: 'email',
    notes: '',
    interviewers: [newInterviewer()],
  };
}

export function newInterviewer(): Interviewer {
  return { id: newId(), name: '', title: '', email: '', concerns: [], topics: [], history: [] };
}

export function newConcern(text = '', answer = ''): { id: string; text: string; answer: string } {
  return { id: newId(), text, answer };
}

/** Rule settings stay empty: each rule's defaults live with the rule in the checks registry. */
export function defaultSettings(now: Date | string = new Date(0)): Settings {
  const at = typeof now === 'string' ? now : now.toISOString();
  return {
    kind: 'settings',
    ...meta(at),
    userName: '',
    signature: '',
    rules: {},
    reminders: { enabled: true, nudgeHour: 17, quietStart: '21:00', quietEnd: '08:00' },
    mailClient: 'gmail',
  };
}

/** The settings' mail client; 'gmail' for a record written before the setting existed. */
export function mailClientOf(settings: { mailClient?: MailClient }): MailClient {
  return settings.mailClient === 'outlook' ? 'outlook' : 'gmail';
}
