import { describe, expect, it } from 'vitest';
import { parseCases } from './eval-case';

const good = {
  id: 'x-1',
  interview: {
    company: 'Acme',
    role: 'Clerk',
    when: '2026-04-07T10:00:00-04:00',
    decisionBy: null,
    interviewers: [
      {
        name: 'Ann Lee',
        title: 'Manager',
        email: 'ann@acme.example',
        concerns: ['salary'],
        topics: ['x'],
      },
      {
        name: 'Bo Chen',
        email: 'bo@acme.example',
        concerns: [{ text: 'visa', answer: 'green card' }],
        topics: [],
      },
    ],
  },
  to: 1,
  draft: 'Hi Bo,',
  expect: { concerns: [{ addressed: true, why: 'y' }], nameInGreeting: 'correct' },
};

describe('parseCases', () => {
  it('builds an interview with generated ids', () => {
    const { cases, errors } = parseCases([good]);
    expect(errors).toEqual([]);
    const c = cases[0];
    expect(c?.interviewerId).toBe('i1');
    expect(c?.interview.interviewers.map((i) => i.id)).toEqual(['i0', 'i1']);
    expect(c?.interview.interviewers[1]?.concerns).toEqual([
      { id: 'c0', text: 'visa', answer: 'green card' },
    ]);
    expect(c?.interview).toMatchObject({
      kind: 'interview',
      schemaVersion: 1,
      rev: 1,
      company: 'Acme',
    });
    expect(c?.interview.decisionBy).toBeUndefined();
    expect(c?.expect?.nameInGreeting).toBe('correct');
  });

  it('names the case and the field of a malformed case, and still parses the rest', () => {
    const bad = structuredClone(good) as Record<string, unknown> & typeof good;
    bad.id = 'dev-004';
    (bad.interview.interviewers[1] as Record<string, unknown>).email = 42;
    const { cases, errors } = parseCases([bad, good]);
    expect(errors).toEqual(['dev-004: interview.interviewers[1].email must be a string']);
    expect(cases.map((c) => c.id)).toEqual(['x-1']);
  });

  it('rejects an out-of-range recipient and a mismatched expectation', () => {
    const { errors } = parseCases([
      { ...good, id: 'a', to: 5 },
      { ...good, id: 'b', expect: { concerns: [] } },
      'nope',
    ]);
    expect(errors[0]).toMatch(/^a: to must be/);
    expect(errors[1]).toMatch(/^b: expect.concerns must have one entry per concern/);
    expect(errors[2]).toBe('case #3: case must be an object');
  });

  it('accepts a single case object', () => {
    expect(parseCases(good).cases).toHaveLength(1);
  });
});
