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
    const form = fold(token.text).replace(/[.,:]+$/, '');
    if (!form) continue;
    // An all-capitals word is an acronym even when it spells a function word ("OR", "IT").
    const acronym = /^\p{Lu}{2,}$/u.test(text.slice(token.start, token.end));
    const stop = STOPWORDS.has(form) && !acronym;
    out.push({ form, stem: stem(form), stop, ...span(token) });
    if (/[-/&]/.test(form)) {
      for (const part of form.split(/[-/&]+/)) {
        if (part) out.push({ form: part, stem: stem(part), stop: STOPWORDS.has(part), ...span(token) });
      }
    }
  }
  return out;
}

function span(token: { start: number; end: number }): { start: number; end: number } {
  return { start: token.start, end: token.end };
}

/** Concepts named by the words of a text, including multi-word phrases. */
export function conceptsOf(list: Word[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    let key = '';
    for (let n = 0; n < MAX_PHRASE && i + n < list.length; n++) {
      key = n === 0 ? (list[i] as Word).stem : `${key}_${(list[i + n] as Word).stem}`;
      // A lone function word never names a concept ("or" is not an operating room).
      if (n === 0 && (list[i] as Word).stop) continue;
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
  concepts: Set<string>;
  /** First letters of every word, for acronyms ("hours of service" → "hos"). */
  initials: string;
}

export function bagOf(text: string): SentenceBag {
  const list = words(text);
  const stems = new Set<string>();
  let initials = '';
  for (const w of list) {
    if (!w.stop) stems.add(w.stem);
    initials += w.form[0] ?? '';
  }
  return { stems, concepts: conceptsOf(list), initials };
}
