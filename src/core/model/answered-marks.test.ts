import { describe, expect, test } from 'vitest';
import { markAnswered, userCall } from './answered-marks';
import { sampleInterview } from './fixtures.test-helpers';
import type { Interview } from './types';

function interview(): Interview {
  const base = sampleInterview();
  const person = base.interviewers[0]!;
  return {
    ...base,
    interviewers: [
      {
        ...person,
        id: 'p1',
        concerns: [
          { id: 'c1', text: 'team size' },
          { id: 'c2', text: 'weekends' },
        ],
      },
    ],
  };
}

describe('markAnswered', () => {
  test("sets the user's call for one kind of note, leaving the rest alone", () => {
    const marked = markAnswered(interview(), 'p1', 'c1', 'thank-you', true);
    const [c1, c2] = marked.interviewers[0]!.concerns;
    expect(userCall(c1!, 'thank-you')).toBe(true);
    expect(userCall(c1!, 'follow-up')).toBeUndefined();
    expect(c2).toEqual({ id: 'c2', text: 'weekends' });
  });

  test('"Not answered" is a call too, and undo takes it back to the checker', () => {
    const answered = markAnswered(interview(), 'p1', 'c1', 'thank-you', true);
    const not = markAnswered(answered, 'p1', 'c1', 'thank-you', false);
    expect(userCall(not.interviewers[0]!.concerns[0]!, 'thank-you')).toBe(false);
    const undone = markAnswered(not, 'p1', 'c1', 'thank-you', null);
    expect(undone.interviewers[0]!.concerns[0]).toEqual({ id: 'c1', text: 'team size' });
  });

  test('undo of one kind keeps the call on another', () => {
    let iv = markAnswered(interview(), 'p1', 'c1', 'thank-you', true);
    iv = markAnswered(iv, 'p1', 'c1', 'follow-up', false);
    iv = markAnswered(iv, 'p1', 'c1', 'thank-you', null);
    expect(iv.interviewers[0]!.concerns[0]!.answeredIn).toEqual({ 'follow-up': false });
  });

  test('no change, no new object: nothing to write', () => {
    const iv = markAnswered(interview(), 'p1', 'c1', 'thank-you', true);
    expect(markAnswered(iv, 'p1', 'c1', 'thank-you', true)).toBe(iv);
    expect(markAnswered(iv, 'p1', 'nope', 'thank-you', false)).toBe(iv);
    expect(markAnswered(iv, 'p1', 'c2', 'thank-you', null)).toBe(iv);
  });
});
