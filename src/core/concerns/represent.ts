/**
 * The concerns of one interview turned into what a sentence is matched against: each
 * concern's content words with their concepts, acronyms, and the planned answer's words,
 * indexed so that one pass over a sentence's words scores every concern at once.
 *
 * A concern becomes weighted slots. A sentence fills a slot by the same stem (full weight),
 * a shared concept (0.8), or a stem the concern's word is a prefix of (0.7: "ortho" meets
 * "orthopedic"); multi-word concepts of the concern ("two weeks") and acronyms ("HOS" met by
 * "hours of service") are slots of their own. The planned answer's stems are counted apart.
 */
import type { Concern } from '../model/types';
import { conceptsOf, conceptsOfStem, words, type Lexeme } from './features';
import { stem } from './stem';

// Words of time and degree that recur in any note ("month-end", "last store"): they
// support a match but cannot make one.
const VAGUE = new Set(
  'month year week day time end start last first new current old next ago job work role place kind level lot big small'
    .split(' ')
    .map(stem),
);

const STEM = 1;
const CONCEPT = 0.8;
const PREFIX = 0.7;
const ACRONYM_WEIGHT = 1.2;
/** Stems shorter than this would meet too many words as prefixes. */
const MIN_PREFIX = 4;
/** Prefixes are taken from at most this many leading letters of a sentence's stem. */
const MAX_PREFIX = 8;

/** A slot a sentence may fill; `factor` × `weight` is what filling it is worth. */
interface Slot {
  concern: number;
  weight: number;
}

/** Slots a lexeme fills, with the factor for each, and the planned-answer slots it fills. */
interface Hits {
  slots: Int32Array;
  factors: Float64Array;
  answers: Int32Array;
}

const NO_SLOTS = new Int32Array(0);
const NO_HITS: Hits = { slots: NO_SLOTS, factors: new Float64Array(0), answers: NO_SLOTS };

export interface Scores {
  /** Weight of each concern's content found in the sentence, by word, concept or acronym. */
  match: Float64Array;
  /** Share of each concern's planned-answer words that the sentence uses (0 under two). */
  answer: Float64Array;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Matcher {
  readonly count: number;
  private readonly slots: Slot[] = [];
  /** Slot ids by stem id (exact), concept id, and stem string (prefixes). */
  private readonly byStem = new Map<number, number[]>();
  private readonly byConcept = new Map<number, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /** Acronym slots: [slot, lowercase letters]. */
  private readonly acronyms: [number, string][] = [];
  /** Planned-answer words: stem id → answer slots; each answer slot's concern. */
  private readonly answerStems = new Map<number, number[]>();
  private readonly answerConcern: number[] = [];
  /** Each concern's planned-answer size, capped: using 8 of its words is a full answer. */
  private readonly answerSize: number[] = [];
  // Scratch, reused for every sentence so that the loop allocates nothing.
  private readonly best: Float64Array;
  private readonly answerSeen: Uint8Array;
  private readonly scores: Scores;

  constructor(concerns: readonly Concern[]) {
    this.count = concerns.length;
    concerns.forEach((c, k) => this.add(k, c.text, c.answer ?? ''));
    this.best = new Float64Array(this.slots.length);
    this.answerSeen = new Uint8Array(this.answerConcern.length);
    this.scores = { match: new Float64Array(this.count), answer: new Float64Array(this.count) };
  }

  private slot(concern: number, weight: number): number {
    this.slots.push({ concern, weight });
    return this.slots.length - 1;
  }

  private add(k: number, text: string, answer: string): void {
    const list = words(text);
    const seen = new Set<number>();
    const single = new Set<number>();
    for (const w of list) {
      if (w.stop || seen.has(w.stemId)) continue;
      seen.add(w.stemId);
      const surface = text.slice(w.start, w.end);
      // Names of tools and credentials are what the concern is about; numbers rarely recur.
      const specific = /\p{Lu}/u.test(surface.slice(1)) || /^\p{Lu}{2,}/u.test(surface);
      const numeric = /^\d/.test(w.form);
      const vague = VAGUE.has(w.stem);
      const s = this.slot(k, numeric || vague ? 0.4 : specific ? 1.5 : 1);
      push(this.byStem, w.stemId, s);
      for (const c of conceptsOfStem(w.stem)) {
        single.add(c);
        push(this.byConcept, c, s);
      }
      if (w.stem.length >= MIN_PREFIX && w.stem.length <= MAX_PREFIX)
        push(this.byPrefix, w.stem, s);
      if (/^\p{Lu}{3,5}$/u.test(surface))
        this.acronyms.push([this.slot(k, ACRONYM_WEIGHT), w.form]);
    }
    for (const c of conceptsOf(list)) {
      // Filled at the concept factor, so a phrase found is worth 0.8.
      if (!single.has(c)) push(this.byConcept, c, this.slot(k, 1));
    }
    const stems = new Set<number>();
    for (const w of words(answer)) if (!w.stop && w.form.length > 2) stems.add(w.stemId);
    for (const id of stems) {
      push(this.answerStems, id, this.answerConcern.length);
      this.answerConcern.push(k);
    }
    this.answerSize[k] = Math.min(stems.size, 8);
  }

  /** Slots filled by one word, worked out once per word of the vocabulary. */
  private hits(l: Lexeme): Hits {
    // Memoised on the word, per matcher: a vocabulary memo, not one of sentences or drafts.
    if (l.memoOwner === this) return l.memo as Hits;
    const found = new Map<number, number>();
    const fill = (slots: number[] | undefined, factor: number) => {
      if (slots) for (const s of slots) if ((found.get(s) ?? 0) < factor) found.set(s, factor);
    };
    if (!l.stop) {
      fill(this.byStem.get(l.stemId), STEM);
      for (const c of l.concepts) fill(this.byConcept.get(c), CONCEPT);
      const top = Math.min(l.stem.length, MAX_PREFIX + 1);
      for (let n = MIN_PREFIX; n < top; n++) fill(this.byPrefix.get(l.stem.slice(0, n)), PREFIX);
    }
    const answers = l.stop ? undefined : this.answerStems.get(l.stemId);
    const hits =
      found.size === 0 && !answers
        ? NO_HITS
        : {
            slots: Int32Array.from(found.keys()),
            factors: Float64Array.from(found.values()),
            answers: answers ? Int32Array.from(answers) : NO_SLOTS,
          };
    l.memoOwner = this;
    l.memo = hits;
    return hits;
  }

  /**
   * Scores every concern against one sentence, given as its lexemes in order. The result is
   * scratch space, valid until the next call.
   */
  score(list: readonly Lexeme[]): Scores {
    const { best, scores, answerSeen } = this;
    best.fill(0);
    answerSeen.fill(0);
    let initials = this.acronyms.length > 0 ? '' : null;
    for (let i = 0; i < list.length; i++) {
      const l = list[i] as Lexeme;
      if (initials !== null) initials += l.form[0] ?? '';
      const hits = this.hits(l);
      const { slots, factors } = hits;
      for (let j = 0; j < slots.length; j++) {
        const s = slots[j] as number;
        const f = factors[j] as number;
        if ((best[s] as number) < f) best[s] = f;
      }
      const answerSlots = hits.answers;
      for (let j = 0; j < answerSlots.length; j++) answerSeen[answerSlots[j] as number] = 1;
      // A phrase in the sentence ("two weeks") names a concept its words alone do not.
      let node = l.phrase;
      for (let n = i + 1; node && n < list.length; n++) {
        node = node.next.get((list[n] as Lexeme).stemId);
        if (node) for (const c of node.concepts) this.fillConcept(c);
      }
    }
    if (initials) {
      for (const [s, letters] of this.acronyms) if (initials.includes(letters)) best[s] = 1;
    }
    const { match, answer } = scores;
    match.fill(0);
    answer.fill(0);
    for (let s = 0; s < best.length; s++) {
      const b = best[s] as number;
      if (b > 0) {
        const slot = this.slots[s] as Slot;
        match[slot.concern] = (match[slot.concern] as number) + b * slot.weight;
      }
    }
    for (let a = 0; a < answerSeen.length; a++) {
      if (answerSeen[a]) {
        const k = this.answerConcern[a] as number;
        answer[k] = (answer[k] as number) + 1;
      }
    }
    for (let k = 0; k < this.count; k++) {
      const hits = answer[k] as number;
      answer[k] = hits < 2 ? 0 : hits / (this.answerSize[k] as number);
    }
    return scores;
  }

  private fillConcept(c: number): void {
    const slots = this.byConcept.get(c);
    if (slots)
      for (const s of slots) if ((this.best[s] as number) < CONCEPT) this.best[s] = CONCEPT;
  }
}

const matchers = new Map<string, Matcher>();

/**
 * The matcher for a list of concerns, built once per set of concern texts: the panel
 * re-checks on every pause in typing with the same interview.
 */
export function matcherFor(concerns: readonly Concern[]): Matcher {
  let key = '';
  for (const c of concerns) key += `${c.text}\u0000${c.answer ?? ''}\u0001`;
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new Matcher(concerns);
    if (matchers.size > 50) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}
