import { describe, expect, test } from 'vitest';
import { countWords, readingSeconds, tokenize } from './words';

describe('countWords', () => {
  test.each([
    ['', 0],
    ['Thank you for your time.', 5],
    ["I don't mind weekends.", 4],
    ['Shrink went from 2.1% to 1.3%.', 6],
    ['Write to tomasz.w@mailbox.example any time', 5],
    ['See https://example.com/a/b?c=1, thanks', 3],
    ['the denied-claims backlog', 3],
    ['ratios 1:5 and 1,000 claims', 5],
    ['I worked in the U.S. for e.g. two years', 9],
    ['Fenwick & Rowe', 2],
    ['(555) 014-2297', 2],
    ['Café crème, naïve résumé', 4],
    ['it’s fine — really', 3],
  ])('%j → %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('tokenize', () => {
  test('lowercase tokens with offsets', () => {
    const input = 'Dear Gloria, I DON’T mind.';
    const tokens = tokenize(input);
    expect(tokens.map((t) => t.text)).toEqual(['dear', 'gloria', 'i', 'don’t', 'mind']);
    for (const t of tokens) expect(input.slice(t.start, t.end).toLowerCase()).toBe(t.text);
  });
});

describe('readingSeconds', () => {
  test.each([
    [0, undefined, 0],
    [238, undefined, 60],
    [171, undefined, 43],
    [100, 200, 30],
    [-5, undefined, 0],
    [10, 0, 0],
  ])('%i words at %s wpm → %i s', (words, wpm, expected) => {
    expect(readingSeconds(words, wpm)).toBe(expected);
  });
});
