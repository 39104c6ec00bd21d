/**
 * A concern turned into what a sentence is matched against: its content words with their
 * concepts, acronyms, and the planned answer's words. Built once per concern text and
 * memoised, because the checks re-run on every pause in typing.
 */
import type { Concern } from '../model/types';
import { conceptsOf, conceptsOfStem, words, type SentenceBag } from './features';
import { stem } from './stem';

export interface Slot {
  stem: string;
  concepts: readonly string[];
  weight: number;
}

export interface ConcernModel {
  slots: Slot[];
  /** Concepts of multi-word phrases in the concern ("two weeks", "operating room"). */
  phraseConcepts: string[];
  /** Lowercase acronyms of three or more letters ("hos"), matched against word initials. */
  acronyms: string[];
  totalWeight: number;
  /** Content stems of the planned answer. */
  answerStems: string[];
}

const cache = new Map<string, ConcernModel>();

// Words of time and degree that recur in any note ("month-end", "last store"): they
// support a match but cannot make one.
const VAGUE = new Set(
  'month year week day time end start last first new current old next ago job work role place kind level lot big small'
    .split(' ')
    .map(stem),
);

export function concernModel(concern: Concern): ConcernModel {
  const key = `${concern.text}\u0000${concern.answer ?? ''}`;
  let model = cache.get(key);
  if (!model) {
    model = build(concern.text, concern.answer ?? '');
    if (cache.size > 500) cache.clear();
    cache.set(key, model);
  }
  return model;
}

function build(text: string, answer: string): ConcernModel {
  const list = words(text);
  const slots: Slot[] = [];
  const seen = new Set<string>();
  const acronyms: string[] = [];
  for (const w of list) {
    if (w.stop || seen.has(w.stem)) continue;
    seen.add(w.stem);
    const surface = text.slice(w.start, w.end);
    // Names of tools and credentials are what the concern is about; numbers rarely recur.
    const specific = /\p{Lu}/u.test(surface.slice(1)) || /^\p{Lu}{2,}/u.test(surface);
    const numeric = /^\d/.test(w.form);
    const vague = VAGUE.has(w.stem);
    slots.push({
      stem: w.stem,
      concepts: conceptsOfStem(w.stem),
      weight: numeric || vague ? 0.4 : specific ? 1.5 : 1,
    });
    if (/^\p{Lu}{3,5}$/u.test(surface)) acronyms.push(w.form);
  }
  const single = new Set(slots.flatMap((s) => s.concepts));
  const phraseConcepts = [...conceptsOf(list)].filter((c) => !single.has(c));
  const totalWeight = slots.reduce((sum, s) => sum + s.weight, 0) + phraseConcepts.length;
  const answerStems = [
    ...new Set(
      words(answer)
        .filter((w) => !w.stop && w.form.length > 2)
        .map((w) => w.stem),
    ),
  ];
  return { slots, phraseConcepts, acronyms, totalWeight, answerStems };
}

/** Weight of the concern's content found in the sentence, by word, concept or acronym. */
export function matchWeight(model: ConcernModel, bag: SentenceBag): number {
  let matched = 0;
  for (const slot of model.slots) {
    if (bag.stems.has(slot.stem)) matched += slot.weight;
    else if (slot.concepts.some((c) => bag.concepts.has(c))) matched += 0.8 * slot.weight;
    else if (prefixMatch(slot.stem, bag)) matched += 0.7 * slot.weight;
  }
  for (const c of model.phraseConcepts) if (bag.concepts.has(c)) matched += 0.8;
  for (const a of model.acronyms) if (bag.initials.includes(a)) matched += 1.2;
  return matched;
}

// "ortho" in a concern meets "orthopedic" in the note; short stems would meet too much.
function prefixMatch(s: string, bag: SentenceBag): boolean {
  return s.length >= 4 && bag.prefixes.has(s);
}

/** Share of the planned answer's content words that the sentence uses. */
export function answerOverlap(model: ConcernModel, bag: SentenceBag): number {
  if (model.answerStems.length === 0) return 0;
  let hits = 0;
  for (const s of model.answerStems) if (bag.stems.has(s)) hits++;
  return hits < 2 ? 0 : hits / Math.min(model.answerStems.length, 8);
}
