/**
 * The concerns of one interview turned into what a sentence is matched against: each
 * concern's content words with their concepts, acronyms, and the planned answer's words,
 * indexed so that one pass over a sentence's words scores every concern at once.
 *
 * A concern becomes weighted slots. A sentence fills a slot by the same stem (full weight),
 * a shared concept (0.8), or a stem the concern's word is a prefix of (0.7: "ortho" meets
 * "orthopedic"); multi-word concepts of the concern ("two weeks") and acronyms ("HOS" met by
 * "hours of service") are slots of their own. A sentence word only related to a concept
 * ("holiday" to availability) fills at a lower factor. The planned answer's stems are counted
 * apart.
 *
 * A note that is a noun compound ("weekend availability", "month-end close speed") is about
 * its head, the last noun; the words before it only narrow it. The head's slots are marked so
 * that the caller can require a sentence to speak to the head, not merely to a modifier or to
 * something that sits near the topic.
 */
import type { Concern } from '../model/types';
import { conceptsOf, conceptsOfStem, words, type Lexeme, type Word } from './features';
import { stem } from './stem';

// Words of time and degree that recur in any note ("month-end", "last store"): they
// support a match but cannot make one.
const VAGUE = new Set(
  'month year week day time end start last first new current old next ago job work role place kind level lot big small mo yr wk hr mos yrs wks hrs'
    .split(' ')
    .map(stem),
);

// Words that frame a topic without being one ("B2B vs B2C background", "console cert
// exposure"): like vague words, they support a match but cannot make one.
const FRAME = new Set(
  'background stuff side depth comfort history record expectation expectations area areas environment setting domain exposure'
    .split(' ')
    .map(stem),
);
// Heads that name a container rather than a topic ("saturday shifts", "frontend person",
// "EV transition plan experience"): the word before them carries what the note is about.
const GENERIC_HEAD = new Set([
  ...FRAME,
  ...'shift shifts person people skill skills plan plans level'.split(' ').map(stem),
]);
// A note that opens as a question ("how will I get to job sites w/o a car") is not a noun
// compound: its topic is spread over the clause, so no single word is required.
const QUESTION = new Set(
  'how can could will would do does did is are why what when where which who should'.split(' '),
);
// Between two words of a note, punctuation or a spaced dash ends the phrase the head is in.
const BOUNDARY = /[,;:?!()=]|\s[-–—]\s|^\s*[-–—]/;

const STEM = 1;
const CONCEPT = 0.8;
const PREFIX = 0.7;
/** A sentence word only related to the concept ("~" entries in the lexicon). */
export const RELATED = 0.4;
/** A head slot filled at least this well (stem, prefix, named concept) counts as spoken to. */
export const HEAD_MIN = PREFIX;
const ACRONYM_WEIGHT = 1.2;
/** Stems shorter than this would meet too many words as prefixes. */
const MIN_PREFIX = 4;
/** Prefixes are taken from at most this many leading letters of a sentence's stem. */
const MAX_PREFIX = 8;

/** A slot a sentence may fill; `factor` × `weight` is what filling it is worth. */
interface Slot {
  concern: number;
  weight: number;
  /** Filling it speaks to the note's head. */
  head: boolean;
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
  /** How well the sentence speaks to each concern's head (1 when the note has none). */
  head: Float64Array;
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
  /** Whether each concern has a head that a sentence must speak to. */
  private readonly headed: boolean[] = [];
  // Scratch, reused for every sentence so that the loop allocates nothing.
  private readonly best: Float64Array;
  private readonly answerSeen: Uint8Array;
  private readonly scores: Scores;

  constructor(concerns: readonly Concern[]) {
    this.count = concerns.length;
    concerns.forEach((c, k) => this.add(k, c.text, c.answer ?? ''));
    this.best = new Float64Array(this.slots.length);
    this.answerSeen = new Uint8Array(this.answerConcern.length);
    this.scores = {
      match: new Float64Array(this.count),
      answer: new Float64Array(this.count),
      head: new Float64Array(this.count),
    };
  }

  private slot(concern: number, weight: number, head = false): number {
    this.slots.push({ concern, weight, head });
    return this.slots.length - 1;
  }

  private add(k: number, text: string, answer: string): void {
    const list = words(text);
    const seen = new Set<number>();
    const single = new Set<number>();
    const headAt = headStart(text, list);
    this.headed[k] = headAt >= 0;
    for (const w of list) {
      const isHead = w.start === headAt;
      if (w.stop) continue;
      if (seen.has(w.stemId)) {
        // The head repeated as a modifier ("shift" in "night shift / shifts") stays the head.
        if (isHead) for (const s of this.byStem.get(w.stemId) ?? []) this.markHead(k, s);
        continue;
      }
      seen.add(w.stemId);
      const surface = text.slice(w.start, w.end);
      // Names of tools and credentials are what the concern is about; numbers rarely recur.
      const specific = /\p{Lu}/u.test(surface.slice(1)) || /^\p{Lu}{2,}/u.test(surface);
      const numeric = /^\d/.test(w.form);
      const vague = VAGUE.has(w.stem) || FRAME.has(w.stem);
      const s = this.slot(k, numeric || vague ? 0.4 : specific ? 1.5 : 1, isHead);
      push(this.byStem, w.stemId, s);
      for (const c of conceptsOfStem(w.stem)) {
        single.add(c);
        push(this.byConcept, c, s);
      }
      if (w.stem.length >= MIN_PREFIX && w.stem.length <= MAX_PREFIX)
        push(this.byPrefix, w.stem, s);
      if (/^\p{Lu}{3,5}$/u.test(surface))
        this.acronyms.push([this.slot(k, ACRONYM_WEIGHT, isHead), w.form]);
    }
    for (const c of conceptsOf(list)) {
      // Filled at the concept factor, so a phrase found is worth 0.8. A concept only the
      // note's phrases name ("career change") is the note's topic as a whole: it speaks to
      // the head.
      if (!single.has(c)) push(this.byConcept, c, this.slot(k, 1, true));
    }
    const stems = new Set<number>();
    for (const w of words(answer)) if (!w.stop && w.form.length > 2) stems.add(w.stemId);
    for (const id of stems) {
      push(this.answerStems, id, this.answerConcern.length);
      this.answerConcern.push(k);
    }
    this.answerSize[k] = Math.min(stems.size, 8);
  }

  private markHead(k: number, s: number): void {
    const slot = this.slots[s] as Slot;
    if (slot.concern === k) slot.head = true;
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
      for (const c of l.related) fill(this.byConcept.get(c), RELATED);
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
        if (node) {
          for (const c of node.concepts) this.fillConcept(c, CONCEPT);
          for (const c of node.related) this.fillConcept(c, RELATED);
        }
      }
    }
    if (initials) {
      for (const [s, letters] of this.acronyms) if (initials.includes(letters)) best[s] = 1;
    }
    const { match, answer, head } = scores;
    match.fill(0);
    answer.fill(0);
    for (let k = 0; k < this.count; k++) head[k] = this.headed[k] ? 0 : 1;
    for (let s = 0; s < best.length; s++) {
      const b = best[s] as number;
      if (b > 0) {
        const slot = this.slots[s] as Slot;
        match[slot.concern] = (match[slot.concern] as number) + b * slot.weight;
        if (slot.head && (head[slot.concern] as number) < b) head[slot.concern] = b;
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

  private fillConcept(c: number, factor: number): void {
    const slots = this.byConcept.get(c);
    if (slots) for (const s of slots) if ((this.best[s] as number) < factor) this.best[s] = factor;
  }
}

/**
 * Start offset of the head of a note that is a noun compound: the last topical word of its
 * first run of content words ("weekend availability" → "availability"; "only managed 6 ppl,
 * this store has 40+" → "ppl"). -1 when the note has no modifiers to tell apart from a head
 * (one topical word: "shrink at my last store?") or is a question.
 */
export function headStart(text: string, list: readonly Word[]): number {
  // One entry per token: a compound ("month-end", "pumps/CGMs") is one word of the phrase.
  const run: Word[] = [];
  let previousEnd = -1;
  let previousStart = -1;
  let first = true;
  for (const w of list) {
    if (w.start === previousStart) continue;
    previousStart = w.start;
    if (first && QUESTION.has(w.form)) return -1;
    first = false;
    const boundary = previousEnd >= 0 && BOUNDARY.test(text.slice(previousEnd, w.start));
    previousEnd = w.end;
    if (run.length && (boundary || w.stop)) break;
    if (!w.stop) run.push(w);
  }
  const topical = run.filter(
    (w) =>
      !/\d/.test(w.form) &&
      !GENERIC_HEAD.has(w.stem) &&
      !w.form.split(/[-/&]+/).every((part) => VAGUE.has(stem(part))),
  );
  if (topical.length < 2) return -1;
  const head = topical[topical.length - 1] as Word;
  // Shorthand often ends in a predicate ("portfolio light on research", "cert pending"), and a
  // head the lexicon does not know could only be met by its own word, which answers rarely
  // repeat: require only a head whose paraphrases can be recognised.
  const known = head.form.split(/[-/&]+/).some((part) => conceptsOfStem(stem(part)).length > 0);
  return known || conceptsOfStem(head.stem).length > 0 ? head.start : -1;
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
