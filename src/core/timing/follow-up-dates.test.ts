import { describe, expect, test } from 'vitest';
import { followUpDates } from './follow-up-dates';

const ny = { when: '2026-04-07T10:00:00-04:00', timeZone: 'America/New_York' };

describe('followUpDates', () => {
  test.each([
    [
      'decision on a Friday → Monday 9:00',
      { ...ny, decisionBy: '2026-04-17' },
      ['2026-04-20T13:00:00.000Z', '2026-04-27T13:00:00.000Z', '2026-05-04T13:00:00.000Z'],
    ],
    [
      'no decision date → interview + 5 business days',
      ny,
      ['2026-04-14T13:00:00.000Z', '2026-04-21T13:00:00.000Z', '2026-04-28T13:00:00.000Z'],
    ],
    [
      'decision Friday before US DST start',
      { when: '2026-03-02T10:00:00-05:00', timeZone: 'America/New_York', decisionBy: '2026-03-06' },
      ['2026-03-09T13:00:00.000Z', '2026-03-16T13:00:00.000Z', '2026-03-23T13:00:00.000Z'],
    ],
    [
      'decision Friday before US DST end',
      { when: '2026-10-26T10:00:00-04:00', timeZone: 'America/New_York', decisionBy: '2026-10-30' },
      ['2026-11-02T14:00:00.000Z', '2026-11-09T14:00:00.000Z', '2026-11-16T14:00:00.000Z'],
    ],
    [
      'Berlin, decision Friday before EU DST start',
      { when: '2026-03-23T10:00:00+01:00', timeZone: 'Europe/Berlin', decisionBy: '2026-03-27' },
      ['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z', '2026-04-13T07:00:00.000Z'],
    ],
    [
      'Berlin, decision Friday before EU DST end',
      { when: '2026-10-19T10:00:00+02:00', timeZone: 'Europe/Berlin', decisionBy: '2026-10-23' },
      ['2026-10-26T08:00:00.000Z', '2026-11-02T08:00:00.000Z', '2026-11-09T08:00:00.000Z'],
    ],
    [
      'Kolkata',
      { when: '2026-04-07T11:00:00+05:30', timeZone: 'Asia/Kolkata', decisionBy: '2026-04-17' },
      ['2026-04-20T03:30:00.000Z', '2026-04-27T03:30:00.000Z', '2026-05-04T03:30:00.000Z'],
    ],
    [
      'Sydney across DST end',
      { when: '2026-03-30T09:00:00+11:00', timeZone: 'Australia/Sydney', decisionBy: '2026-04-03' },
      ['2026-04-05T23:00:00.000Z', '2026-04-12T23:00:00.000Z', '2026-04-19T23:00:00.000Z'],
    ],
    [
      'Sydney across DST start',
      { when: '2026-09-28T09:00:00+10:00', timeZone: 'Australia/Sydney', decisionBy: '2026-10-02' },
      ['2026-10-04T22:00:00.000Z', '2026-10-11T22:00:00.000Z', '2026-10-18T22:00:00.000Z'],
    ],
    [
      'decision on a Saturday → Monday',
      { ...ny, decisionBy: '2026-04-18' },
      ['2026-04-20T13:00:00.000Z', '2026-04-27T13:00:00.000Z', '2026-05-04T13:00:00.000Z'],
    ],
  ])('%s', (_name, interview, [first, second, moveOnAt]) => {
    expect(followUpDates(interview, 0)).toEqual({ first, second, next: first, moveOnAt });
  });

  test.each([
    [0, '2026-04-20T13:00:00.000Z'],
    [1, '2026-04-27T13:00:00.000Z'],
    [2, null],
    [5, null],
  ])('after %i follow-ups the next is %s (two at most)', (sent, next) => {
    expect(followUpDates({ ...ny, decisionBy: '2026-04-17' }, sent).next).toBe(next);
  });

  test('a late first follow-up pushes the second a week past it', () => {
    const d = followUpDates({ ...ny, decisionBy: '2026-04-17' }, 1, '2026-04-22T15:00:00Z');
    expect(d.second).toBe('2026-04-29T13:00:00.000Z');
    expect(d.next).toBe(d.second);
  });

  test('a late second follow-up pushes moving on', () => {
    const d = followUpDates({ ...ny, decisionBy: '2026-04-17' }, 2, '2026-05-01T15:00:00Z');
    expect(d.moveOnAt).toBe('2026-05-08T13:00:00.000Z');
  });
});
