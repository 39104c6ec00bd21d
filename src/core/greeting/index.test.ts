import { describe, expect, it } from 'vitest';
import type { Interviewer } from '../model/types';
import { greetingVerdict } from './index';

const person = (name: string): Interviewer => ({
  id: name,
  name,
  concerns: [],
  topics: [],
  history: [],
});

describe('greetingVerdict', () => {
  const others = [person('Amara Nwosu'), person('Henrik Solberg')];
  it.each([
    ['Dear Dr. Osei,\n\nThank you', 'Kwabena Osei', 'correct'],
    ['Hi Kwabena,\n\nThanks', 'Kwabena Osei', 'correct'],
    ['Dear Kwabena Osei,', 'Kwabena Osei', 'correct'],
    ['Hello Ms. Smith-Jones,', 'Ann Smith-Jones', 'correct'],
    ["Dear Mr. O'Brien,", "Liam O'Brien", 'correct'],
    ['Dear Mr. OBrien,', "Liam O'Brien", 'correct'],
    ['Hi Mei-Ling,', 'Mei-Ling Hsu', 'correct'],
    ['Hi Jose,', 'José Álvarez', 'correct'],
    ['Hi josé,', 'José Álvarez', 'correct'],
    ['Prof. Álvarez,', 'José Álvarez', 'correct'],
    ['Chef Montoya,\n\nThank you', 'Rafael Montoya', 'correct'],
    ['Walt,\n\nThanks', 'Walt Jessup', 'correct'],
    ['Hi Yvette\n\nthank you', 'Yvette Charbonneau', 'correct'],
    ['Dear Margarite,', 'Marguerite Delacroix', 'misspelled'],
    ['Hi Nathanial,', 'Nathaniel Corbin', 'misspelled'],
    ['Dear Ms. Ashcomb,', 'Vivian Ashcombe', 'misspelled'],
    ['Hi Henrik,', 'Kwabena Osei', 'wrong-person'],
    ['Dear Ms. Nwosu,', 'Kwabena Osei', 'wrong-person'],
    ['Hi team,\n\nThanks', 'Kwabena Osei', 'missing'],
    ['Hello,\n\nThanks', 'Kwabena Osei', 'missing'],
    ['Hi there,', 'Kwabena Osei', 'missing'],
    ['Hey!\n\nThanks', 'Kwabena Osei', 'missing'],
    ['Thank you for meeting with me today.', 'Kwabena Osei', 'missing'],
    ['Dear Hiring Manager,', 'Kwabena Osei', 'missing'],
    ['', 'Kwabena Osei', 'missing'],
    ['Cara,\n\nThank you', 'Cara Lindgren', 'correct'],
    ['Cara,\n\nThank you', 'Kwabena Osei', 'missing'],
    ['Ola!\n\nThanks', 'Ola Nordmann', 'correct'],
    ['Hi Dean,\n\nThanks', 'Dean Whitaker', 'correct'],
    ['Dear Major Ellison,', 'Rosa Ellison', 'correct'],
    ['Hi Chris,', 'Christopher Vance', 'correct'],
    ['Hi Mike,', 'Michael Brandt', 'correct'],
    ['Hi Zoe,', 'Zoë Lindqvist', 'correct'],
    ['Hi Soren,', 'Søren Holm', 'correct'],
    ['Hi Kwabena, thanks again for today.', 'Kwabena Osei', 'correct'],
    ['Hi Priscilla,\n\nThanks', 'Kwabena Osei', 'wrong-person'],
    ['Hi Amra,', 'Kwabena Osei', 'wrong-person'],
    ['Dear Kwabena and Henrik,', 'Kwabena Osei', 'wrong-person'],
    ['Thanks,\n\nSam', 'Kwabena Osei', 'missing'],
    ['Note: the schedule moved.', 'Kwabena Osei', 'missing'],
  ])('%j to %s → %s', (text, name, expected) => {
    expect(greetingVerdict(text, person(name), others).verdict).toBe(expected);
  });

  it('points at the greeted name after a dash form too', () => {
    const text = 'Kwabena — thanks for the tour.';
    const r = greetingVerdict(text, person('Kwabena Osei'), []);
    expect(r.verdict).toBe('correct');
    expect(text.slice(r.span?.start, r.span?.end)).toBe('Kwabena');
  });

  it('points at the greeted name', () => {
    const text = 'Dear Dr. Osei,\n\nThank you.';
    const r = greetingVerdict(text, person('Kwabena Osei'), []);
    expect(r.found).toBe('Dr. Osei');
    expect(text.slice(r.span?.start, r.span?.end)).toBe('Dr. Osei');
  });
});
