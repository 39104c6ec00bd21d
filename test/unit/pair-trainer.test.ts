import { describe, expect, it } from 'vitest';
import { PairModel, type SideWord } from '../../src/core/concerns/pair-model';
import {
  initParams,
  layoutOf,
  step,
  toWeights,
  trainParams,
  type Sample,
  type Shape,
} from '../tools/pair-trainer';

const shape: Shape = { dims: 6, attend: 4, compare: 3, hidden: 5, facts: 17 };

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

function row(random: () => number, flag = 0): Float32Array {
  const r = new Float32Array(shape.dims + 2);
  for (let k = 0; k < shape.dims; k++) r[k] = random() * 2 - 1;
  r[shape.dims] = flag;
  return r;
}

function sample(random: () => number, label: number, planned: boolean): Sample {
  const words = (n: number) => Array.from({ length: n }, (_, i) => row(random, i % 2));
  const passage = words(4);
  return {
    concern: words(3),
    planned: planned ? words(2) : [],
    passage,
    passageVsPlanned: passage.map((r) => r.slice()),
    // Thirteen passage facts, then four pair facts that the runtime computes (zero here: the
    // runtime words below carry no content-word keys).
    facts: [...Array.from({ length: 13 }, () => Math.round(random())), 0, 0, 0, 0],
    label,
  };
}

describe('pair trainer', () => {
  it('has the gradient of its loss (finite differences on every kind of weight)', () => {
    const random = seeded(7);
    const p = initParams(shape, random);
    // Biases start at zero; move them so their ReLU gates are exercised.
    for (let k = 0; k < p.length; k++) if (p[k] === 0) p[k] = (random() - 0.5) * 0.2;
    const x = sample(random, 1, true);
    const g = new Float32Array(p.length);
    step(p, shape, x, 1, g);
    const l = layoutOf(shape);
    const probes = [
      l.wf + 3,
      l.wf + 8 + 6,
      l.bf + 1,
      l.wg1 + 5,
      l.wg2 + 10,
      l.bg + 2,
      l.wh + 7,
      l.wh + 8 * 3 + 2,
      l.bh,
      l.wo + 2,
      l.bo,
    ];
    for (const k of probes) {
      const h = 1e-3;
      const keep = p[k] as number;
      p[k] = keep + h;
      const up = step(p, shape, x, 1, null).loss;
      p[k] = keep - h;
      const down = step(p, shape, x, 1, null).loss;
      p[k] = keep;
      const numeric = (up - down) / (2 * h);
      expect(Math.abs(numeric - (g[k] as number))).toBeLessThan(2e-3 + 0.02 * Math.abs(numeric));
    }
  });

  it('learns a separable toy task and the runtime model reproduces its scores', () => {
    const random = seeded(11);
    // Label: whether the first fact is set; the model must learn to read its inputs.
    const samples = Array.from({ length: 80 }, (_, i) => {
      const s = sample(random, i % 2, i % 3 === 0);
      s.facts[0] = i % 2;
      return s;
    });
    const p = trainParams(shape, samples, {
      epochs: 30,
      batch: 8,
      learningRate: 0.01,
      l2: 0,
      random,
    });
    const right = samples.filter(
      (s) => (step(p, shape, s, 1, null).prob >= 0.5 ? 1 : 0) === s.label,
    );
    expect(right.length).toBe(samples.length);
    const model = new PairModel(toWeights(shape, p));
    const side = (rows: Float32Array[]): SideWord[] =>
      rows.map((r, i) => ({
        word: `w${i}-${r[0]}`,
        vector: r.subarray(0, shape.dims),
        unknown: false,
        key: '',
      }));
    // The runtime sets exact-match flags itself; these samples carry none on odd words, so
    // compare on samples rebuilt without flags.
    for (const s of samples.slice(0, 10)) {
      const plain = {
        ...s,
        concern: s.concern.map(unflag),
        planned: s.planned.map(unflag),
        passage: s.passage.map(unflag),
        passageVsPlanned: s.passage.map(unflag),
      };
      const got = model.score({
        concern: side(plain.concern),
        planned: side(plain.planned),
        passage: side(plain.passage),
        facts: s.facts,
      });
      expect(Math.abs(got - step(p, shape, plain, 1, null).prob)).toBeLessThan(1e-4);
    }
  });
});

function unflag(r: Float32Array): Float32Array {
  const c = r.slice();
  c[shape.dims] = 0;
  return c;
}
