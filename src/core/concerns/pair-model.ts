/**
 * The concern model: reads one concern (and the answer the candidate planned, if any) together
 * with one passage of the user's own text and gives the probability that the passage answers
 * the concern.
 *
 * The architecture is the decomposable attention model (Parikh et al., "A Decomposable
 * Attention Model for Natural Language Inference", EMNLP 2016): frozen word vectors, a soft
 * alignment of each word with the other side ("attend"), a per-word comparison with what it
 * aligned to ("compare"), mean and max pooling ("aggregate"). Two additions: each word carries
 * an exact-match flag and an out-of-vocabulary flag (a product name that appears on both sides
 * still aligns), and the classifier also sees what the rules know about the passage (first
 * person, commitment, plan, question, praise of the reader) because relatedness alone is not
 * an answer: a passage can name the concern's topic and answer nothing.
 *
 * Every projection is linear in the word vector, so each word's projections are computed once
 * and cached; a keystroke re-scores only new passages.
 */
import { tokenize } from '../text/words';
import { SENTENCE_FACTS, sentenceFacts } from './cues';
import { STOPWORDS } from './lexicon';
import { stem } from './stem';
import { hashedVector, type WordVectors } from './word-vectors';

/** The weights file: matrices row-major, output by input. */
export interface PairWeights {
  format: 'follow-through-pair-model/1';
  /** Word-vector dimensions; each word's input adds two flags (exact match, unknown word). */
  dims: number;
  attend: number;
  compare: number;
  hidden: number;
  facts: number;
  wf: number[];
  bf: number[];
  wg1: number[];
  wg2: number[];
  bg: number[];
  wh: number[];
  bh: number[];
  wo: number[];
  bo: number;
  /**
   * Only the concern's side is aggregated (how well each concern word is met by what it aligns
   * to); the passage's side, which mostly describes the passage's own style, is left out.
   */
  concernSideOnly?: boolean;
  /** Decision points chosen on out-of-fold scores when the model was trained. */
  calibration?: { threshold: number; sureAbove: number; sureBelow: number };
}

/** One word of a side, ready for the model. */
export interface SideWord {
  word: string;
  vector: Float32Array;
  unknown: boolean;
  /** Stem compared for the exact-match flag; empty for function words, which never match. */
  key: string;
}

/**
 * Grammatical filler left out of both sides: it carries neither topic nor stance, and every
 * word costs attention time. Negations, modals and pronouns stay (they turn a mention into an
 * answer or back).
 */
const FILLER = new Set(
  'a an the of to and in on at for with by from as is are was were be been being it its this that these those so very really just also too then there here which who whom'.split(
    ' ',
  ),
);

export function wordsOf(text: string, vectors: WordVectors): SideWord[] {
  const out: SideWord[] = [];
  for (const token of tokenize(text)) {
    const word = token.text.replace(/’/g, "'");
    if (FILLER.has(word)) continue;
    const found = vectorFor(word, vectors);
    out.push({
      word,
      vector: found ?? hashedVector(word, vectors.dims),
      unknown: found === null,
      key: STOPWORDS.has(word) || word.length < 2 ? '' : stem(word),
    });
  }
  return out;
}

function vectorFor(word: string, vectors: WordVectors): Float32Array | null {
  const direct = vectors.lookup(word);
  if (direct) return direct;
  const bare = word.replace(/(?:'s|'|%|\.)$/, '');
  if (bare !== word) {
    const v = vectors.lookup(bare);
    if (v) return v;
  }
  // "follow-up", "24/7", "hr/payroll": the mean of the known parts.
  const parts = bare.split(/[-/.&']/).filter(Boolean);
  if (parts.length < 2) return null;
  const sum = new Float32Array(vectors.dims);
  let n = 0;
  for (const part of parts) {
    const v = vectors.lookup(part);
    if (!v) continue;
    for (let d = 0; d < sum.length; d++) sum[d] = (sum[d] as number) + (v[d] as number);
    n++;
  }
  if (n === 0) return null;
  for (let d = 0; d < sum.length; d++) sum[d] = (sum[d] as number) / n;
  return sum;
}

/** Exact-match flags of `side` against `other`: the same content-word stem appears there. */
export function exactMatches(side: readonly SideWord[], other: readonly SideWord[]): number[] {
  const keys = new Set<string>();
  for (const w of other) if (w.key) keys.add(w.key);
  return side.map((w) => (w.key && keys.has(w.key) ? 1 : 0));
}

/** How many pair facts `pairFacts` returns. */
export const PAIR_FACTS = 4;

/**
 * How much of the concern (and of the planned answer) the passage speaks to word by word: the
 * mean over their content words of the best cosine with a passage word, and the share found
 * exactly. Attention alone learned these weakly; given outright, the classifier can weigh how
 * an answer reads against what it is about.
 */
export function pairFacts(
  concern: readonly SideWord[],
  planned: readonly SideWord[],
  passage: readonly SideWord[],
): number[] {
  return [...coverage(concern, passage), ...coverage(planned, passage)];
}

function coverage(side: readonly SideWord[], passage: readonly SideWord[]): [number, number] {
  let n = 0;
  let soft = 0;
  let exact = 0;
  const keys = new Set<string>();
  for (const w of passage) if (w.key) keys.add(w.key);
  for (const w of side) {
    if (!w.key) continue;
    n++;
    if (keys.has(w.key)) exact++;
    let best = 0;
    for (const p of passage) {
      let dot = 0;
      for (let d = 0; d < w.vector.length; d++)
        dot += (w.vector[d] as number) * (p.vector[d] as number);
      if (dot > best) best = dot;
    }
    soft += best;
  }
  return n === 0 ? [0, 0] : [soft / n, exact / n];
}

/** The passage facts the classifier reads beside the attention features. */
export function passageFacts(passage: string, words: number): number[] {
  return sentenceFacts(passage, words);
}

interface Projected {
  f: Float32Array;
  g1: Float32Array;
  g2: Float32Array;
}

export interface PairQuery {
  concern: readonly SideWord[];
  /** The planned answer's words; empty when there is none. */
  planned: readonly SideWord[];
  passage: readonly SideWord[];
  /** The passage's own facts (`passageFacts`); the pair facts are added here. */
  facts: readonly number[];
}

export class PairModel {
  readonly weights: PairWeights;
  private readonly cache = new Map<string, Projected>();
  private readonly input: number;

  constructor(weights: PairWeights) {
    if (weights.format !== 'follow-through-pair-model/1') {
      throw new Error(`The concern model file has an unknown format: ${String(weights.format)}.`);
    }
    if (weights.facts !== SENTENCE_FACTS + PAIR_FACTS) {
      throw new Error(
        `The concern model expects ${weights.facts} facts; this build computes ${SENTENCE_FACTS + PAIR_FACTS}.`,
      );
    }
    const d = weights.dims + 2;
    const expect = (name: string, got: number, want: number) => {
      if (got !== want)
        throw new Error(`The concern model's ${name} has ${got} values, not ${want}.`);
    };
    expect('wf', weights.wf.length, weights.attend * d);
    expect('wg1', weights.wg1.length, weights.compare * d);
    expect('wg2', weights.wg2.length, weights.compare * d);
    this.input = 8 * weights.compare + 1 + weights.facts;
    expect('wh', weights.wh.length, weights.hidden * this.input);
    expect('wo', weights.wo.length, weights.hidden);
    this.weights = weights;
  }

  /** Probability that the passage answers the concern. */
  score(q: PairQuery): number {
    const w = this.weights;
    const G = w.compare;
    const x = new Float32Array(this.input);
    this.compareSides(q.concern, q.passage, x, 0);
    const hasPlan = q.planned.length > 0;
    if (hasPlan) this.compareSides(q.planned, q.passage, x, 4 * G);
    x[8 * G] = hasPlan ? 1 : 0;
    const facts = [...q.facts, ...pairFacts(q.concern, q.planned, q.passage)];
    for (let k = 0; k < w.facts; k++) x[8 * G + 1 + k] = (facts[k] as number) ?? 0;
    let logit = w.bo;
    for (let m = 0; m < w.hidden; m++) {
      let z = w.bh[m] as number;
      const row = m * this.input;
      for (let k = 0; k < this.input; k++) z += (w.wh[row + k] as number) * (x[k] as number);
      if (z > 0) logit += (w.wo[m] as number) * z;
    }
    return 1 / (1 + Math.exp(-logit));
  }

  /** Projections of one word without its flags, cached by word. */
  private project(word: SideWord): Projected {
    let p = this.cache.get(word.word);
    if (p) return p;
    const w = this.weights;
    const d = w.dims + 2;
    const unknown = word.unknown ? 1 : 0;
    const rows = (m: number[], n: number, bias: number[] | null): Float32Array => {
      const out = new Float32Array(n);
      for (let r = 0; r < n; r++) {
        let s = bias ? (bias[r] as number) : 0;
        const at = r * d;
        for (let k = 0; k < w.dims; k++) s += (m[at + k] as number) * (word.vector[k] as number);
        out[r] = s + (m[at + w.dims + 1] as number) * unknown;
      }
      return out;
    };
    p = {
      f: rows(w.wf, w.attend, w.bf),
      g1: rows(w.wg1, w.compare, null),
      g2: rows(w.wg2, w.compare, null),
    };
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word.word, p);
    return p;
  }

  /** Attend, compare and aggregate `a` against `b`; writes 4 × compare values at `at`. */
  private compareSides(
    a: readonly SideWord[],
    b: readonly SideWord[],
    out: Float32Array,
    at: number,
  ): void {
    if (a.length === 0 || b.length === 0) return;
    const w = this.weights;
    const H = w.attend;
    const G = w.compare;
    const d = w.dims + 2;
    const emA = exactMatches(a, b);
    const emB = exactMatches(b, a);
    const side = (words: readonly SideWord[], em: number[]) =>
      words.map((word, i) => {
        const p = this.project(word);
        const flag = em[i] as number;
        const f = new Float32Array(H);
        for (let r = 0; r < H; r++) {
          const v = (p.f[r] as number) + (w.wf[r * d + w.dims] as number) * flag;
          f[r] = v > 0 ? v : 0;
        }
        const g1 = new Float32Array(G);
        const g2 = new Float32Array(G);
        for (let r = 0; r < G; r++) {
          g1[r] = (p.g1[r] as number) + (w.wg1[r * d + w.dims] as number) * flag;
          g2[r] = (p.g2[r] as number) + (w.wg2[r * d + w.dims] as number) * flag;
        }
        return { f, g1, g2 };
      });
    const A = side(a, emA);
    const B = side(b, emB);
    const n = A.length;
    const m = B.length;
    const e = new Float32Array(n * m);
    for (let i = 0; i < n; i++) {
      const fa = (A[i] as { f: Float32Array }).f;
      for (let j = 0; j < m; j++) {
        const fb = (B[j] as { f: Float32Array }).f;
        let s = 0;
        for (let r = 0; r < H; r++) s += (fa[r] as number) * (fb[r] as number);
        e[i * m + j] = s;
      }
    }
    const pool = (
      own: typeof A,
      other: typeof A,
      weightOf: (i: number, j: number) => number,
      offset: number,
    ): void => {
      const mean = new Float32Array(G);
      const max = new Float32Array(G);
      const weights = new Float32Array(other.length);
      for (let i = 0; i < own.length; i++) {
        let top = -Infinity;
        for (let j = 0; j < other.length; j++) top = Math.max(top, weightOf(i, j));
        let sum = 0;
        for (let j = 0; j < other.length; j++) {
          const v = Math.exp(weightOf(i, j) - top);
          weights[j] = v;
          sum += v;
        }
        const mine = own[i] as { g1: Float32Array };
        for (let r = 0; r < G; r++) {
          let ctx = 0;
          for (let j = 0; j < other.length; j++) {
            ctx += (weights[j] as number) * ((other[j] as { g2: Float32Array }).g2[r] as number);
          }
          let v = (mine.g1[r] as number) + ctx / sum + (w.bg[r] as number);
          if (v < 0) v = 0;
          mean[r] = (mean[r] as number) + v / own.length;
          if (v > (max[r] as number)) max[r] = v;
        }
      }
      out.set(mean, offset);
      out.set(max, offset + G);
    };
    pool(A, B, (i, j) => e[i * m + j] as number, at);
    if (!w.concernSideOnly) pool(B, A, (j, i) => e[i * m + j] as number, at + 2 * G);
  }
}
