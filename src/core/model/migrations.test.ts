import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRecord } from './load-record';
import {
  MigrationError,
  isFromNewerVersion,
  migrate,
  needsMigration,
  type Migration,
} from './migrations';
import { SCHEMA_VERSION } from './types';

/** The synthetic v0 shape: concerns as strings, no ids on people, no history, no meta. */
const v0Interview = {
  id: 'iv-old',
  company: 'Fenwick & Rowe',
  role: 'Store Manager',
  when: '2026-04-07T10:00:00-04:00',
  decisionBy: '2026-04-17',
  interviewers: [
    {
      name: 'Gloria Benavides',
      email: 'gbenavides@fenwickrowe.example',
      concerns: ['only managed 6 ppl', 'weekend availability'],
      topics: ['new POS rollout'],
    },
  ],
};

describe('migrate', () => {
  test('v0 interview lifts to a valid current record', () => {
    const r = loadRecord(v0Interview);
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.kind !== 'interview') return;
    expect(r.value.schemaVersion).toBe(SCHEMA_VERSION);
    const person = r.value.interviewers[0]!;
    expect(person.history).toEqual([]);
    expect(person.concerns.map((c) => c.text)).toEqual([
      'only managed 6 ppl',
      'weekend availability',
    ]);
    expect(new Set(person.concerns.map((c) => c.id)).size).toBe(2);
  });

  test('migrations are pure: same input, same output (ids included)', () => {
    expect(migrate(structuredClone(v0Interview))).toEqual(migrate(structuredClone(v0Interview)));
    const input = structuredClone(v0Interview);
    migrate(input);
    expect(input).toEqual(v0Interview);
  });

  test('a current record passes through unchanged', () => {
    const current = migrate(v0Interview);
    expect(migrate(current)).toEqual(current);
    expect(needsMigration(current)).toBe(false);
    expect(needsMigration(v0Interview)).toBe(true);
  });

  test('a record from a newer version is refused', () => {
    expect(() => migrate({ ...v0Interview, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      MigrationError,
    );
    const r = loadRecord({ ...v0Interview, schemaVersion: 99 }, 'interviews[0]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^interviews\[0\]\.schemaVersion: 99 is newer/);
  });

  test.each([
    [{ schemaVersion: SCHEMA_VERSION + 1 }, true],
    [{ schemaVersion: 99, kind: 'interview' }, true],
    [{ schemaVersion: SCHEMA_VERSION }, false],
    [{ schemaVersion: 0 }, false],
    [{ schemaVersion: '99' }, false],
    [{ schemaVersion: 2.5 }, false],
    [{}, false],
    [[{ schemaVersion: 99 }], false],
    [null, false],
    ['99', false],
  ])('isFromNewerVersion(%j) is %s', (record, expected) => {
    expect(isFromNewerVersion(record)).toBe(expected);
  });

  test('non-objects are refused', () => {
    expect(() => migrate('x')).toThrow(MigrationError);
    expect(() => migrate([])).toThrow(MigrationError);
  });

  test('chains run in order from every earlier version', () => {
    // A hypothetical v2 that renames notes → memo, to prove steps chain.
    const chain: Migration[] = [
      { from: 0, to: 1, up: (r) => ({ ...r, a: 1 }) },
      { from: 1, to: 2, up: ({ notes, ...r }) => ({ ...r, memo: notes }) },
    ];
    expect(migrate({ notes: 'n' }, chain, 2)).toEqual({ a: 1, memo: 'n', schemaVersion: 2 });
    expect(migrate({ notes: 'n', schemaVersion: 1 }, chain, 2)).toEqual({
      memo: 'n',
      schemaVersion: 2,
    });
    expect(() => migrate({ schemaVersion: 1 }, [chain[0]!], 2)).toThrow(
      /no migration from version 1/,
    );
  });

  test('every dev-set interview (hand-written v0 shape) loads', () => {
    const dev = JSON.parse(
      readFileSync(new URL('../../../test/eval/dev.json', import.meta.url), 'utf8'),
    ) as { id: string; interview: unknown }[];
    for (const c of dev) {
      const r = loadRecord(c.interview, c.id);
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
  });
});
