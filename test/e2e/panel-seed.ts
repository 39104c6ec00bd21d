/**
 * Notes the panel end-to-end tests seed: one interview three hours ago with two interviewers;
 * Gloria has one concern with a planned answer and one without (so the walk can turn it from
 * missing to answered by typing), and `payload` lets the security test plant markup.
 */
import { SCHEMA_VERSION } from '../../src/core/model/types';
import type { Interview, Settings } from '../../src/core/model/types';

export const GMAIL = 'https://mail.google.com/mail/u/0/';
export const GMAIL_FIXTURE = 'test/fixtures/gmail/compose-new-2026-11-22.html';
export const GLORIA_EMAIL = 'gbenavides@fenwickrowe.example';

export function composeUrl(to: string): string {
  return `${GMAIL}#inbox?compose=new&to=${encodeURIComponent(to)}`;
}

export function seedData(payload = '') {
  const now = Date.now();
  const when = new Date(now - 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const meta = { schemaVersion: SCHEMA_VERSION, rev: 1, updatedAt: new Date(now).toISOString() };
  const interview: Interview = {
    kind: 'interview',
    id: 'e2e-fenwick',
    ...meta,
    company: 'Fenwick & Rowe',
    role: 'Store Manager',
    when,
    timeZone: 'UTC',
    format: 'onsite',
    channel: 'email',
    notes: payload,
    interviewers: [
      {
        id: 'gloria',
        name: 'Gloria Benavides',
        title: 'District Manager',
        email: GLORIA_EMAIL,
        concerns: [
          {
            id: 'team-size',
            text: 'only managed 6 people, this store has 40+',
            answer: 'I led a holiday crew of 25 and trained four shift leads',
          },
          { id: 'weekends', text: 'weekend availability' },
        ],
        topics: payload ? [payload, 'holiday staffing plan'] : ['holiday staffing plan'],
        history: [],
      },
      {
        id: 'marcus',
        name: 'Marcus Webb',
        title: 'Operations Lead',
        email: 'mwebb@fenwickrowe.example',
        concerns: [],
        topics: ['inventory counts'],
        history: [],
      },
    ],
  };
  const settings: Settings = {
    kind: 'settings',
    ...meta,
    userName: 'Dana Whitfield',
    signature: '',
    rules: {},
    reminders: { enabled: false, nudgeHour: 17, quietStart: '21:00', quietEnd: '08:00' },
    mailClient: 'gmail',
  };
  return { interviews: [interview], templates: [], settings };
}
