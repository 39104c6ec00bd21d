import { describe, expect, test } from 'vitest';
import {
  addBusinessDays,
  formatOffsetDateTime,
  instantAt,
  isOffsetDateTime,
  isValidZone,
  parseDate,
  zonedTime,
  zoneOffsetMinutes,
} from './zoned-time';

describe('zoneOffsetMinutes', () => {
  test.each([
    ['America/New_York', '2026-03-08T06:59:00Z', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', -240],
    ['America/New_York', '2026-11-01T05:59:00Z', -240],
    ['America/New_York', '2026-11-01T06:00:00Z', -300],
    ['Europe/Berlin', '2026-03-29T00:59:00Z', 60],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', 120],
    ['Europe/Berlin', '2026-10-25T00:59:00Z', 120],
    ['Europe/Berlin', '2026-10-25T01:00:00Z', 60],
    ['Asia/Kolkata', '2026-06-01T00:00:00Z', 330],
    ['Australia/Sydney', '2026-04-04T15:59:00Z', 660],
    ['Australia/Sydney', '2026-04-04T16:00:00Z', 600],
    ['Australia/Sydney', '2026-10-03T16:00:00Z', 660],
    ['-04:00', '2026-01-01T00:00:00Z', -240],
    ['+05:30', '2026-01-01T00:00:00Z', 330],
    ['Z', '2026-01-01T00:00:00Z', 0],
  ])('%s at %s → %i', (zone, at, expected) => {
    expect(zoneOffsetMinutes(Date.parse(at), zone)).toBe(expected);
  });
});

describe('instantAt', () => {
  test.each([
    ['plain EDT', 'America/New_York', [2026, 4, 7, 10, 0], '2026-04-07T14:00:00.000Z'],
    [
      'US spring gap 02:30 → 03:30',
      'America/New_York',
      [2026, 3, 8, 2, 30],
      '2026-03-08T07:30:00.000Z',
    ],
    [
      'US fall repeat → first',
      'America/New_York',
      [2026, 11, 1, 1, 30],
      '2026-11-01T05:30:00.000Z',
    ],
    ['EU spring gap', 'Europe/Berlin', [2026, 3, 29, 2, 30], '2026-03-29T01:30:00.000Z'],
    ['EU fall repeat → first', 'Europe/Berlin', [2026, 10, 25, 2, 30], '2026-10-25T00:30:00.000Z'],
    ['Kolkata', 'Asia/Kolkata', [2026, 4, 20, 9, 0], '2026-04-20T03:30:00.000Z'],
    ['Sydney after DST end', 'Australia/Sydney', [2026, 4, 6, 9, 0], '2026-04-05T23:00:00.000Z'],
    ['fixed offset', '-05:00', [2026, 3, 7, 17, 0], '2026-03-07T22:00:00.000Z'],
  ] as const)('%s', (_name, zone, [year, month, day, hour, minute], expected) => {
    expect(new Date(instantAt({ year, month, day, hour, minute }, zone)).toISOString()).toBe(
      expected,
    );
  });

  test('round-trips every hour across a DST week', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney']) {
      for (let h = 0; h < 24 * 7; h++) {
        const t = Date.parse('2026-03-26T00:00:00Z') + h * 3_600_000;
        const w = zonedTime(t, zone);
        // Ambiguous wall times resolve to the first occurrence, so compare wall times.
        const back = instantAt(w, zone);
        expect(zonedTime(back, zone)).toEqual(w);
      }
    }
  });
});

describe('helpers', () => {
  test.each([
    ['2026-04-07T10:00:00-04:00', true],
    ['2026-04-07T10:00-04:00', true],
    ['2026-04-07T10:00:00Z', true],
    ['2026-04-07T10:00:00.123+05:30', true],
    ['2026-04-07T10:00:00', false],
    ['2026-02-30T10:00:00Z', false],
    ['2026-04-07', false],
    ['tomorrow', false],
  ])('isOffsetDateTime(%s) = %s', (value, expected) => {
    expect(isOffsetDateTime(value)).toBe(expected);
  });

  test.each([
    ['Europe/Berlin', true],
    ['+05:30', true],
    ['Mars/Olympus', false],
  ])('isValidZone(%s) = %s', (zone, expected) => {
    expect(isValidZone(zone)).toBe(expected);
  });

  test('parseDate rejects impossible dates', () => {
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('2026-04-17')).toEqual({ year: 2026, month: 4, day: 17 });
  });

  test.each([
    ['2026-04-17', 1, { year: 2026, month: 4, day: 20 }],
    ['2026-04-18', 1, { year: 2026, month: 4, day: 20 }],
    ['2026-04-07', 5, { year: 2026, month: 4, day: 14 }],
    ['2026-12-31', 1, { year: 2027, month: 1, day: 1 }],
  ])('addBusinessDays(%s, %i)', (date, n, expected) => {
    expect(addBusinessDays(parseDate(date)!, n)).toEqual(expected);
  });

  test('formatOffsetDateTime follows DST', () => {
    expect(formatOffsetDateTime(Date.parse('2026-03-08T06:30:00Z'), 'America/New_York')).toBe(
      '2026-03-08T01:30:00-05:00',
    );
    expect(formatOffsetDateTime(Date.parse('2026-03-08T07:30:00Z'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    expect(formatOffsetDateTime(Date.parse('2026-04-07T05:30:00Z'), 'Asia/Kolkata')).toBe(
      '2026-04-07T11:00:00+05:30',
    );
  });
});
