import { describe, expect, test } from 'vitest';
import {
  START,
  STILL_MS,
  distorts,
  intersects,
  isSteady,
  judge,
  observe,
  pressOf,
  resizes,
  type Sample,
  type Stillness,
} from './still-click';

const HERE = '10,20,300,400';
const sample = (at: number, where = HERE, problem: string | null = null): Sample => ({
  at,
  where,
  problem,
});
const run = (...samples: Sample[]): Stillness => samples.reduce(observe, START);

describe('stillness', () => {
  test('the clock starts at the first sample and survives identical ones', () => {
    const state = run(sample(1000), sample(1100), sample(1600));
    expect(state.since).toBe(1000);
    expect(isSteady(state, 1499)).toBe(false);
    expect(isSteady(state, 1000 + STILL_MS)).toBe(true);
  });
  test.each([
    ['a move', sample(1400, '11,20,300,400')],
    ['a resize to 1 px', sample(1400, '10,20,1,1')],
    ['a problem appearing', sample(1400, HERE, 'mask on HTML')],
  ])('%s starts the clock again', (_, change) => {
    const state = run(sample(1000), change);
    expect(state.since).toBe(1400);
    expect(isSteady(state, 1600)).toBe(false);
  });
  test('a problem is never steady, however long it lasts', () => {
    expect(isSteady(run(sample(0, HERE, 'filter on HTML')), 60_000)).toBe(false);
  });
});

describe('judge', () => {
  const steady = run(sample(0));
  test.each([
    // [case, state, press, pointer, at, verdict]
    ['pointer click after a steady press', steady, pressOf(steady, 1000), true, 1100, null],
    ['keyboard on a steady panel', steady, null, false, 1000, null],
    ['keyboard right after it appeared', run(sample(900)), null, false, 1000, 'unsteady'],
    ['pointer click with no press', steady, null, true, 1000, 'no-press'],
    ['a stale press', steady, pressOf(steady, 1000), true, 12_000, 'no-press'],
    [
      'a press on a panel that had just appeared',
      run(sample(800)),
      pressOf(run(sample(800)), 1000),
      true,
      1100,
      'unsteady',
    ],
    [
      'covered now',
      run(sample(0), sample(1050, HERE, 'overlay')),
      pressOf(steady, 1000),
      true,
      1100,
      'covered',
    ],
  ] as const)('%s', (_, state, press, pointer, at, verdict) => {
    expect(judge(state, press, pointer, at)).toBe(verdict);
  });
  test('moved between the pointer going down and the click (a double-click trap)', () => {
    const press = pressOf(steady, 1000);
    const moved = observe(steady, sample(1050, '500,20,300,400'));
    expect(judge(moved, press, true, 1100)).toBe('unsteady');
    // …and moving back to the same place does not make the old press count again.
    const back = observe(moved, sample(1080));
    expect(judge(back, press, true, 1100)).toBe('unsteady');
  });
});

describe('distorts', () => {
  test.each([
    ['none', false],
    ['matrix(1, 0, 0, 1, 40, -20)', false],
    ['matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 6, 0, 1)', false],
    ['matrix(0.01, 0, 0, 0.01, 0, 0)', true],
    ['matrix(1, 0, 0.5, 1, 0, 0)', true],
    ['matrix(-1, 0, 0, 1, 0, 0)', true],
    ['matrix(2, 0, 0, 2, 0, 0)', true],
    ['matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, -0.01, 0, 0, 0, 1)', true],
    ['rotate(10deg)', true],
  ])('%s → %s', (value, want) => {
    expect(distorts(value)).toBe(want);
  });
  test.each([
    ['scale', 'none', false],
    ['scale', '1', false],
    ['scale', '0.1', true],
    ['scale', '1 0.5', true],
    ['rotate', '0deg', false],
    ['rotate', '45deg', true],
    ['zoom', '1', false],
    ['zoom', '0.05', true],
  ] as const)('%s: %s → %s', (property, value, want) => {
    expect(resizes(property, value)).toBe(want);
  });
});

test('intersects: touching edges do not overlap', () => {
  const a = { left: 0, top: 0, right: 10, bottom: 10 };
  expect(intersects(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
  expect(intersects(a, { left: 9, top: 9, right: 20, bottom: 20 })).toBe(true);
});
