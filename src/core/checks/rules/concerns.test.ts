import { describe, expect, test } from 'vitest';
import { english } from '../../i18n/english.test-helpers';
import { markAnswered } from '../../model/answered-marks';
import { exampleInput, exampleInterview, goodDraft } from '../examples';
import { checkDraft } from '../index';
import type { NoteKind } from '../../model/types';
import type { DraftAnalysis } from '../types';
import { concernsRule } from './concerns';

const thin = 'Dear Gloria,\n\nThank you for your time today. I enjoyed the tour.\n\nBest,\nDana';

function concernFindings(text: string, marks: [string, NoteKind, boolean][] = []) {
  let interview = exampleInterview;
  for (const [id, kind, answered] of marks) {
    interview = markAnswered(interview, 'gloria', id, kind, answered);
  }
  return checkDraft(exampleInput(text, { interview }))
    .findings.filter((f) => f.rule === 'concerns')
    .map((f) => [f.severity, english(f.message)]);
}

describe("the concerns rule and the user's own call", () => {
  test('"This answers it" turns a missing concern into an answered one', () => {
    const before = concernFindings(thin);
    expect(before.every(([severity]) => severity === 'warning')).toBe(true);
    const after = concernFindings(thin, [['team-size', 'thank-you', true]]);
    expect(after).toHaveLength(2);
    expect(after).toContainEqual(['info', expect.stringMatching(/\(you marked it answered\)$/)]);
    expect(after.filter(([severity]) => severity === 'warning')).toHaveLength(1);
  });

  test('"Not answered" wins over a checker that found an answer', () => {
    expect(concernFindings(goodDraft)[0]?.[0]).toBe('info');
    const after = concernFindings(goodDraft, [['team-size', 'thank-you', false]]);
    expect(after[0]).toEqual(['warning', expect.stringMatching(/^Not answered yet/)]);
  });

  test('a call on the thank-you note does not decide the follow-up', () => {
    const followUp = checkDraft(
      exampleInput(thin, {
        kind: 'follow-up',
        interview: markAnswered(exampleInterview, 'gloria', 'team-size', 'thank-you', true),
      }),
    ).findings.filter((f) => f.rule === 'concerns');
    expect(followUp[0]?.severity).toBe('warning');
  });

  test('a verdict the checker is not sure of says so and is not counted as a problem', () => {
    const report = checkDraft(exampleInput(thin));
    const analysis = {
      input: exampleInput(thin),
      interviewer: exampleInterview.interviewers[0]!,
      concerns: report.concerns.map((v, i) =>
        i === 0 ? { ...v, sure: false, confidence: 0.55 } : v,
      ),
    } as unknown as DraftAnalysis;
    const findings = concernsRule.check(analysis, concernsRule.defaults);
    expect(findings[0]?.severity).toBe('info');
    expect(english(findings[0]!.message)).toMatch(/^Not sure: /);
    expect(findings[1]?.severity).toBe('warning');
  });
});
