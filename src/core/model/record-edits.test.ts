import { describe, expect, test } from 'vitest';
import { sampleInterview, sampleTemplate } from './fixtures.test-helpers';
import {
  EditError,
  recordSent,
  setOutcome,
  sortInterviews,
  templateList,
  templateRemoval,
} from './record-edits';
import { LIMITS } from './schema';
import type { Interview, SentNote } from './types';

const at = '2026-04-07T18:00:00.000Z';
const earlier = '2026-04-07T16:00:00.000Z';
const note = (kind: SentNote['kind'], when = at): SentNote => ({
  kind,
  at: when,
  channel: kind === 'card' ? 'card' : 'email',
  text: `${kind} text`,
});
const withPerson = (change: Partial<Interview['interviewers'][number]>): Interview => {
  const iv = sampleInterview();
  return { ...iv, interviewers: [{ ...iv.interviewers[0]!, ...change }] };
};

describe('recordSent', () => {
  test.each([
    ['a thank-you marks the person thanked', {}, note('thank-you'), at, 1],
    ['a card marks the person thanked', {}, note('card'), at, 1],
    ['a follow-up leaves thanked alone', {}, note('follow-up'), undefined, 1],
    ['the first thank-you time stays', { thankedAt: earlier }, note('thank-you'), earlier, 1],
    [
      'a full history drops its oldest note',
      { history: Array.from({ length: LIMITS.history }, () => note('follow-up', earlier)) },
      note('follow-up'),
      undefined,
      LIMITS.history,
    ],
  ] as const)('%s', (_name, person, sent, thankedAt, length) => {
    const before = withPerson(person);
    const frozen = structuredClone(before);
    const after = recordSent(before, 'p-1', sent);
    const p = after.interviewers[0]!;
    expect(p.thankedAt).toBe(thankedAt);
    expect(p.history).toHaveLength(length);
    expect(p.history.at(-1)).toEqual(sent);
    expect(before).toEqual(frozen);
  });

  test('an interviewer the interview no longer has is an EditError naming them', () => {
    expect(() => recordSent(sampleInterview(), 'gone', note('thank-you'))).toThrow(
      expect.objectContaining({ key: 'storeNoInterviewer', id: 'gone' }) as EditError,
    );
  });
});

describe('setOutcome', () => {
  const offer = { result: 'offer', closedAt: at } as const;
  test.each([
    ['sets one', sampleInterview(), offer, offer],
    ['replaces one', sampleInterview({ outcome: { ...offer, result: 'rejection' } }), offer, offer],
    ['clears one, leaving no key', sampleInterview({ outcome: offer }), undefined, undefined],
    ['clearing none is a no-op', sampleInterview(), undefined, undefined],
  ])('%s', (_name, before, outcome, want) => {
    const after = setOutcome(before, outcome);
    expect(after.outcome).toEqual(want);
    expect('outcome' in after).toBe(want !== undefined);
    expect({ ...after, outcome: undefined }).toEqual({ ...before, outcome: undefined });
  });
});

describe('sortInterviews', () => {
  test.each([
    [
      'most recent first, across zones',
      [
        ['a', '2026-04-07T10:00:00-04:00'],
        ['b', '2026-04-07T15:00:00Z'],
        ['c', '2026-04-06T23:00:00-07:00'],
      ],
      ['b', 'a', 'c'],
    ],
    [
      'the same moment orders by id',
      [
        ['z', '2026-04-07T14:00:00Z'],
        ['m', '2026-04-07T10:00:00-04:00'],
      ],
      ['m', 'z'],
    ],
  ])('%s', (_name, list, want) => {
    const input = list.map(([id, when]) => sampleInterview({ id, when }));
    expect(sortInterviews(input).map((i) => i.id)).toEqual(want);
  });
});

describe('built-in templates', () => {
  const builtIns = [
    sampleTemplate({ id: 'b-1', name: 'Zeta', builtIn: true }),
    sampleTemplate({ id: 'b-2', name: 'Alpha', builtIn: true }),
  ];
  test.each([
    ['nothing saved: the shipped ones in order', [], ['b-1:Zeta', 'b-2:Alpha']],
    [
      'a saved edit replaces its built-in in place',
      [sampleTemplate({ id: 'b-2', name: 'My alpha', builtIn: true })],
      ['b-1:Zeta', 'b-2:My alpha'],
    ],
    [
      "the user's own follow, by name then id",
      [
        sampleTemplate({ id: 'u-2', name: 'Mine' }),
        sampleTemplate({ id: 'u-3', name: 'Another' }),
        sampleTemplate({ id: 'u-1', name: 'Mine' }),
      ],
      ['b-1:Zeta', 'b-2:Alpha', 'u-3:Another', 'u-1:Mine', 'u-2:Mine'],
    ],
  ])('templateList: %s', (_name, saved, want) => {
    expect(templateList(builtIns, saved).map((t) => `${t.id}:${t.name}`)).toEqual(want);
  });

  const ids = new Set(['b-1']);
  test.each([
    ["a user's own template is deleted", 'u-1', true, false, 'delete'],
    ['a built-in with a saved edit loses the edit', 'b-1', true, false, 'delete'],
    ['a built-in without one: nothing to do', 'b-1', false, false, 'nothing'],
    ['reset of an edited built-in deletes the edit', 'b-1', true, true, 'delete'],
    ['reset of an unedited built-in: nothing to do', 'b-1', false, true, 'nothing'],
  ] as const)('templateRemoval: %s', (_name, id, hasSaved, reset, want) => {
    expect(templateRemoval(id, ids, hasSaved, reset)).toBe(want);
  });

  test("resetting a user's own template is an error: it has no shipped text", () => {
    expect(() => templateRemoval('u-1', ids, true, true)).toThrow(EditError);
  });
});
