import { describe, expect, test } from 'vitest';
import { defaultSettings, mailClientOf, newId, newInterview, newInterviewer } from './defaults';
import { validateInterview, validateSettings } from './schema';

describe('defaults', () => {
  test('newInterview is valid, an hour back on the quarter hour, in the zone', () => {
    const iv = newInterview('2026-03-08T15:07:00Z', 'America/New_York');
    expect(validateInterview(iv).ok).toBe(true);
    expect(iv.when).toBe('2026-03-08T10:00:00-04:00');
    expect(iv.timeZone).toBe('America/New_York');
    expect(iv.interviewers).toHaveLength(1);
  });

  test('an unknown zone falls back to UTC', () => {
    const iv = newInterview(new Date('2026-04-07T12:20:00Z'), 'Nowhere');
    expect(iv.when).toBe('2026-04-07T11:15:00+00:00');
    expect(iv.timeZone).toBeUndefined();
  });

  test('settings defaults are valid with empty rules', () => {
    const s = defaultSettings();
    expect(validateSettings(s).ok).toBe(true);
    expect(s.rules).toEqual({});
    expect(s.reminders.nudgeHour).toBe(17);
    expect(s.mailClient).toBe('gmail');
  });

  test.each([
    [{}, 'gmail'],
    [{ mailClient: 'gmail' as const }, 'gmail'],
    [{ mailClient: 'outlook' as const }, 'outlook'],
  ])('mailClientOf(%j) is %s', (settings, client) => {
    expect(mailClientOf(settings)).toBe(client);
  });

  test('ids are unique', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newId()));
    expect(ids.size).toBe(100);
    expect(newInterviewer().id).not.toBe(newInterviewer().id);
  });
});
