/**
 * Training of the concern pair model by plain backpropagation: the same maths as the runtime
 * forward pass in `src/core/concerns/pair-model.ts`, with its gradient written out. A general
 * tensor library spent most of its time on dispatch for matrices this small (a 48 × 102
 * projection per word); written out, an epoch over the corpus takes seconds.
 *
 * Each side is a list of word inputs [vector, exact-match flag, unknown-word flag]; see
 * `PairWeights` for the layout of the weights.
 */
import type { PairWeights } from '../../src/core/concerns/pair-model';

export interface Shape {
  dims: number;
  attend: number;
  compare: number;
  hidden: number;
  facts: number;
}

/** One training example: rows of dims + 2 numbers per word. */
export interface Sample {
  concern: Float32Array[];
  planned: Float32Array[];
  passage: Float32Array[];
  /** The passage again, flags taken against the planned answer. */
  passageVsPlanned: Float32Array[];
  facts: number[];
  label: number;
}

interface Layout {
  wf: number;
  bf: number;
  wg1: number;
  wg2: number;
  bg: number;
  wh: number;
  bh: number;
  wo: number;
  bo: number;
  size: number;
  input: number;
  d: number;
}

export function layoutOf(s: Shape): Layout {
  const d = s.dims + 2;
  const input = 8 * s.compare + 1 + s.facts;
  let at = 0;
  const take = (n: number) => {
    const o = at;
    at += n;
    return o;
  };
  const l = {
    wf: take(s.attend * d),
    bf: take(s.attend),
    wg1: take(s.compare * d),
    wg2: take(s.compare * d),
    bg: take(s.compare),
    wh: take(s.hidden * input),
    bh: take(s.hidden),
    wo: take(s.hidden),
    bo: take(1),
    size: 0,
    input,
    d,
  };
  l.size = at;
  return l;
}

/** Glorot-uniform weights, zero biases, from a seeded generator. */
export function initParams(s: Shape, random: () => number): Float32Array {
  const l = layoutOf(s);
  const p = new Float32Array(l.size);
  const fill = (at: number, rows: number, cols: number) => {
    const limit = Math.sqrt(6 / (rows + cols));
    for (let i = 0; i < rows * cols; i++) p[at + i] = (random() * 2 - 1) * limit;
  };
  fill(l.wf, s.attend, l.d);
  fill(l.wg1, s.compare, l.d);
  fill(l.wg2, s.compare, l.d);
  fill(l.wh, s.hidden, l.input);
  fill(l.wo, 1, s.hidden);
  return p;
}

/** rows × cols matrix at `at` in `p`, times vector x (length cols), into out (length rows). */
function matVec(
  p: Float32Array,
  at: number,
  rows: number,
  cols: number,
  x: Float32Array,
  out: Float32Array,
): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const o = at + r * cols;
    for (let k = 0; k < cols; k++) s += (p[o + k] as number) * (x[k] as number);
    out[r] = s;
  }
}

/** g[at + r*cols + k] += dy[r] * x[k] */
function addOuter(
  g: Float32Array,
  at: number,
  rows: number,
  cols: number,
  dy: Float32Array,
  x: Float32Array,
): void {
  for (let r = 0; r < rows; r++) {
    const v = dy[r] as number;
    if (v === 0) continue;
    const o = at + r * cols;
    for (let k = 0; k < cols; k++) g[o + k] = (g[o + k] as number) + v * (x[k] as number);
  }
}

interface SideCache {
  X: Float32Array[];
  Y: Float32Array[];
  FX: Float32Array[];
  FY: Float32Array[];
  S1: Float32Array[]; // n rows of m
  T: Float32Array[]; // m rows of n
  G2X: Float32Array[];
  G2Y: Float32Array[];
  CA: Float32Array[]; // post-relu
  CB: Float32Array[];
  argA: Int32Array;
  argB: Int32Array;
}

function compareForward(
  p: Float32Array,
  s: Shape,
  l: Layout,
  X: Float32Array[],
  Y: Float32Array[],
  out: Float32Array,
  at: number,
): SideCache | null {
  const n = X.length;
  const m = Y.length;
  if (n === 0 || m === 0) return null;
  const H = s.attend;
  const G = s.compare;
  const proj = (
    rows: Float32Array[],
    w: number,
    size: number,
    bias: number | null,
    relu: boolean,
  ) =>
    rows.map((x) => {
      const v = new Float32Array(size);
      matVec(p, w, size, l.d, x, v);
      if (bias !== null)
        for (let r = 0; r < size; r++) v[r] = (v[r] as number) + (p[bias + r] as number);
      if (relu) for (let r = 0; r < size; r++) if ((v[r] as number) < 0) v[r] = 0;
      return v;
    });
  const FX = proj(X, l.wf, H, l.bf, true);
  const FY = proj(Y, l.wf, H, l.bf, true);
  const G1X = proj(X, l.wg1, G, null, false);
  const G1Y = proj(Y, l.wg1, G, null, false);
  const G2X = proj(X, l.wg2, G, null, false);
  const G2Y = proj(Y, l.wg2, G, null, false);
  const E = Array.from({ length: n }, (_, i) => {
    const row = new Float32Array(m);
    const fa = FX[i] as Float32Array;
    for (let j = 0; j < m; j++) {
      const fb = FY[j] as Float32Array;
      let v = 0;
      for (let r = 0; r < H; r++) v += (fa[r] as number) * (fb[r] as number);
      row[j] = v;
    }
    return row;
  });
  const softmax = (vals: Float32Array): Float32Array => {
    let top = -Infinity;
    for (const v of vals) top = Math.max(top, v);
    let sum = 0;
    const o = new Float32Array(vals.length);
    for (let k = 0; k < vals.length; k++) {
      o[k] = Math.exp((vals[k] as number) - top);
      sum += o[k] as number;
    }
    for (let k = 0; k < vals.length; k++) o[k] = (o[k] as number) / sum;
    return o;
  };
  const S1 = E.map((row) => softmax(row));
  const T = Array.from({ length: m }, (_, j) =>
    softmax(Float32Array.from(E, (row) => row[j] as number)),
  );
  const combine = (G1: Float32Array[], W: Float32Array[], other: Float32Array[]) =>
    G1.map((g1, i) => {
      const v = new Float32Array(G);
      const w = W[i] as Float32Array;
      for (let r = 0; r < G; r++) {
        let ctx = 0;
        for (let j = 0; j < other.length; j++)
          ctx += (w[j] as number) * ((other[j] as Float32Array)[r] as number);
        const z = (g1[r] as number) + ctx + (p[l.bg + r] as number);
        v[r] = z > 0 ? z : 0;
      }
      return v;
    });
  const CA = combine(G1X, S1, G2Y);
  const CB = combine(G1Y, T, G2X);
  const pool = (C: Float32Array[], offset: number): Int32Array => {
    const arg = new Int32Array(G).fill(0);
    for (let r = 0; r < G; r++) {
      let mean = 0;
      let max = 0;
      for (let i = 0; i < C.length; i++) {
        const v = (C[i] as Float32Array)[r] as number;
        mean += v;
        if (v > max) {
          max = v;
          arg[r] = i;
        }
      }
      out[offset + r] = mean / C.length;
      out[offset + G + r] = max;
      if (max === 0) arg[r] = -1;
    }
    return arg;
  };
  const argA = pool(CA, at);
  const argB = pool(CB, at + 2 * G);
  return { X, Y, FX, FY, S1, T, G2X, G2Y, CA, CB, argA, argB };
}

function compareBackward(
  p: Float32Array,
  g: Float32Array,
  s: Shape,
  l: Layout,
  c: SideCache,
  dout: Float32Array,
  at: number,
): void {
  const H = s.attend;
  const G = s.compare;
  const n = c.X.length;
  const m = c.Y.length;
  // d of the pre-activation of each compare vector, through mean and max pooling and the ReLU.
  const dPre = (C: Float32Array[], arg: Int32Array, offset: number) =>
    C.map((v, i) => {
      const d = new Float32Array(G);
      for (let r = 0; r < G; r++) {
        if ((v[r] as number) <= 0) continue;
        let x = (dout[offset + r] as number) / C.length;
        if (arg[r] === i) x += dout[offset + G + r] as number;
        d[r] = x;
      }
      return d;
    });
  const dA = dPre(c.CA, c.argA, at);
  const dB = dPre(c.CB, c.argB, at + 2 * G);
  for (const d of [...dA, ...dB])
    for (let r = 0; r < G; r++) g[l.bg + r] = (g[l.bg + r] as number) + (d[r] as number);
  dA.forEach((d, i) => addOuter(g, l.wg1, G, l.d, d, c.X[i] as Float32Array));
  dB.forEach((d, j) => addOuter(g, l.wg1, G, l.d, d, c.Y[j] as Float32Array));
  // Through the attention-weighted context: CA_pre[i] += Σ_j S1[i][j] G2Y[j].
  const dE = Array.from({ length: n }, () => new Float32Array(m));
  const dG2Y = Array.from({ length: m }, () => new Float32Array(G));
  const dG2X = Array.from({ length: n }, () => new Float32Array(G));
  for (let i = 0; i < n; i++) {
    const S = c.S1[i] as Float32Array;
    const d = dA[i] as Float32Array;
    const dS = new Float32Array(m);
    for (let j = 0; j < m; j++) {
      const g2 = c.G2Y[j] as Float32Array;
      const dg = dG2Y[j] as Float32Array;
      const w = S[j] as number;
      let v = 0;
      for (let r = 0; r < G; r++) {
        v += (d[r] as number) * (g2[r] as number);
        dg[r] = (dg[r] as number) + w * (d[r] as number);
      }
      dS[j] = v;
    }
    let dot = 0;
    for (let j = 0; j < m; j++) dot += (S[j] as number) * (dS[j] as number);
    const row = dE[i] as Float32Array;
    for (let j = 0; j < m; j++)
      row[j] = (row[j] as number) + (S[j] as number) * ((dS[j] as number) - dot);
  }
  for (let j = 0; j < m; j++) {
    const S = c.T[j] as Float32Array;
    const d = dB[j] as Float32Array;
    const dS = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const g2 = c.G2X[i] as Float32Array;
      const dg = dG2X[i] as Float32Array;
      const w = S[i] as number;
      let v = 0;
      for (let r = 0; r < G; r++) {
        v += (d[r] as number) * (g2[r] as number);
        dg[r] = (dg[r] as number) + w * (d[r] as number);
      }
      dS[i] = v;
    }
    let dot = 0;
    for (let i = 0; i < n; i++) dot += (S[i] as number) * (dS[i] as number);
    for (let i = 0; i < n; i++) {
      const row = dE[i] as Float32Array;
      row[j] = (row[j] as number) + (S[i] as number) * ((dS[i] as number) - dot);
    }
  }
  dG2Y.forEach((d, j) => addOuter(g, l.wg2, G, l.d, d, c.Y[j] as Float32Array));
  dG2X.forEach((d, i) => addOuter(g, l.wg2, G, l.d, d, c.X[i] as Float32Array));
  // E[i][j] = FX[i] · FY[j], each through a ReLU of the attend projection.
  const dFX = Array.from({ length: n }, () => new Float32Array(H));
  const dFY = Array.from({ length: m }, () => new Float32Array(H));
  for (let i = 0; i < n; i++) {
    const row = dE[i] as Float32Array;
    const fa = c.FX[i] as Float32Array;
    const da = dFX[i] as Float32Array;
    for (let j = 0; j < m; j++) {
      const e = row[j] as number;
      if (e === 0) continue;
      const fb = c.FY[j] as Float32Array;
      const db = dFY[j] as Float32Array;
      for (let r = 0; r < H; r++) {
        da[r] = (da[r] as number) + e * (fb[r] as number);
        db[r] = (db[r] as number) + e * (fa[r] as number);
      }
    }
  }
  const back = (F: Float32Array[], dF: Float32Array[], rows: Float32Array[]) =>
    dF.forEach((d, i) => {
      const f = F[i] as Float32Array;
      for (let r = 0; r < H; r++) if ((f[r] as number) <= 0) d[r] = 0;
      for (let r = 0; r < H; r++) g[l.bf + r] = (g[l.bf + r] as number) + (d[r] as number);
      addOuter(g, l.wf, H, l.d, d, rows[i] as Float32Array);
    });
  back(c.FX, dFX, c.X);
  back(c.FY, dFY, c.Y);
}

/** Loss of one sample (weighted binary cross-entropy); adds its gradient to `g` when given. */
export function step(
  p: Float32Array,
  s: Shape,
  sample: Sample,
  weight: number,
  g: Float32Array | null,
): { loss: number; prob: number } {
  const l = layoutOf(s);
  const G = s.compare;
  const x = new Float32Array(l.input);
  const ab = compareForward(p, s, l, sample.concern, sample.passage, x, 0);
  const hasPlan = sample.planned.length > 0;
  const pb = hasPlan
    ? compareForward(p, s, l, sample.planned, sample.passageVsPlanned, x, 4 * G)
    : null;
  x[8 * G] = hasPlan ? 1 : 0;
  for (let k = 0; k < s.facts; k++) x[8 * G + 1 + k] = (sample.facts[k] as number) ?? 0;
  const z = new Float32Array(s.hidden);
  matVec(p, l.wh, s.hidden, l.input, x, z);
  let logit = p[l.bo] as number;
  for (let r = 0; r < s.hidden; r++) {
    const v = (z[r] as number) + (p[l.bh + r] as number);
    z[r] = v > 0 ? v : 0;
    logit += (p[l.wo + r] as number) * (z[r] as number);
  }
  const prob = 1 / (1 + Math.exp(-logit));
  const y = sample.label;
  // log(1 + e^-|x|) form: no overflow for confident logits.
  const loss = weight * (Math.max(logit, 0) - logit * y + Math.log1p(Math.exp(-Math.abs(logit))));
  if (!g) return { loss, prob };
  const dlogit = weight * (prob - y);
  g[l.bo] = (g[l.bo] as number) + dlogit;
  const dz = new Float32Array(s.hidden);
  for (let r = 0; r < s.hidden; r++) {
    g[l.wo + r] = (g[l.wo + r] as number) + dlogit * (z[r] as number);
    dz[r] = (z[r] as number) > 0 ? dlogit * (p[l.wo + r] as number) : 0;
    g[l.bh + r] = (g[l.bh + r] as number) + (dz[r] as number);
  }
  addOuter(g, l.wh, s.hidden, l.input, dz, x);
  const dx = new Float32Array(8 * G);
  for (let r = 0; r < s.hidden; r++) {
    const d = dz[r] as number;
    if (d === 0) continue;
    const o = l.wh + r * l.input;
    for (let k = 0; k < 8 * G; k++) dx[k] = (dx[k] as number) + d * (p[o + k] as number);
  }
  if (ab) compareBackward(p, g, s, l, ab, dx, 0);
  if (pb) compareBackward(p, g, s, l, pb, dx, 4 * G);
  return { loss, prob };
}

export interface TrainOptions {
  epochs: number;
  batch: number;
  learningRate: number;
  l2: number;
  random: () => number;
  log?: (line: string) => void;
}

/** Mini-batch Adam (Kingma & Ba 2015) with L2 on the weight matrices, positives re-weighted to balance the classes. */
export function trainParams(s: Shape, samples: Sample[], o: TrainOptions): Float32Array {
  const l = layoutOf(s);
  const p = initParams(s, o.random);
  const m1 = new Float32Array(l.size);
  const m2 = new Float32Array(l.size);
  const g = new Float32Array(l.size);
  const positives = samples.filter((x) => x.label === 1).length;
  const posWeight = (samples.length - positives) / Math.max(1, positives);
  const decayed = [
    [l.wf, s.attend * l.d],
    [l.wg1, s.compare * l.d],
    [l.wg2, s.compare * l.d],
    [l.wh, s.hidden * l.input],
  ] as const;
  const order = samples.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(o.random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let total = 0;
    for (let at = 0; at < order.length; at += o.batch) {
      g.fill(0);
      const batch = order.slice(at, at + o.batch);
      for (const i of batch) {
        const sample = samples[i] as Sample;
        total += step(p, s, sample, sample.label === 1 ? posWeight : 1, g).loss;
      }
      for (let k = 0; k < l.size; k++) g[k] = (g[k] as number) / batch.length;
      for (const [from, n] of decayed) {
        for (let k = from; k < from + n; k++) g[k] = (g[k] as number) + 2 * o.l2 * (p[k] as number);
      }
      t++;
      const b1 = 0.9;
      const b2 = 0.999;
      const lr = (o.learningRate * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
      for (let k = 0; k < l.size; k++) {
        const gk = g[k] as number;
        m1[k] = b1 * (m1[k] as number) + (1 - b1) * gk;
        m2[k] = b2 * (m2[k] as number) + (1 - b2) * gk * gk;
        p[k] = (p[k] as number) - (lr * (m1[k] as number)) / (Math.sqrt(m2[k] as number) + 1e-7);
      }
    }
    o.log?.(`  epoch ${epoch + 1}: loss ${(total / samples.length).toFixed(4)}`);
  }
  return p;
}

/** Six significant digits: the file stays small and predictions move by < 1e-5. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}

export function toWeights(s: Shape, p: Float32Array): PairWeights {
  const l = layoutOf(s);
  const part = (at: number, n: number) => Array.from(p.subarray(at, at + n), round);
  return {
    format: 'follow-through-pair-model/1',
    dims: s.dims,
    attend: s.attend,
    compare: s.compare,
    hidden: s.hidden,
    facts: s.facts,
    wf: part(l.wf, s.attend * l.d),
    bf: part(l.bf, s.attend),
    wg1: part(l.wg1, s.compare * l.d),
    wg2: part(l.wg2, s.compare * l.d),
    bg: part(l.bg, s.compare),
    wh: part(l.wh, s.hidden * l.input),
    bh: part(l.bh, s.hidden),
    wo: part(l.wo, s.hidden),
    bo: round(p[l.bo] as number),
  };
}
