/**
 * Choosing the concern model's decision threshold and "not sure" band from out-of-fold scores,
 * and scoring that choice honestly: for each field, the band is chosen on the other fields'
 * scores and applied to this one.
 */
import type { Calibration } from '../../src/core/concerns/model-assess';

export interface Scored {
  field: string;
  id: string;
  /** The best passage's probability of answering the concern. */
  p: number;
  /** Labelled addressed. */
  label: boolean;
  /** The word lists' verdict on the same concern. */
  lex?: boolean;
}

/** Precision each sure class must reach on the scores it is chosen on (aim above the goal of 0.90). */
export const SURE_PRECISION = 0.93;

export interface Figures {
  concerns: number;
  macroF1: number;
  addressed: { precision: number; recall: number; f1: number };
  missing: { precision: number; recall: number; f1: number };
  /** Share of concerns with a sure verdict. */
  sureCoverage: number;
  sureAddressedPrecision: number;
  sureMissingPrecision: number;
  sureAddressed: number;
  sureMissing: number;
}

const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

function macroF1(list: Scored[], t: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of list) {
    const got = s.p >= t;
    if (got && s.label) tp++;
    else if (got) fp++;
    else if (s.label) fn++;
    else tn++;
  }
  const f1 = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

export function calibrate(list: Scored[]): Calibration {
  let threshold = 0.5;
  let best = -1;
  for (const t of GRID) {
    const f = macroF1(list, t);
    // Ties go to the threshold nearest 0.5, the least committed choice.
    if (
      f > best + 1e-9 ||
      (Math.abs(f - best) <= 1e-9 && Math.abs(t - 0.5) < Math.abs(threshold - 0.5))
    ) {
      best = f;
      threshold = t;
    }
  }
  // The lowest cut above the threshold whose ✓ verdicts reach the precision, and the highest
  // cut below it whose ✗ verdicts do; nothing sure on a side that never reaches it.
  let sureAbove = 1.01;
  for (const t of GRID.filter((g) => g >= threshold)) {
    const sure = list.filter((s) => s.p >= t);
    if (sure.length >= 5 && sure.filter((s) => s.label).length / sure.length >= SURE_PRECISION) {
      sureAbove = t;
      break;
    }
  }
  let sureBelow = -0.01;
  for (const t of GRID.filter((g) => g < threshold).reverse()) {
    const sure = list.filter((s) => s.p <= t);
    if (sure.length >= 5 && sure.filter((s) => !s.label).length / sure.length >= SURE_PRECISION) {
      sureBelow = t;
      break;
    }
  }
  return { threshold, sureAbove, sureBelow };
}

/** Forced and selective figures of a verdict and its sureness for each scored concern. */
function tally(list: Scored[], judge: (s: Scored) => { got: boolean; sure: boolean }): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let sureA = 0;
  let sureAok = 0;
  let sureM = 0;
  let sureMok = 0;
  for (const s of list) {
    const { got, sure } = judge(s);
    if (got && s.label) tp++;
    else if (got) fp++;
    else if (s.label) fn++;
    else tn++;
    if (sure && got) {
      sureA++;
      if (s.label) sureAok++;
    } else if (sure) {
      sureM++;
      if (!s.label) sureMok++;
    }
  }
  const prf = (a: number, b: number, c: number) => {
    const precision = a + b === 0 ? 0 : a / (a + b);
    const recall = a + c === 0 ? 0 : a / (a + c);
    return {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  };
  const addressed = prf(tp, fp, fn);
  const missing = prf(tn, fn, fp);
  const r = (x: number) => Number(x.toFixed(3));
  return {
    concerns: list.length,
    macroF1: r((addressed.f1 + missing.f1) / 2),
    addressed: {
      precision: r(addressed.precision),
      recall: r(addressed.recall),
      f1: r(addressed.f1),
    },
    missing: { precision: r(missing.precision), recall: r(missing.recall), f1: r(missing.f1) },
    sureCoverage: r(list.length ? (sureA + sureM) / list.length : 0),
    sureAddressedPrecision: r(sureA ? sureAok / sureA : 0),
    sureMissingPrecision: r(sureM ? sureMok / sureM : 0),
    sureAddressed: sureA,
    sureMissing: sureM,
  };
}

export function figures(list: Scored[], calibrationOf: (s: Scored) => Calibration): Figures {
  return tally(list, (s) => {
    const c = calibrationOf(s);
    const got = s.p >= c.threshold;
    return { got, sure: got ? s.p >= c.sureAbove : s.p <= c.sureBelow };
  });
}

/** Leave-one-field-out: each field scored with the calibration chosen on all the others. */
export function scoreCalibrated(list: Scored[]): Figures {
  const byField = new Map<string, Calibration>();
  for (const field of new Set(list.map((s) => s.field))) {
    byField.set(field, calibrate(list.filter((s) => s.field !== field)));
  }
  return figures(list, (s) => byField.get(s.field) as Calibration);
}

/**
 * The shipped arrangement: the word lists' verdict, sure where the model (at the threshold
 * chosen without this field) reaches the same verdict.
 */
export function secondOpinionFigures(list: Scored[]): Figures {
  const byField = new Map<string, Calibration>();
  for (const field of new Set(list.map((s) => s.field))) {
    byField.set(field, calibrate(list.filter((s) => s.field !== field)));
  }
  return tally(list, (s) => {
    const got = s.lex ?? false;
    return { got, sure: s.p >= (byField.get(s.field) as Calibration).threshold === got };
  });
}
