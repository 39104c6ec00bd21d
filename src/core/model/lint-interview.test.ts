import { describe, expect, test } from 'vitest';
import { sampleInterview } from './fixtures.test-helpers';
import { lintInterview } from './lint-interview';
import type { Interview } from './types';

const person = sampleInterview().interviewers[0]!;

describe('lintInterview', () => {
  test('a complete interview has no issues', () => {
    expect(lintInterview(sampleInterview())).toEqual([]);
  });

  test.each<[string, Partial<Interview>, string, string]>([
    ['empty company', { company: '  ' }, 'company', 'Add the company name.'],
    ['empty role', { role: '' }, 'role', 'Add the role you interviewed for.'],
    [
      'no interviewers',
      { interviewers: [] },
      'interviewers',
      'Add at least one interviewer: one note per person.',
    ],
    [
      'decision before interview',
      { decisionBy: '2026-04-06' },
      'decisionBy',
      'The decision date is before the interview.',
    ],
    [
      'email without @',
      { interviewers: [{ ...person, email: 'gloria.fenwick.example' }] },
      'interviewers[0].email',
      'This email address has no "@".',
    ],
    [
      'incomplete email',
      { interviewers: [{ ...person, email: 'gloria@fenwick' }] },
      'interviewers[0].email',
      'This email address looks incomplete.',
    ],
    [
      'missing email',
      { interviewers: [{ ...person, email: '' }] },
      'interviewers[0].email',
      'Add the email address (ask the recruiter if you don’t have it).',
    ],
    [
      'duplicate email',
      {
        interviewers: [
          person,
          { ...person, id: 'p-2', name: 'Ann Lee', email: 'GBenavides@fenwickrowe.example' },
        ],
      },
      'interviewers[1].email',
      'Same email as interviewer 1.',
    ],
    [
      'empty name',
      { interviewers: [{ ...person, name: '' }] },
      'interviewers[0].name',
      'Add the interviewer’s name, spelled exactly.',
    ],
    [
      'first name only',
      { interviewers: [{ ...person, name: 'Gloria' }] },
      'interviewers[0].name',
      'Add the last name too, so the greeting can be checked.',
    ],
    [
      'empty concern',
      { interviewers: [{ ...person, concerns: [{ id: 'c', text: ' ' }] }] },
      'interviewers[0].concerns[0].text',
      'Describe the concern, or remove it.',
    ],
  ])('%s', (_name, change, path, message) => {
    expect(lintInterview(sampleInterview(change))).toEqual([{ path, message }]);
  });

  test('decision on the interview day (in its zone) is fine', () => {
    // 23:30 in New York is already the next day in UTC.
    const iv = sampleInterview({ when: '2026-04-07T23:30:00-04:00', decisionBy: '2026-04-07' });
    expect(lintInterview(iv)).toEqual([]);
  });
});
