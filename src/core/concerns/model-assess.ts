/**
 * Concern verdicts from the pair model: each concern is scored against every passage of the
 * user's own text (a sentence, or a sentence with the one before it in the same paragraph,
 * because an answer often names its topic in one sentence and gives the substance in the
 * next), and the best passage decides. Whether a verdict is "sure" comes from a band
 * calibrated on training folds, never on the development cases.
 */
import type { Concern, Interviewer } from '../model/types';
import type { Sentence } from '../text/sentences';
import { tokenize } from '../text/words';
import type { PreparedText, ScoredVerdict } from './index';
import { passageFacts, type PairModel, type SideWord, wordsOf } from './pair-model';
import type { WordVectors } from './word-vectors';

/** Decision points of the shipped model, from its training manifest. */
export interface Calibration {
  /** At or above: addressed (forced verdict). */
  threshold: number;
  /** At or above: sure it is addressed. */
  sureAbove: number;
  /** At or below: sure it is missing. */
  sureBelow: number;
}

export interface ConcernModel {
  pair: PairModel;
  vectors: WordVectors;
  calibration: Calibration;
}

export interface Passage {
  text: string;
  start: number;
  end: number;
}

/** Sentences, and each sentence joined to the one before it when no blank line parts them. */
export function passagesOf(text: string, sentences: readonly Sentence[]): Passage[] {
  const out: Passage[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    out.push({ text: s.text, start: s.start, end: s.end });
    const prev = sentences[i - 1];
    if (prev && !/\n\s*\n/.test(text.slice(prev.end, s.start))) {
      out.push({ text: text.slice(prev.start, s.end), start: prev.start, end: s.end });
    }
  }
  return out;
}

interface Encoded {
  words: SideWord[];
  facts: number[];
}

/** Per-model memo of encoded texts and scores; drafts change a few words per keystroke. */
const memo = new WeakMap<
  ConcernModel,
  { encoded: Map<string, Encoded>; scores: Map<string, number> }
>();

function memoOf(model: ConcernModel) {
  let m = memo.get(model);
  if (!m) {
    m = { encoded: new Map(), scores: new Map() };
    memo.set(model, m);
  }
  if (m.encoded.size > 4000) m.encoded.clear();
  if (m.scores.size > 20000) m.scores.clear();
  return m;
}

function encode(model: ConcernModel, text: string): Encoded {
  const m = memoOf(model);
  let e = m.encoded.get(text);
  if (!e) {
    const words = wordsOf(text, model.vectors);
    e = { words, facts: passageFacts(text, tokenize(text).length) };
    m.encoded.set(text, e);
  }
  return e;
}

/** Probability that `passage` answers `concern`. */
export function answerProbability(model: ConcernModel, concern: Concern, passage: string): number {
  const m = memoOf(model);
  const key = `${concern.text}\u0000${concern.answer ?? ''}\u0000${passage}`;
  let p = m.scores.get(key);
  if (p === undefined) {
    const c = encode(model, concern.text);
    const planned = concern.answer ? encode(model, concern.answer).words : [];
    const b = encode(model, passage);
    p = model.pair.score({ concern: c.words, planned, passage: b.words, facts: b.facts });
    m.scores.set(key, p);
  }
  return p;
}

export interface ConcernScore {
  probability: number;
  passage: Passage | null;
}

/**
 * How much a passage loses, per point by which another concern (the interviewer's own or a
 * colleague's) claims it more: an answer to one worry is seldom the answer to another, and the
 * model alone rates a well-argued passage highly for every concern. Chosen on out-of-fold
 * corpus scores (0.5 to 2 all helped; 1 is the middle).
 */
export const COMPETITION = 1;

/** The best passage for each of `concerns`, each passage discounted by its `rivals`' claim. */
export function scoreConcerns(
  model: ConcernModel,
  prepared: PreparedText,
  concerns: readonly Concern[],
  rivals: readonly Concern[] = [],
): ConcernScore[] {
  const passages = passagesOf(prepared.text, prepared.sentences);
  const all = [...concerns, ...rivals];
  const p = all.map((c) => passages.map((x) => answerProbability(model, c, x.text)));
  return concerns.map((_, k) => {
    let best: ConcernScore = { probability: 0, passage: null };
    passages.forEach((passage, x) => {
      const own = (p[k] as number[])[x] as number;
      let other = 0;
      for (let j = 0; j < all.length; j++)
        if (j !== k) other = Math.max(other, (p[j] as number[])[x] as number);
      const score = own - COMPETITION * Math.max(0, other - own);
      if (score > best.probability) best = { probability: score, passage };
    });
    return best;
  });
}

/**
 * The model as a second opinion on the word-list verdicts: each verdict stands, and it is sure
 * only when the model, reading concern and passage together, reaches the same verdict. On
 * notes written by people it never read, the model alone judged worse than the word lists
 * (test/corpus/model-manifest.json records both), but where the two agree they are right far
 * more often than either alone; where they disagree the panel says "not sure" and the user's
 * own call decides.
 */
export function secondOpinion(
  model: ConcernModel,
  prepared: PreparedText,
  interviewer: Interviewer,
  others: readonly Interviewer[],
  lexicon: readonly ScoredVerdict[],
): ScoredVerdict[] {
  const rivals = others.flatMap((o) => o.concerns);
  const scores = scoreConcerns(model, prepared, interviewer.concerns, rivals);
  return lexicon.map((verdict, k) => {
    const p = (scores[k] as ConcernScore).probability;
    const modelSays = p >= model.calibration.threshold;
    return {
      ...verdict,
      confidence: verdict.addressed ? p : 1 - p,
      sure: modelSays === verdict.addressed,
    };
  });
}
