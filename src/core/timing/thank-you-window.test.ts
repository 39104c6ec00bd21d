import { describe, expect, test } from 'vitest';
import { interviewZone, localInputToDateTime } from './interview-zone';
import { cardPostBy, thankYouWindow } from './thank-you-window';

describe('thankYouWindow', () => {
  test.each([
    [
      'New York morning',
      { when: '2026-04-07T10:00:00-04:00', timeZone: 'America/New_York' },
      ['2026-04-07T14:10:00.000Z', '2026-04-07T21:00:00.000Z', '2026-04-08T14:00:00.000Z'],
    ],
    [
      'ends after 5 pm: no nudge',
      { when: '2026-04-07T16:55:00-04:00', timeZone: 'America/New_York' },
      ['2026-04-07T21:05:00.000Z', null, '2026-04-08T20:55:00.000Z'],
    ],
    [
      'US DST start day',
      { when: '2026-03-08T10:00:00-04:00', timeZone: 'America/New_York' },
      ['2026-03-08T14:10:00.000Z', '2026-03-08T21:00:00.000Z', '2026-03-09T14:00:00.000Z'],
    ],
    [
      'day before US DST: due is exactly 24 h later',
      { when: '2026-03-07T10:00:00-05:00', timeZone: 'America/New_York' },
      ['2026-03-07T15:10:00.000Z', '2026-03-07T22:00:00.000Z', '2026-03-08T15:00:00.000Z'],
    ],
    [
      'US DST end day',
      { when: '2026-11-01T09:00:00-05:00', timeZone: 'America/New_York' },
      ['2026-11-01T14:10:00.000Z', '2026-11-01T22:00:00.000Z', '2026-11-02T14:00:00.000Z'],
    ],
    [
      'Berlin DST start day',
      { when: '2026-03-29T10:00:00+02:00', timeZone: 'Europe/Berlin' },
      ['2026-03-29T08:10:00.000Z', '2026-03-29T15:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    ],
    [
      'Berlin DST end day',
      { when: '2026-10-25T10:00:00+01:00', timeZone: 'Europe/Berlin' },
      ['2026-10-25T09:10:00.000Z', '2026-10-25T16:00:00.000Z', '2026-10-26T09:00:00.000Z'],
    ],
    [
      'Kolkata',
      { when: '2026-04-07T11:00:00+05:30', timeZone: 'Asia/Kolkata' },
      ['2026-04-07T05:40:00.000Z', '2026-04-07T11:30:00.000Z', '2026-04-08T05:30:00.000Z'],
    ],
    [
      'Sydney DST end day',
      { when: '2026-04-05T09:00:00+10:00', timeZone: 'Australia/Sydney' },
      ['2026-04-04T23:10:00.000Z', '2026-04-05T07:00:00.000Z', '2026-04-05T23:00:00.000Z'],
    ],
    [
      'no zone: the offset in when',
      { when: '2026-03-07T10:00:00-05:00' },
      ['2026-03-07T15:10:00.000Z', '2026-03-07T22:00:00.000Z', '2026-03-08T15:00:00.000Z'],
    ],
    [
      'unknown zone falls back to the offset',
      { when: '2026-03-07T10:00:00-05:00', timeZone: 'Mars/Olympus' },
      ['2026-03-07T15:10:00.000Z', '2026-03-07T22:00:00.000Z', '2026-03-08T15:00:00.000Z'],
    ],
  ])('%s', (_name, interview, [tooSoonUntil, nudgeAt, dueAt]) => {
    expect(thankYouWindow(interview)).toEqual({ tooSoonUntil, nudgeAt, dueAt });
  });

  test('nudge hour comes from settings', () => {
    const w = thankYouWindow(
      { when: '2026-04-07T10:00:00-04:00', timeZone: 'America/New_York' },
      { reminders: { enabled: true, nudgeHour: 16, quietStart: '21:00', quietEnd: '08:00' } },
    );
    expect(w.nudgeAt).toBe('2026-04-07T20:00:00.000Z');
  });

  test('card goes in the post within 48 h', () => {
    expect(cardPostBy({ when: '2026-04-07T10:00:00-04:00' })).toBe('2026-04-09T14:00:00.000Z');
  });
});

describe('interview zone helpers', () => {
  test.each([
    [{ when: '2026-04-07T10:00:00-04:00', timeZone: 'America/New_York' }, 'America/New_York'],
    [{ when: '2026-04-07T10:00:00+05:30' }, '+05:30'],
    [{ when: '2026-04-07T10:00:00Z' }, 'Z'],
  ])('interviewZone(%j) = %s', (interview, expected) => {
    expect(interviewZone(interview)).toBe(expected);
  });

  test.each([
    ['2026-03-08T10:00', 'America/New_York', '2026-03-08T10:00:00-04:00'],
    ['2026-03-07T10:00', 'America/New_York', '2026-03-07T10:00:00-05:00'],
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T03:30:00-04:00'],
    ['2026-10-25T10:00', 'Europe/Berlin', '2026-10-25T10:00:00+01:00'],
    ['2026-13-01T10:00', 'Europe/Berlin', null],
    ['2026-04-07T10:00', 'Nowhere/Else', null],
  ])('localInputToDateTime(%s, %s)', (local, zone, expected) => {
    expect(localInputToDateTime(local, zone)).toBe(expected);
  });
});
