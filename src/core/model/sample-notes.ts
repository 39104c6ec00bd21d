/**
 * "Try it with sample notes" on the welcome page: two made-up interviews so a new user sees
 * the popup's due list and the panel at work before saving one of their own. Both are marked
 * where a person looks (the company name starts with "Sample" and the notes say where they
 * came from) and by their id, so one click removes exactly them and never the user's own.
 * Addresses use the reserved `.example` domain (RFC 2606), so nothing can reach a real person.
 */
import { formatDate, formatOffsetDateTime, zonedTime } from '../timing/zoned-time';
import { SCHEMA_VERSION, type Interview } from './types';

export const SAMPLE_ID_PREFIX = 'sample-';
export const SAMPLE_COMPANY_PREFIX = 'Sample · ';
/** The address the welcome page suggests writing to: a saved interviewer, so the panel opens. */
export const SAMPLE_EMAIL = 'jordan.ellis@harborlane.example';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOTE =
  'A sample interview from the welcome page. “Remove sample notes” in the popup takes every ' +
  'sample away in one click and leaves your own interviews alone.';

export function isSample(interview: Pick<Interview, 'id'>): boolean {
  return interview.id.startsWith(SAMPLE_ID_PREFIX);
}

export function sampleNotes(now: Date | string, timeZone: string): Interview[] {
  const t = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const quarter = 15 * MINUTE;
  const when = (ago: number) =>
    formatOffsetDateTime(Math.floor((t - ago) / quarter) * quarter, timeZone);
  const day = (fromNow: number) => formatDate(zonedTime(t + fromNow, timeZone));
  const meta = {
    kind: 'interview' as const,
    schemaVersion: SCHEMA_VERSION,
    rev: 0,
    updatedAt: new Date(t).toISOString(),
    notes: NOTE,
    ...(timeZone.includes('/') ? { timeZone } : {}),
  };
  return [
    {
      ...meta,
      id: `${SAMPLE_ID_PREFIX}harbor-lane`,
      company: `${SAMPLE_COMPANY_PREFIX}Harbor Lane Books`,
      role: 'Store Supervisor',
      when: when(3 * HOUR),
      format: 'onsite',
      channel: 'email',
      decisionBy: day(7 * DAY),
      interviewers: [
        {
          id: `${SAMPLE_ID_PREFIX}harbor-lane-jordan`,
          name: 'Jordan Ellis',
          title: 'Store Manager',
          email: SAMPLE_EMAIL,
          concerns: [
            {
              id: `${SAMPLE_ID_PREFIX}harbor-lane-c1`,
              text: 'no experience with inventory software',
              answer: 'I ran weekly stock counts in a spreadsheet and learn new tools quickly.',
            },
          ],
          topics: ['the Saturday story hour', 'the holiday rush'],
          history: [],
        },
      ],
    },
    {
      ...meta,
      id: `${SAMPLE_ID_PREFIX}quarry-street`,
      company: `${SAMPLE_COMPANY_PREFIX}Quarry Street Clinic`,
      role: 'Front Desk Coordinator',
      when: when(10 * DAY),
      format: 'video',
      channel: 'email',
      decisionBy: day(-3 * DAY),
      interviewers: [
        {
          id: `${SAMPLE_ID_PREFIX}quarry-street-ana`,
          name: 'Ana Petrov',
          title: 'Practice Manager',
          email: 'ana.petrov@quarrystreet.example',
          concerns: [],
          topics: ['the new booking system'],
          thankedAt: new Date(t - 10 * DAY + 20 * HOUR).toISOString(),
          history: [
            {
              kind: 'thank-you',
              at: new Date(t - 10 * DAY + 20 * HOUR).toISOString(),
              channel: 'email',
              subject: 'Thank you',
              text: 'Dear Ana, thank you for …',
            },
          ],
        },
      ],
    },
  ];
}
