import { describe, expect, test } from 'vitest';
import { english } from '../i18n/english.test-helpers';
import { isWithin, timeLeft } from './time-left';

describe('timeLeft', () => {
  test.each([
    ['2026-04-08T14:00:00Z', '2026-04-08T08:48:00Z', '5 h 12 min left'],
    ['2026-04-08T14:00:00Z', '2026-04-08T12:00:00Z', '2 h left'],
    ['2026-04-08T14:00:00Z', '2026-04-08T13:59:30Z', 'due now'],
    ['2026-04-08T14:00:00Z', '2026-04-08T13:48:00Z', '12 min left'],
    ['2026-04-08T14:00:00Z', '2026-04-08T16:00:00Z', 'overdue by 2 h'],
    ['2026-04-08T14:00:00Z', '2026-04-08T16:05:00Z', 'overdue by 2 h 5 min'],
    ['2026-04-10T14:00:00Z', '2026-04-08T11:00:00Z', '2 d 3 h left'],
    ['2026-04-08T14:00:00-04:00', '2026-04-08T17:00:00Z', '1 h left'],
    ['nonsense', '2026-04-08T17:00:00Z', ''],
  ])('%s at %s → %s', (due, now, expected) => {
    const left = timeLeft(due, now);
    expect(left ? english(left) : '').toBe(expected);
  });
});

describe('isWithin', () => {
  test.each([
    ['2026-04-08T12:00:00Z', '2026-04-08T10:00:00Z', '2026-04-08T14:00:00Z', true],
    ['2026-04-08T14:00:00Z', '2026-04-08T10:00:00Z', '2026-04-08T14:00:00Z', false],
    ['2026-04-08T10:00:00Z', '2026-04-08T10:00:00Z', '2026-04-08T14:00:00Z', true],
    ['2026-04-08T09:00:00Z', '2026-04-08T10:00:00Z', null, false],
    ['2026-04-08T09:00:00Z', null, '2026-04-08T10:00:00Z', true],
  ])('%s in [%s, %s) = %s', (at, start, end, expected) => {
    expect(isWithin(at, start, end)).toBe(expected);
  });
});
