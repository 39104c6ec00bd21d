import { describe, expect, test } from 'vitest';
import { sampleInterview, sampleTemplate } from './fixtures.test-helpers';
import { defaultSettings } from './defaults';
import { deepEqual, mergeInterview, mergeList, mergeRecord, mergeSettings, pick } from './merge';
import type { Interview, Interviewer, SentNote } from './types';

const person = (id: string, extra: Partial<Interviewer> = {}): Interviewer => ({
  id,
  name: id,
  concerns: [],
  topics: [],
  history: [],
  ...extra,
});
const note = (at: string, text = 'Thanks'): SentNote => ({
  kind: 'thank-you',
  at,
  channel: 'email',
  text,
});

describe('pick (scalars)', () => {
  test.each([
    ['nobody changed', 'a', 'a', 'a', 'a'],
    ['only mine changed', 'a', 'm', 'a', 'm'],
    ['only theirs changed', 'a', 'a', 't', 't'],
    ['both changed: mine', 'a', 'm', 't', 'm'],
    ['both changed alike', 'a', 'x', 'x', 'x'],
    ['I set an absent field', undefined, 'm', undefined, 'm'],
    ['they cleared a field I left', 'a', 'a', undefined, undefined],
    ['I cleared a field they changed', 'a', undefined, 't', undefined],
  ])('%s', (_name, base, mine, theirs, expected) => {
    expect(pick(base, mine, theirs, true)).toBe(expected);
  });

  test('without a base, mine wins', () => {
    expect(pick(null, 'm', 't')).toBe('m');
  });
});

describe('mergeList', () => {
  const id = (s: string) => s;
  test.each([
    ['both add', ['a'], ['a', 'm'], ['a', 't'], ['a', 'm', 't']],
    ['theirs inserts in the middle', ['a', 'b'], ['a', 'b'], ['a', 't', 'b'], ['a', 't', 'b']],
    ['mine deletes, theirs untouched', ['a', 'b'], ['a'], ['a', 'b'], ['a']],
    ['theirs deletes, mine untouched', ['a', 'b'], ['a', 'b'], ['b'], ['b']],
    ['both delete the same', ['a', 'b'], ['b'], ['b'], ['b']],
    ['both add the same', [], ['x'], ['x'], ['x']],
    ['no base: union', null, ['a', 'm'], ['a', 't'], ['a', 'm', 't']],
  ] as const)('%s', (_name, base, mine, theirs, expected) => {
    expect(mergeList(base, mine, theirs, id)).toEqual(expected);
  });

  test('deleted by one side, edited by the other: the edit stays', () => {
    const base = [{ id: '1', v: 'old' }];
    const edited = [{ id: '1', v: 'new' }];
    const byId = (x: { id: string }) => x.id;
    expect(mergeList(base, [], edited, byId)).toEqual(edited);
    expect(mergeList(base, edited, [], byId)).toEqual(edited);
  });
});

describe('mergeInterview', () => {
  const base = sampleInterview({
    interviewers: [
      person('p1', {
        name: 'Gloria',
        concerns: [{ id: 'c1', text: 'team size' }],
        topics: ['POS rollout'],
      }),
      person('p2', { name: 'Sam' }),
    ],
  });
  const edit = (change: (draft: Interview) => void): Interview => {
    const copy = structuredClone(base);
    change(copy);
    return copy;
  };

  test.each<[string, (d: Interview) => void, (d: Interview) => void, (d: Interview) => void]>([
    [
      'different scalars on each side are both kept',
      (d) => (d.company = 'Mine Co'),
      (d) => (d.role = 'Their role'),
      (d) => {
        d.company = 'Mine Co';
        d.role = 'Their role';
      },
    ],
    [
      'the same scalar changed on both sides: mine',
      (d) => (d.notes = 'mine'),
      (d) => (d.notes = 'theirs'),
      (d) => (d.notes = 'mine'),
    ],
    [
      'each side adds an interviewer: both kept',
      (d) => d.interviewers.push(person('m')),
      (d) => d.interviewers.push(person('t')),
      (d) => d.interviewers.push(person('m'), person('t')),
    ],
    [
      'each side edits a different field of one interviewer',
      (d) => (d.interviewers[0]!.title = 'District Manager'),
      (d) => (d.interviewers[0]!.email = 'g@example.com'),
      (d) => {
        d.interviewers[0]!.title = 'District Manager';
        d.interviewers[0]!.email = 'g@example.com';
      },
    ],
    [
      'concerns and topics added on both sides',
      (d) => {
        d.interviewers[0]!.concerns.push({ id: 'cm', text: 'mine' });
        d.interviewers[0]!.topics.push('holiday staffing');
      },
      (d) => {
        d.interviewers[0]!.concerns.push({ id: 'ct', text: 'theirs' });
        d.interviewers[0]!.topics.push('training');
      },
      (d) => {
        d.interviewers[0]!.concerns.push({ id: 'cm', text: 'mine' }, { id: 'ct', text: 'theirs' });
        d.interviewers[0]!.topics.push('holiday staffing', 'training');
      },
    ],
    [
      'one side deletes an interviewer the other edited: the edit stays',
      (d) => d.interviewers.splice(1, 1),
      (d) => (d.interviewers[1]!.title = 'Recruiter'),
      (d) => (d.interviewers[1]!.title = 'Recruiter'),
    ],
    [
      'one side deletes an interviewer the other left alone: gone',
      (d) => d.interviewers.splice(1, 1),
      (d) => (d.company = 'Other'),
      (d) => {
        d.interviewers.splice(1, 1);
        d.company = 'Other';
      },
    ],
    [
      'one side deletes a concern the other answered: kept with the answer',
      (d) => (d.interviewers[0]!.concerns = []),
      (d) => (d.interviewers[0]!.concerns[0]!.answer = 'I led 14'),
      (d) => (d.interviewers[0]!.concerns[0]!.answer = 'I led 14'),
    ],
    [
      'history from both sides is kept, oldest first',
      (d) => d.interviewers[0]!.history.push(note('2026-04-08T10:00:00Z', 'card')),
      (d) => d.interviewers[0]!.history.push(note('2026-04-07T18:00:00Z')),
      (d) =>
        d.interviewers[0]!.history.push(
          note('2026-04-07T18:00:00Z'),
          note('2026-04-08T10:00:00Z', 'card'),
        ),
    ],
    [
      'an optional field set by one side and an outcome by the other',
      (d) => (d.interviewers[0]!.thankedAt = '2026-04-07T18:00:00Z'),
      (d) => (d.outcome = { result: 'offer', closedAt: '2026-04-20T09:00:00Z' }),
      (d) => {
        d.interviewers[0]!.thankedAt = '2026-04-07T18:00:00Z';
        d.outcome = { result: 'offer', closedAt: '2026-04-20T09:00:00Z' };
      },
    ],
    [
      'one side removes an optional field the other left alone',
      (d) => delete d.decisionBy,
      () => undefined,
      (d) => delete d.decisionBy,
    ],
  ])('%s', (_name, mineChange, theirsChange, expectedChange) => {
    const result = mergeInterview(base, edit(mineChange), edit(theirsChange));
    expect(deepEqual(result, edit(expectedChange))).toBe(true);
    expect(result).toEqual(edit(expectedChange));
  });

  test('merging with an unchanged other side returns mine exactly', () => {
    const mine = edit((d) => {
      d.company = 'X';
      d.interviewers.reverse();
      d.interviewers[0]!.topics = [];
    });
    expect(mergeInterview(base, mine, base)).toEqual(mine);
  });

  test('without a base, both sides additions are kept and mine scalars win', () => {
    const mine = edit((d) => {
      d.company = 'Mine';
      d.interviewers.splice(0, 1);
    });
    const theirs = edit((d) => d.interviewers.push(person('t')));
    const result = mergeInterview(null, mine, theirs);
    expect(result.company).toBe('Mine');
    expect(result.interviewers.map((p) => p.id)).toEqual(['p1', 'p2', 't']);
  });
});

describe('mergeRecord', () => {
  test('keeps theirs meta so the writer can bump from it', () => {
    const base = sampleTemplate({ rev: 1 });
    const mine = { ...base, name: 'Mine' };
    const theirs = { ...base, subject: 'Theirs', rev: 2, updatedAt: '2026-04-09T00:00:00.000Z' };
    expect(mergeRecord(base, mine, theirs)).toEqual({ ...theirs, name: 'Mine' });
  });

  test('settings merge rule by rule and reminder field by field', () => {
    const base = defaultSettings();
    const mine = {
      ...base,
      rules: { length: { enabled: false, thresholds: {} } },
      reminders: { ...base.reminders, nudgeHour: 16 },
    };
    const theirs = {
      ...base,
      rules: { tone: { enabled: true, thresholds: { max: 3 } } },
      reminders: { ...base.reminders, quietStart: '22:00' },
    };
    expect(mergeSettings(base, mine, theirs)).toEqual({
      ...base,
      rules: { length: mine.rules.length, tone: theirs.rules.tone },
      reminders: { ...base.reminders, nudgeHour: 16, quietStart: '22:00' },
    });
  });

  test.each([
    // [base, mine, theirs, merged]: a scalar; whoever changed it wins, mine on a tie.
    ['gmail', 'outlook', 'gmail', 'outlook'],
    ['gmail', 'gmail', 'outlook', 'outlook'],
    ['outlook', 'gmail', 'outlook', 'gmail'],
    ['gmail', 'outlook', 'outlook', 'outlook'],
    // A base from before the setting: both "changed" it, so mine.
    [undefined, 'gmail', 'outlook', 'gmail'],
  ] as const)('mailClient: base %s, mine %s, theirs %s → %s', (b, m, t, want) => {
    const base = defaultSettings();
    const with_ = (mailClient: 'gmail' | 'outlook' | undefined) => {
      const { mailClient: _drop, ...rest } = base;
      // Cast: a record from before the setting lacks it, which the read type never does.
      return (mailClient ? { ...rest, mailClient } : rest) as typeof base;
    };
    const mine = { ...with_(m), userName: 'Dana' };
    const theirs = { ...with_(t), signature: 'D.' };
    const merged = mergeSettings(with_(b), mine, theirs);
    expect(merged).toMatchObject({ mailClient: want, userName: 'Dana', signature: 'D.' });
  });
});
