import type { Interview, Template } from './types';

/** A complete, valid v1 interview for tests to vary. */
export function sampleInterview(extra: Partial<Interview> = {}): Interview {
  return {
    kind: 'interview',
    id: 'iv-1',
    schemaVersion: 1,
    rev: 3,
    updatedAt: '2026-04-07T15:00:00.000Z',
    company: 'Fenwick & Rowe',
    role: 'Store Manager',
    when: '2026-04-07T10:00:00-04:00',
    timeZone: 'America/New_York',
    format: 'onsite',
    decisionBy: '2026-04-17',
    channel: 'email',
    notes: '',
    interviewers: [
      {
        id: 'p-1',
        name: 'Gloria Benavides',
        title: 'District Manager',
        email: 'gbenavides@fenwickrowe.example',
        concerns: [{ id: 'c-1', text: 'only managed 6 ppl', answer: 'I led 14 at peak.' }],
        topics: ['holiday staffing plan', 'new POS rollout'],
        history: [],
      },
    ],
    ...extra,
  };
}

export function sampleTemplate(extra: Partial<Template> = {}): Template {
  return {
    kind: 'template',
    id: 't-1',
    schemaVersion: 1,
    rev: 0,
    updatedAt: '2026-04-07T15:00:00.000Z',
    name: 'Mine',
    type: 'email',
    subject: 'Thank you',
    body: 'Dear {{firstName}},',
    builtIn: false,
    ...extra,
  };
}
