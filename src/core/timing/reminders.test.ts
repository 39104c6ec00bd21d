import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../model/defaults';
import type { Interview, Interviewer, ReminderSettings } from '../model/types';
import { deferQuiet, isQuiet, planReminders, reminderName } from './reminders';

function person(id: string, extra: Partial<Interviewer> = {}): Interviewer {
  return { id, name: id, concerns: [], topics: [], history: [], ...extra };
}

/** Tuesday 7 April 2026, 10:00 in New York (EDT, UTC−4); saved at 11:00 local. */
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
    interviewers: [person('a')],
    ...extra,
  };
}

const settings = defaultSettings();
const NY = 'America/New_York';
const sent = (kind: 'thank-you' | 'card' | 'follow-up', at: string) => ({
  kind,
  at,
  channel: 'email' as const,
  text: '',
});
const plan = (ivs: Interview[], now: string, zone = NY, s = settings) =>
  planReminders(ivs, s, now, zone).map((r) => [r.name, r.when]);

describe('planReminders', () => {
  test.each<[string, Interview[], string, string, [string, string][]]>([
    [
      'every moment of a fresh interview: 5 pm nudge, 24 h, first follow-up the business day after the decision date (Fri → Mon), close',
      [interview()],
      '2026-04-07T15:00:00Z',
      NY,
      [
        ['ft:nudge:iv:a', '2026-04-07T21:00:00.000Z'],
        ['ft:thank-you:iv:a', '2026-04-08T14:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'card channel: nudge, then post by 48 h',
      [interview({ channel: 'card' })],
      '2026-04-07T15:00:00Z',
      NY,
      [
        ['ft:nudge:iv:a', '2026-04-07T21:00:00.000Z'],
        ['ft:card:iv:a', '2026-04-09T14:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'quiet hours in the user’s zone: 23:00 in Berlin moves to 08:00',
      [interview({ interviewers: [person('a')], decisionBy: undefined })],
      '2026-04-07T15:00:00Z',
      'Europe/Berlin',
      [
        ['ft:nudge:iv:a', '2026-04-08T06:00:00.000Z'],
        ['ft:thank-you:iv:a', '2026-04-08T14:00:00.000Z'],
        // No decision date: five business days after Tuesday is the next Tuesday, 9:00 New York.
        ['ft:follow-up-1:iv', '2026-04-14T13:00:00.000Z'],
        ['ft:close:iv', '2026-04-28T13:00:00.000Z'],
      ],
    ],
    [
      'DST: a Friday interview before the switch (EST) follows up the next Friday at 9:00 EDT',
      [
        interview({
          when: '2026-03-06T10:00:00-05:00',
          updatedAt: '2026-03-06T16:00:00Z',
          decisionBy: undefined,
        }),
      ],
      '2026-03-06T16:00:00Z',
      NY,
      [
        ['ft:nudge:iv:a', '2026-03-06T22:00:00.000Z'],
        ['ft:thank-you:iv:a', '2026-03-07T15:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-03-13T13:00:00.000Z'],
        ['ft:close:iv', '2026-03-27T13:00:00.000Z'],
      ],
    ],
    [
      'DST (Europe): 24 real hours across the spring switch, nudge at 17:00 CET',
      [
        interview({
          when: '2026-03-28T10:00:00+01:00',
          timeZone: 'Europe/Berlin',
          updatedAt: '2026-03-28T10:00:00Z',
          decisionBy: '2026-04-03',
        }),
      ],
      '2026-03-28T10:00:00Z',
      'Europe/Berlin',
      [
        ['ft:nudge:iv:a', '2026-03-28T16:00:00.000Z'],
        ['ft:thank-you:iv:a', '2026-03-29T09:00:00.000Z'],
        // Decision Friday 3 April → Monday 6 April, 9:00 CEST.
        ['ft:follow-up-1:iv', '2026-04-06T07:00:00.000Z'],
        ['ft:close:iv', '2026-04-20T07:00:00.000Z'],
      ],
    ],
    [
      'a note sent (thankedAt or history) has no reminders left',
      [
        interview({
          interviewers: [
            person('a', { thankedAt: '2026-04-07T16:00:00Z' }),
            person('b', { history: [sent('thank-you', '2026-04-07T16:00:00Z')] }),
          ],
        }),
      ],
      '2026-04-07T17:00:00Z',
      NY,
      [
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'one follow-up sent: the second, five business days after it',
      [
        interview({
          interviewers: [
            person('a', {
              history: [sent('follow-up', '2026-04-21T14:00:00Z')],
              thankedAt: '2026-04-07T16:00:00Z',
            }),
          ],
        }),
      ],
      '2026-04-21T15:00:00Z',
      NY,
      [
        ['ft:follow-up-2:iv', '2026-04-28T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-05T13:00:00.000Z'],
      ],
    ],
    [
      'two follow-ups sent: no third, only the close a week after the last',
      [
        interview({
          interviewers: [
            person('a', {
              thankedAt: '2026-04-07T16:00:00Z',
              history: [
                sent('follow-up', '2026-04-20T14:00:00Z'),
                sent('follow-up', '2026-04-29T14:00:00Z'),
              ],
            }),
          ],
        }),
      ],
      '2026-04-29T15:00:00Z',
      NY,
      [['ft:close:iv', '2026-05-06T13:00:00.000Z']],
    ],
    [
      'a closed interview needs nothing',
      [interview({ outcome: { result: 'offer', closedAt: '2026-04-10T10:00:00Z' } })],
      '2026-04-07T15:00:00Z',
      NY,
      [],
    ],
    [
      'an unreadable date needs nothing',
      [interview({ when: 'soon' })],
      '2026-04-07T15:00:00Z',
      NY,
      [],
    ],
    [
      'an interview still to come is planned in full',
      [interview({ updatedAt: '2026-04-01T10:00:00Z' })],
      '2026-04-01T10:00:00Z',
      NY,
      [
        ['ft:nudge:iv:a', '2026-04-07T21:00:00.000Z'],
        ['ft:thank-you:iv:a', '2026-04-08T14:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'missed while the browser was closed: only the latest passed moment, now',
      [interview()],
      '2026-04-08T16:00:00Z',
      NY,
      [
        ['ft:thank-you:iv:a', '2026-04-08T16:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'missed at night: shown when quiet hours end',
      [interview()],
      '2026-04-09T03:00:00Z',
      NY,
      [
        ['ft:thank-you:iv:a', '2026-04-09T12:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'entered after the nudge: not "missed", the popup already shows it',
      [interview({ updatedAt: '2026-04-07T22:00:00Z' })],
      '2026-04-07T22:00:00Z',
      NY,
      [
        ['ft:thank-you:iv:a', '2026-04-08T14:00:00.000Z'],
        ['ft:follow-up-1:iv', '2026-04-20T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'five days on: the thank-you is dropped; a due follow-up stays until the close',
      [interview()],
      '2026-04-21T13:00:00Z',
      NY,
      [
        ['ft:follow-up-1:iv', '2026-04-21T13:00:00.000Z'],
        ['ft:close:iv', '2026-05-04T13:00:00.000Z'],
      ],
    ],
    [
      'past the move-on point: the close reminder',
      [interview()],
      '2026-05-05T13:00:00Z',
      NY,
      [['ft:close:iv', '2026-05-05T13:00:00.000Z']],
    ],
  ])('%s', (_, ivs, now, zone, expected) => {
    expect(plan(ivs, now, zone)).toEqual(expected);
  });

  test('switched off in settings: no reminders at all', () => {
    const off = { reminders: { ...settings.reminders, enabled: false } };
    expect(planReminders([interview()], off, '2026-04-07T15:00:00Z', NY)).toEqual([]);
  });

  test('the nudge hour is a setting', () => {
    const s = { reminders: { ...settings.reminders, nudgeHour: 16 } };
    expect(plan([interview()], '2026-04-07T15:00:00Z', NY, { ...settings, ...s })[0]).toEqual([
      'ft:nudge:iv:a',
      '2026-04-07T20:00:00.000Z',
    ]);
  });

  test('names are deterministic, so re-planning never duplicates', () => {
    const a = planReminders([interview()], settings, '2026-04-07T15:00:00Z', NY);
    const b = planReminders([interview()], settings, '2026-04-07T16:00:00Z', NY);
    expect(a.map((r) => r.name)).toEqual(b.map((r) => r.name));
    expect(new Set(a.map((r) => r.name)).size).toBe(a.length);
    expect(reminderName('close', 'iv')).toBe('ft:close:iv');
    expect(a[0]).toMatchObject({ kind: 'nudge', interviewId: 'iv', interviewerId: 'a' });
  });
});

describe('quiet hours', () => {
  const quiet = (start: string, end: string): ReminderSettings => ({
    enabled: true,
    nudgeHour: 17,
    quietStart: start,
    quietEnd: end,
  });
  const at = (s: string) => Date.parse(s);

  test.each([
    ['21:00', '08:00', '2026-04-07T20:59:00-04:00', false],
    ['21:00', '08:00', '2026-04-07T21:00:00-04:00', true],
    ['21:00', '08:00', '2026-04-08T03:00:00-04:00', true],
    ['21:00', '08:00', '2026-04-08T08:00:00-04:00', false],
    ['13:00', '14:00', '2026-04-08T13:30:00-04:00', true],
    ['13:00', '14:00', '2026-04-08T14:30:00-04:00', false],
    ['08:00', '08:00', '2026-04-08T08:00:00-04:00', false],
    ['late', '08:00', '2026-04-08T03:00:00-04:00', false],
  ])('%s–%s at %s: %s', (start, end, when, expected) => {
    expect(isQuiet(at(when), quiet(start, end), NY)).toBe(expected);
  });

  test('defers to the end, the same night or the next morning', () => {
    const q = quiet('21:00', '08:00');
    expect(new Date(deferQuiet(at('2026-04-07T22:00:00-04:00'), q, NY)).toISOString()).toBe(
      '2026-04-08T12:00:00.000Z',
    );
    expect(new Date(deferQuiet(at('2026-04-08T02:00:00-04:00'), q, NY)).toISOString()).toBe(
      '2026-04-08T12:00:00.000Z',
    );
    expect(deferQuiet(at('2026-04-08T12:00:00-04:00'), q, NY)).toBe(
      at('2026-04-08T12:00:00-04:00'),
    );
  });

  test('across the DST switch night, 08:00 is 08:00 on the wall', () => {
    const q = quiet('21:00', '08:00');
    // 7 March 2026, 23:00 EST; the clocks go forward at 2:00 on the 8th.
    expect(new Date(deferQuiet(at('2026-03-07T23:00:00-05:00'), q, NY)).toISOString()).toBe(
      '2026-03-08T12:00:00.000Z',
    );
  });
});
