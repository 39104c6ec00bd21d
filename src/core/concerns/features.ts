/**
 * Bags of stems and concepts for concern texts and draft sentences, the common ground on
 * which they are compared.
 */
import { tokenize } from '../text/words';
import { CONCEPTS, STOPWORDS } from './lexicon';
import { fold, stem } from './stem';

/** Concept ids by stem or by stems joined with "_" for a phrase. */
const CONCEPT_INDEX: Map<string, string[]> = buildIndex();
/** Longest phrase in the lexicon, in words. */
const MAX_PHRASE = 3;
/** First stems of multi-word entries: only these start a phrase lookup. */
const PHRASE_HEADS = new Set(
  [...CONCEPT_INDEX.keys()].filter((k) => k.includes('_')).map((k) => k.split('_')[0] as string),
);

function buildIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [id, words] of Object.entries(CONCEPTS)) {
    for (const entry of words.split(/\s+/)) {
      if (!entry) continue;
      const key = entry.split('_').map(stem).join('_');
      const list = index.get(key);
      if (!list) index.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }
  return index;
}

export interface Word {
  /** Folded surface form. */
  form: string;
  stem: string;
  /** Skipped when matching: function words and concern shorthand. */
  stop: boolean;
  start: number;
  end: number;
}

/** Words of `text`; compound tokens ("on-call", "B2B/B2C") also yield their parts. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const token of tokenize(text)) {
    const entries = lexical(text.slice(token.start, token.end));
    for (const e of entries) out.push({ ...e, start: token.start, end: token.end });
  }
  return out;
}

export type Lexical = Omit<Word, 'start' | 'end'>;
// Folding (Unicode normalisation) and stemming dominate the cost; drafts repeat words a lot.
const lexicalCache = new Map<string, Lexical[]>();

function lexical(surface: string): Lexical[] {
  const cached = lexicalCache.get(surface);
  if (cached) return cached;
  const out: Lexical[] = [];
  const form = fold(surface).replace(/[.,:]+$/, '');
  if (form) {
    // An all-capitals word is an acronym even when it spells a function word ("OR", "IT").
    const acronym = /^\p{Lu}{2,}$/u.test(surface);
    out.push({ form, stem: stem(form), stop: STOPWORDS.has(form) && !acronym });
    if (/[-/&]/.test(form)) {
      for (const part of form.split(/[-/&]+/)) {
        if (part) out.push({ form: part, stem: stem(part), stop: STOPWORDS.has(part) });
      }
    }
  }
  if (lexicalCache.size > 20000) lexicalCache.clear();
  lexicalCache.set(surface, out);
  return out;
}

/** Concepts named by the words of a text, including multi-word phrases. */
export function conceptsOf(list: readonly Lexical[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const first = list[i] as Lexical;
    // A lone function word never names a concept ("or" is not an operating room).
    if (!first.stop) {
      const ids = CONCEPT_INDEX.get(first.stem);
      if (ids) for (const id of ids) found.add(id);
    }
    if (!PHRASE_HEADS.has(first.stem)) continue;
    let key = first.stem;
    for (let n = 1; n < MAX_PHRASE && i + n < list.length; n++) {
      key = `${key}_${(list[i + n] as Lexical).stem}`;
      const ids = CONCEPT_INDEX.get(key);
      if (ids) for (const id of ids) found.add(id);
    }
  }
  return found;
}

/** Concepts of one stem alone. */
export function conceptsOfStem(s: string): readonly string[] {
  return CONCEPT_INDEX.get(s) ?? [];
}

/** A sentence reduced to what matching needs. */
export interface SentenceBag {
  stems: Set<string>;
  /** Leading 4–8 letters of longer stems, so "ortho" in a concern meets "orthopedic". */
  prefixes: Set<string>;
  concepts: Set<string>;
  /** First letters of every word, for acronyms ("hours of service" → "hos"). */
  initials: string;
}

const bagCache = new Map<string, SentenceBag>();

/** Memoised by sentence: while the user types, all sentences but one are unchanged. */
export function bagOf(text: string): SentenceBag {
  let bag = bagCache.get(text);
  if (!bag) {
    bag = buildBag(text);
    if (bagCache.size > 2000) bagCache.clear();
    bagCache.set(text, bag);
  }
  return bag;
}

function buildBag(text: string): SentenceBag {
  const list: Lexical[] = [];
  for (const token of tokenize(text)) {
    for (const e of lexical(text.slice(token.start, token.end))) list.push(e);
  }
  const stems = new Set<string>();
  const prefixes = new Set<string>();
  let initials = '';
  for (const w of list) {
    if (!w.stop) {
      stems.add(w.stem);
      for (let k = 4; k < Math.min(w.stem.length, 9); k++) prefixes.add(w.stem.slice(0, k));
    }
    initials += w.form[0] ?? '';
  }
  return { stems, prefixes, concepts: conceptsOf(list), initials };
}
