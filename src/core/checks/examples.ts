import type { Interview } from '../model/types';
import type { DraftInput, RuleExample } from './types';

/**
 * The interview every rule's examples are written against: one store, two interviewers, so
 * examples can show a wrong name, a colleague's address or a copied note.
 */
export const exampleInterview: Interview = {
  kind: 'interview',
  id: 'example-fenwick',
  schemaVersion: 1,
  rev: 1,
  updatedAt: '2026-04-07T12:00:00-04:00',
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
      id: 'gloria',
      name: 'Gloria Benavides',
      title: 'District Manager',
      email: 'gbenavides@fenwickrowe.example',
      concerns: [
        {
          id: 'team-size',
          text: 'only managed 6 people, this store has 40+',
          answer: 'I led a holiday crew of 25 and trained four shift leads',
        },
        {
          id: 'weekends',
          text: 'weekend availability',
          answer: 'I am free every Saturday and Sunday',
        },
      ],
      topics: ['holiday staffing plan', 'new POS rollout'],
      history: [],
    },
    {
      id: 'marcus',
      name: 'Marcus Webb',
      title: 'Operations Lead',
      email: 'mwebb@fenwickrowe.example',
      concerns: [{ id: 'shrink', text: 'shrink at my last store?' }],
      topics: ['inventory counts', 'loss prevention'],
      history: [],
    },
  ],
};

/** A note to Gloria that every rule passes: the baseline the failing examples vary. */
export const goodDraft = `Dear Gloria,

Thank you for meeting with me this morning and for walking me through the holiday staffing plan. I left even more excited about the Store Manager role at Fenwick & Rowe.

You asked whether I can lead a team of forty after managing six. Last December I scheduled and coached a holiday crew of 25 at Harbor Outfitters, and I trained four shift leads who now run the floor on their own.

About weekends: I am available every Saturday and Sunday, so you can count on me for weekend shifts.

I would be glad to help with the new POS rollout as well. I look forward to hearing about the next steps.

Best regards,
Dana Whitfield`;

/** Five hours after the interview: inside the 24-hour window, past the "wait a little". */
export const exampleNow = '2026-04-07T15:00:00-04:00';

/** A draft to Gloria with the example interview; `extra` overrides any input field. */
export function exampleInput(text: string, extra: Partial<DraftInput> = {}): DraftInput {
  return {
    interview: exampleInterview,
    interviewerId: 'gloria',
    text,
    kind: 'thank-you',
    now: exampleNow,
    ...extra,
  };
}

export function example(name: string, text: string, extra?: Partial<DraftInput>): RuleExample {
  return { name, input: exampleInput(text, extra) };
}

/** Repeats a sentence pool until the text has about `words` words, for length examples. */
export function padTo(words: number, lead = goodDraft): string {
  const filler =
    'I also enjoyed hearing how the team plans each week around deliveries and the busy afternoon hours. ';
  const fillerWords = 17;
  const have = lead.split(/\s+/).length;
  const repeats = Math.max(0, Math.ceil((words - have) / fillerWords));
  const [head, sign] = lead.split('\n\nBest regards,');
  return `${head}\n\n${filler.repeat(repeats).trim()}\n\nBest regards,${sign ?? ''}`;
}
