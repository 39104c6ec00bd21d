/**
 * Two-fold check of the concern checker's tunable constants: choose threshold, carry and
 * colleague margin on the even-numbered dev cases, score the odd ones, and the other way
 * round. A large gap between the tuned half and the held-out half means the constants fit
 * the cases rather than the task. (The lexicon is not tuned per fold; it must hold no term
 * taken from the cases at all.)
 *
 *     npx tsx test/tools/eval-folds.ts [FILE]
 */
import { readFileSync } from 'node:fs';
import { parseCases, type ParsedCase } from '../../src/cli/eval-case';
import { assessConcerns, type AssessOptions } from '../../src/core/concerns/index';
import { extractOwnText } from '../../src/core/text/own-text';

interface Scored {
  macroF1: number;
  addressedPrecision: number;
  missingPrecision: number;
}

function score(cases: ParsedCase[], options: AssessOptions): Scored {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const c of cases) {
    const me = c.interview.interviewers.find((i) => i.id === c.interviewerId);
    if (!me) continue;
    const others = c.interview.interviewers.filter((i) => i !== me);
    const verdicts = assessConcerns(extractOwnText(c.draft), me, others, options);
    c.expect?.concerns?.forEach((e, k) => {
      if (e.addressed === null) return;
      const got = verdicts[k]?.addressed ?? false;
      if (got && e.addressed) tp++;
      else if (got) fp++;
      else if (e.addressed) fn++;
      else tn++;
    });
  }
  const f1 = (t: number, f: number, n: number) => (t === 0 ? 0 : (2 * t) / (2 * t + f + n));
  return {
    macroF1: (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2,
    addressedPrecision: tp + fp === 0 ? 0 : tp / (tp + fp),
    missingPrecision: tn + fn === 0 ? 0 : tn / (tn + fn),
  };
}

const GRID: AssessOptions[] = [];
for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  for (const carry of [0.6, 0.75, 0.85, 0.95]) {
    for (const otherMargin of [0.25, 0.5, 1, 2]) GRID.push({ threshold, carry, otherMargin });
  }
}

function tune(cases: ParsedCase[]): { options: AssessOptions; train: Scored } {
  let best = { options: GRID[0] as AssessOptions, train: score(cases, GRID[0] as AssessOptions) };
  for (const options of GRID.slice(1)) {
    const train = score(cases, options);
    if (train.macroF1 > best.train.macroF1) best = { options, train };
  }
  return best;
}

const fmt = (s: Scored) =>
  `macro-F1 ${s.macroF1.toFixed(3)} (precision addressed ${s.addressedPrecision.toFixed(3)}, missing ${s.missingPrecision.toFixed(3)})`;

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/eval/dev.json';
const { cases } = parseCases(JSON.parse(readFileSync(file, 'utf8')));
const even = cases.filter((_, i) => i % 2 === 0);
const odd = cases.filter((_, i) => i % 2 === 1);
for (const [name, train, test] of [
  ['tune even → score odd', even, odd],
  ['tune odd → score even', odd, even],
] as const) {
  const tuned = tune(train);
  console.log(`${name}: ${JSON.stringify(tuned.options)}`);
  console.log(`  tuned half     ${fmt(tuned.train)}`);
  console.log(`  held-out half  ${fmt(score(test, tuned.options))}`);
  console.log(`  held-out half with the shipped defaults  ${fmt(score(test, {}))}`);
}
