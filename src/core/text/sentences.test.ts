import { describe, expect, test } from 'vitest';
import { splitSentences } from './sentences';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    [
      'plain sentences',
      'I enjoyed it. Thank you! Will you decide soon?',
      ['I enjoyed it.', 'Thank you!', 'Will you decide soon?'],
    ],
    [
      'titles',
      'I met Dr. Patel and Ms. Ortiz. Both were kind.',
      ['I met Dr. Patel and Ms. Ortiz.', 'Both were kind.'],
    ],
    [
      'e.g. and i.e.',
      'I used tools, e.g. Excel, i.e. Power Query. It worked.',
      ['I used tools, e.g. Excel, i.e. Power Query.', 'It worked.'],
    ],
    [
      'U.S. before a noun',
      'I worked in the U.S. Army for four years. Then I moved.',
      ['I worked in the U.S. Army for four years.', 'Then I moved.'],
    ],
    [
      'decimals',
      'Loss went from 2.1% to 1.3% last year. Good.',
      ['Loss went from 2.1% to 1.3% last year.', 'Good.'],
    ],
    [
      'initials',
      'I spoke with J. R. Smith today. Nice.',
      ['I spoke with J. R. Smith today.', 'Nice.'],
    ],
    [
      'St. in a name',
      'St. Aldric Medical Center is great. Thanks.',
      ['St. Aldric Medical Center is great.', 'Thanks.'],
    ],
    [
      'greeting line',
      'Dear Gloria,\n\nThank you for meeting me.',
      ['Dear Gloria,', 'Thank you for meeting me.'],
    ],
    ['greeting then lowercase', 'Hi Sam,\nthanks for today.', ['Hi Sam,', 'thanks for today.']],
    [
      'sign-off lines',
      'Thanks again.\n\nBest regards,\nPriya',
      ['Thanks again.', 'Best regards,', 'Priya'],
    ],
    [
      'list lines',
      'Three things:\n- Epic training done\n- I can start May 1\n2) Weekends are fine',
      ['Three things:', 'Epic training done', 'I can start May 1', 'Weekends are fine'],
    ],
    [
      'line without punctuation is a unit',
      'Thank you\nI look forward to it',
      ['Thank you', 'I look forward to it'],
    ],
    [
      'hard-wrapped line continues',
      'I have been thinking about the warehouse project you described\nand I have a plan for it.',
      ['I have been thinking about the warehouse project you described\nand I have a plan for it.'],
    ],
    [
      'quotes after the stop',
      'She said "welcome." Then we left.',
      ['She said "welcome."', 'Then we left.'],
    ],
    [
      'lowercase after stop is not a new sentence',
      'It runs at 9 a.m. sharp. Yes.',
      ['It runs at 9 a.m. sharp.', 'Yes.'],
    ],
    ['ellipsis', 'I was nervous... But it went well.', ['I was nervous...', 'But it went well.']],
    ['CRLF', 'Hello Ana,\r\nThanks.\r\n', ['Hello Ana,', 'Thanks.']],
    ['empty', '  \n\n ', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point into the input', () => {
    const input = 'Dear Gloria,\n\n  Thank you. I met Dr. Li.\n- one item';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});
