import { describe, expect, test } from 'vitest';
import { dueItems } from '../timing/due-items';
import { sampleInterview } from './fixtures.test-helpers';
import { isSample, SAMPLE_COMPANY_PREFIX, SAMPLE_EMAIL, sampleNotes } from './sample-notes';
import { interviewSchema } from './schema';
import { run } from './validate';

const NOW = new Date('2026-05-12T15:00:00Z');

describe('sample notes', () => {
  test.each(['Europe/Berlin', 'America/Los_Angeles', 'UTC'])(
    'valid records, all marked as samples (%s)',
    (zone) => {
      const notes = sampleNotes(NOW, zone);
      expect(notes.length).toBeGreaterThan(0);
      for (const interview of notes) {
        expect(run(interviewSchema, interview), interview.id).toMatchObject({ ok: true });
        expect(isSample(interview)).toBe(true);
        expect(interview.company.startsWith(SAMPLE_COMPANY_PREFIX)).toBe(true);
      }
    },
  );

  test('show the popup a thank-you to write and a follow-up to send', () => {
    const due = dueItems(sampleNotes(NOW, 'Europe/Berlin'), NOW.toISOString());
    expect(due.map((item) => `${item.kind}:${item.state}`).sort()).toEqual([
      'follow-up:due',
      'thank-you:due',
    ]);
    const thanks = due.find((item) => item.kind === 'thank-you')!;
    const person = sampleNotes(NOW, 'UTC')
      .flatMap((iv) => iv.interviewers)
      .find((p) => p.id === thanks.interviewerId);
    expect(person?.email).toBe(SAMPLE_EMAIL);
  });

  test("the user's own interviews are never samples", () => {
    expect(isSample(sampleInterview())).toBe(false);
    expect(isSample(sampleInterview({ company: 'Sample · Acme' }))).toBe(false);
  });
});
