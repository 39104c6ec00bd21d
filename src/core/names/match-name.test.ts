import { describe, expect, test } from 'vitest';
import { nameWords, sameName, sameNameExactly } from './match-name';

describe('sameName', () => {
  test.each([
    ['Dr. Adaeze Okonkwo', 'Adaeze Okonkwo'],
    ['Adaeze N. Okonkwo', 'Adaeze Okonkwo'],
    ['Dr. Adaeze N. Okonkwo', 'Adaeze Okonkwo'],
    ['Okonkwo, Adaeze', 'Adaeze Okonkwo'],
    ['Okonkwo, Adaeze N.', 'Adaeze Okonkwo'],
    ['Adaeze Okonkwo, PhD', 'Adaeze Okonkwo'],
    ['ADAEZE  OKONKWO', 'adaeze okonkwo'],
    ['Jose Alvarez', 'José Álvarez'],
    ['Álvarez, José', 'Jose Alvarez'],
    ['Liam OBrien', "Liam O'Brien"],
    ['A. Okonkwo', 'Adaeze Okonkwo'],
    ['Adaeze Okonkwo (Away)', 'Adaeze Okonkwo'],
    ['Adaeze Okonkwo [External]', 'Adaeze Okonkwo'],
    ['Prof. Dr. Mei-Ling Hsu', 'Mei-Ling Hsu'],
    ['Gloria Benavides', 'Ms Gloria Benavides'],
    ['Gloria', 'Gloria'],
  ])('%s is %s', (shown, saved) => {
    expect(sameName(shown, saved)).toBe(true);
  });

  test.each([
    ['Adaeze Okonkwo', 'Chidi Okonkwo'],
    ['Gloria', 'Gloria Benavides'],
    ['Benavides', 'Gloria Benavides'],
    ['Gloria Benavides', 'Gloria Benavidez'],
    ['B. Okonkwo', 'Adaeze Okonkwo'],
    ['Dr.', 'Dr.'],
    ['', 'Adaeze Okonkwo'],
    ['Adaeze Okonkwo', ''],
    ['Marcus Webb', 'Gloria Benavides'],
  ])('%s is not %s', (shown, saved) => {
    expect(sameName(shown, saved)).toBe(false);
  });
});

describe('sameNameExactly', () => {
  test.each([
    ['Okonkwo, Adaeze', 'Adaeze Okonkwo', true],
    ['Dr. José Álvarez', 'jose alvarez', true],
    ['Adaeze N. Okonkwo', 'Adaeze Okonkwo', false],
    ['A. Okonkwo', 'Adaeze Okonkwo', false],
  ])('%s / %s → %s', (shown, saved, expected) => {
    expect(sameNameExactly(shown, saved)).toBe(expected);
  });
});

describe('nameWords', () => {
  test.each([
    ['Webb, Marcus (Offline)', ['marcus', 'webb']],
    ['Dr. Adaeze N. Okonkwo', ['adaeze', 'n', 'okonkwo']],
    ['Okonkwo, Adaeze, PhD', ['adaeze', 'okonkwo']],
    ['  ', []],
  ])('%s', (value, expected) => {
    expect(nameWords(value)).toEqual(expected);
  });
});
