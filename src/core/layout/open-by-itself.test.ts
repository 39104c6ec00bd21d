import { describe, expect, test } from 'vitest';
import { sampleInterview } from '../model/fixtures.test-helpers';
import { noteDue, suggestion, type ComposeFacts } from './open-by-itself';

// Gloria's interview was at 10:00 New York time (14:00 UTC) on 7 April.
const interviews = [sampleInterview()];
const HOURS_AFTER = (h: number) => new Date(Date.parse('2026-04-07T14:00:00Z') + h * 3600_000);
const DUE = HOURS_AFTER(3).toISOString();
const TOO_SOON = HOURS_AFTER(0.05).toISOString();
const GLORIA = { name: 'Gloria Benavides', email: 'gbenavides@fenwickrowe.example' };
const FRIEND = { name: 'Sam', email: 'sam@friends.example' };

const compose = (extra: Partial<ComposeFacts>): ComposeFacts => ({
  kind: 'new',
  to: [],
  text: '',
  ...extra,
});

describe('suggestion', () => {
  test.each([
    ['new message to a saved interviewer', compose({ to: [GLORIA] }), DUE, 'open'],
    [
      'to an interviewer, address in other case',
      compose({ to: [{ email: 'GBenavides@FenwickRowe.example' }] }),
      DUE,
      'open',
    ],
    [
      'to an interviewer shown by name only',
      compose({ to: [{ name: 'gloria  benavides' }] }),
      DUE,
      'open',
    ],
    ['to an interviewer and a friend', compose({ to: [FRIEND, GLORIA] }), DUE, 'open'],
    ['new message to a friend, a thank-you due', compose({ to: [FRIEND] }), DUE, 'tab'],
    ['blank new message while a thank-you is due', compose({}), DUE, 'open'],
    ['blank new message, the thank-you still too soon', compose({}), TOO_SOON, 'tab'],
    ['blank new message, nothing due', compose({}), HOURS_AFTER(24 * 30).toISOString(), 'tab'],
    ['empty reply to the interviewer', compose({ kind: 'reply', to: [GLORIA] }), DUE, 'open'],
    [
      'reply to the interviewer already half written',
      compose({ kind: 'reply', to: [GLORIA], text: 'Hi Gloria, about the rota' }),
      DUE,
      null,
    ],
    [
      'reply to a friend already half written',
      compose({ kind: 'reply', to: [FRIEND], text: 'See you Sunday' }),
      DUE,
      'tab',
    ],
    [
      'a restored new draft to the interviewer',
      compose({ to: [GLORIA], text: 'Dear Gloria, thank you' }),
      DUE,
      'open',
    ],
    ['the To row could not be read', compose({ to: null }), DUE, null],
  ])('%s', (_, facts, now, want) => {
    expect(suggestion(facts, interviews, now)).toBe(want);
  });

  test('no notes at all: never opens by itself', () => {
    expect(suggestion(compose({}), [], DUE)).toBe('tab');
    expect(suggestion(compose({ to: [GLORIA] }), [], DUE)).toBe('tab');
  });
});

describe('noteDue', () => {
  test('a closed interview asks for nothing', () => {
    const closed = sampleInterview({
      outcome: { result: 'offer', closedAt: HOURS_AFTER(2).toISOString() },
    });
    expect(noteDue([closed], DUE)).toBe(false);
    expect(noteDue(interviews, DUE)).toBe(true);
  });
});
