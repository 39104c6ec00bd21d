import { describe, expect, test } from 'vitest';
import { completeField, fieldQueryAt, insertField, matchingFields } from './field-autocomplete';

describe('field autocomplete', () => {
  test('finds the unfinished field at the caret', () => {
    expect(fieldQueryAt('Dear {{fir', 10)).toEqual({ start: 5, text: 'fir' });
    expect(fieldQueryAt('Dear {{', 7)).toEqual({ start: 5, text: '' });
    expect(fieldQueryAt('Dear {{ first', 13)).toEqual({ start: 5, text: 'first' });
    expect(fieldQueryAt('Dear {{firstName}} ', 19)).toBeNull();
    expect(fieldQueryAt('Dear {{first\nName', 17)).toBeNull();
    expect(fieldQueryAt('no braces', 5)).toBeNull();
  });

  test('matches names and labels, names that start with the query first', () => {
    expect(matchingFields('first').map((f) => f.name)).toEqual(['firstName', 'firstTopic']);
    expect(matchingFields('topic').map((f) => f.name)).toContain('allTopics');
    expect(matchingFields('company').map((f) => f.name)[0]).toBe('company');
    expect(matchingFields('')).toHaveLength(14);
  });

  test('completes the marker, swallowing a half-typed name and existing braces', () => {
    const q = fieldQueryAt('Dear {{fir, hello', 10)!;
    expect(completeField('Dear {{fir, hello', 10, q, 'firstName')).toEqual({
      value: 'Dear {{firstName}}, hello',
      caret: 18,
    });
    const q2 = fieldQueryAt('Dear {{fi}},', 9)!;
    expect(completeField('Dear {{fi}},', 9, q2, 'firstName').value).toBe('Dear {{firstName}},');
    expect(insertField('Hi , thanks', 3, 3, 'firstName')).toEqual({
      value: 'Hi {{firstName}}, thanks',
      caret: 16,
    });
  });
});
