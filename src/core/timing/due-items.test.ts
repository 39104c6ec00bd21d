import { describe, expect, test } from 'vitest';
import type { Interview, Interviewer } from '../model/types';
import { badgeCount, dueItems } from './due-items';

function person(id: string, extra: Partial<Interviewer> = {}): Interviewer {
  return { id, name: id, concerns: [], topics: [], history: [], ...extra };
}

function interview(extra: Partial<Interview> = {}): Interview {
  return {
    kind: 'interview',
    id: 'iv',
    schemaVersion: 1,
    rev: 1,
    updatedAt: '2026-04-07T15:00:00Z',
    company: 'Fenwick & Rowe',
    role: 'Store Manager',
    when: '2026-04-07T10:00:00-04:00',
    timeZone: 'America/New_York',
    format: 'onsite',
    decisionBy: '2026-04-17',
    channel: 'email',
    notes: '',
    interviewers: [person('a'), person('b', { thankedAt: '2026-04-07T20:00:00Z' })],
    ...extra,
  };
}

const followUp = (at: string) => ({
  kind: 'follow-up' as const,
  at,
  channel: 'email' as const,
  text: '',
});
const summary = (items: ReturnType<typeof dueItems>) =>
  items.map((i) => [i.kind, i.state, i.interviewerId ?? null]);

describe('dueItems', () => {
  test.each([
    ['before the interview', interview(), '2026-04-07T13:00:00Z', []],
    [
      'first minutes: too soon',
      interview(),
      '2026-04-07T14:05:00Z',
      [['thank-you', 'too-soon', 'a']],
    ],
    ['within 24 h', interview(), '2026-04-07T20:00:00Z', [['thank-you', 'due', 'a']]],
    ['after 24 h', interview(), '2026-04-08T15:00:00Z', [['thank-you', 'overdue', 'a']]],
    ['late note no longer suggested', interview(), '2026-04-13T15:00:00Z', []],
    [
      'card channel',
      interview({ channel: 'card', interviewers: [person('a')] }),
      '2026-04-09T10:00:00Z',
      [['card', 'due', 'a']],
    ],
    [
      'follow-up due the Monday after the decision',
      interview(),
      '2026-04-20T13:00:00Z',
      [['follow-up', 'due', null]],
    ],
    ['not yet on Friday', interview(), '2026-04-17T20:00:00Z', []],
    [
      'second follow-up after one sent',
      interview({
        interviewers: [
          person('a', { thankedAt: 'x', history: [followUp('2026-04-20T14:00:00Z')] }),
        ],
      }),
      '2026-04-27T13:30:00Z',
      [['follow-up', 'due', null]],
    ],
    [
      'no third follow-up',
      interview({
        interviewers: [
          person('a', {
            thankedAt: 'x',
            history: [followUp('2026-04-20T14:00:00Z'), followUp('2026-04-27T14:00:00Z')],
          }),
        ],
      }),
      '2026-04-30T13:30:00Z',
      [],
    ],
    [
      'close a week after the last follow-up date',
      interview(),
      '2026-05-04T13:00:00Z',
      [['close', 'due', null]],
    ],
    [
      'closed interviews need nothing',
      interview({ outcome: { result: 'offer', closedAt: '2026-04-10T00:00:00Z' } }),
      '2026-05-04T13:00:00Z',
      [],
    ],
  ])('%s', (_name, iv, now, expected) => {
    expect(summary(dueItems([iv], now))).toEqual(expected);
  });

  test('sorted by deadline across interviews, badge skips too-soon', () => {
    const later = interview({ id: 'later', when: '2026-04-08T09:55:00-04:00' });
    const items = dueItems([later, interview()], '2026-04-08T14:00:00Z');
    expect(items.map((i) => i.interviewId)).toEqual(['iv', 'later']);
    expect(items.map((i) => i.state)).toEqual(['overdue', 'too-soon']);
    expect(badgeCount(items)).toBe(1);
  });
});
