import { beforeAll, describe, expect, test, vi } from 'vitest';
import { installMessages } from '../ui/i18n.test-helpers';
import type { ConcernVerdict } from '../core/checks/types';
import { msg } from '../core/i18n/text';
import type { Interviewer } from '../core/model/types';
import { summaryLine, withUserCalls } from './concern-view';
import { checksReady, type ReportView } from './live-checks';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));
installMessages();

// live-checks loads the checks chunk on import; let it land before the test file ends.
beforeAll(() => checksReady);

const person: Interviewer = {
  id: 'p',
  name: 'Ines Duarte',
  concerns: [
    { id: 'a', text: 'never used Revit' },
    { id: 'b', text: 'comfortable on site visits?' },
    { id: 'c', text: 'start date', answeredIn: { 'thank-you': true } },
  ],
  topics: [],
  history: [],
};

const verdict = (concernId: string, addressed: boolean, sure: boolean): ConcernVerdict => ({
  concernId,
  addressed,
  evidence: addressed ? 'I modelled two clinics in Revit last year.' : null,
  confidence: sure ? 0.95 : 0.55,
  sure,
});

const view = (addressed: boolean[]): ReportView => ({
  words: 120,
  reading: msg('timeSeconds', 30),
  concerns: ['a', 'b', 'c'].map((id, i) => ({
    id,
    text: person.concerns[i]!.text,
    addressed: addressed[i]!,
    evidence: null,
    plan: null,
  })),
  groups: [],
  summary: 'from the checker',
  problems: 1,
  fingerprint: 'f',
});

describe('withUserCalls', () => {
  test('sure verdicts show as answered or missing; an unsure one as "not sure"', () => {
    const r = withUserCalls(
      view([true, true, false]),
      [verdict('a', true, true), verdict('b', true, false), verdict('c', false, true)],
      person,
      'follow-up',
    );
    expect(r.concerns!.map((c) => [c.state, c.decidedBy])).toEqual([
      ['answered', 'checker'],
      ['unsure', 'checker'],
      ['missing', 'checker'],
    ]);
    // The best guess is kept for whoever needs it.
    expect(r.concerns![1]!.addressed).toBe(true);
    expect(r.summary).toBe(
      '1 concern answered, 1 missing, 1 not sure; 120 words; 1 thing to check',
    );
  });

  test("the user's call for this kind of note wins over the checker, sure or not", () => {
    const r = withUserCalls(
      view([true, true, false]),
      [verdict('a', true, true), verdict('b', true, false), verdict('c', false, true)],
      person,
      'thank-you',
    );
    expect(r.concerns![2]).toMatchObject({ state: 'answered', decidedBy: 'user', addressed: true });
    expect(r.summary).toMatch(/^2 concerns answered, 1 not sure;/);
  });

  test('a change of call alone changes the fingerprint, so the panel re-renders', () => {
    const verdicts = [
      verdict('a', true, true),
      verdict('b', true, true),
      verdict('c', false, true),
    ];
    const before = withUserCalls(view([true, true, false]), verdicts, person, 'follow-up');
    const after = withUserCalls(view([true, true, false]), verdicts, person, 'thank-you');
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  test('concerns switched off stay off', () => {
    const r = withUserCalls({ ...view([]), concerns: null }, [], person, 'thank-you');
    expect(r.concerns).toBeNull();
    expect(r.summary).toBe('from the checker');
  });
});

describe('summaryLine', () => {
  test.each([
    [['answered'], '1 concern answered; 120 words; 1 thing to check'],
    [['answered', 'answered'], 'All 2 concerns answered; 120 words; 1 thing to check'],
    [['unsure', 'unsure'], '0 concerns answered, 2 not sure; 120 words; 1 thing to check'],
    [[], '120 words; 1 thing to check'],
  ] as const)('%j', (states, line) => {
    const rows = states.map((state, i) => ({
      id: String(i),
      text: 'x',
      addressed: state === 'answered',
      evidence: null,
      plan: null,
      state,
      decidedBy: 'checker' as const,
    }));
    expect(summaryLine({ words: 120, problems: 1 }, rows)).toBe(line);
  });
});
