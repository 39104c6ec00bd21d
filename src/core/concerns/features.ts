/**
 * Words, stems and concepts of concern notes and draft sentences, the common ground on which
 * they are compared. Stems and concepts get small integer ids so that matching compares
 * numbers and indexes arrays instead of hashing strings in the per-keystroke loop.
 */
import { tokenize, type Token } from '../text/words';
import { CONCEPTS, STOPWORDS } from './lexicon';
import { fold, stem } from './stem';

/** Interned stems: the same stem always gets the same id, for the life of the page. */
const stemIds = new Map<string, number>();

export function stemId(s: string): number {
  let id = stemIds.get(s);
  if (id === undefined) {
    id = stemIds.size;
    stemIds.set(s, id);
  }
  return id;
}

/** Concept names by id, in lexicon order. */
export const CONCEPT_NAMES: readonly string[] = Object.keys(CONCEPTS);

interface PhraseNode {
  /** Concepts named by the phrase that ends here (none on an inner node). */
  concepts: number[];
  /** Concepts the phrase is only related to ("~" entries), likewise. */
  related: number[];
  next: Map<number, PhraseNode>;
}

/** Concept ids of single stems, by stem id: what the word names. */
const SINGLE = new Map<number, number[]>();
/** Concept ids a single stem is only related to ("~" entries: "holiday" to availability). */
const RELATED = new Map<number, number[]>();
/** Multi-word entries as a trie of stem ids, keyed by the first stem. */
const PHRASES = new Map<number, PhraseNode>();

function addConcept(list: number[], id: number): void {
  if (!list.includes(id)) list.push(id);
}

(function buildIndex(): void {
  CONCEPT_NAMES.forEach((name, id) => {
    for (const raw of (CONCEPTS[name] as string).split(/\s+/)) {
      if (!raw) continue;
      const related = raw.startsWith('~');
      const entry = related ? raw.slice(1) : raw;
      const parts = entry.split('_').map((w) => stemId(stem(w)));
      if (parts.length === 1) {
        const key = parts[0] as number;
        const map = related ? RELATED : SINGLE;
        const list = map.get(key);
        if (list) addConcept(list, id);
        else map.set(key, [id]);
        continue;
      }
      let level = PHRASES;
      let node: PhraseNode | undefined;
      for (const part of parts) {
        node = level.get(part);
        if (!node) {
          node = { concepts: [], related: [], next: new Map() };
          level.set(part, node);
        }
        level = node.next;
      }
      if (node) addConcept(related ? node.related : node.concepts, id);
    }
  });
  // A word that names a concept is not also merely related to it.
  for (const [key, list] of RELATED) {
    const named = SINGLE.get(key);
    if (named)
      RELATED.set(
        key,
        list.filter((c) => !named.includes(c)),
      );
  }
})();

const NONE: readonly number[] = [];

/** One lexical reading of a word: the word itself, or a part of a compound ("on-call"). */
export interface Lexeme {
  /** Folded surface form. */
  form: string;
  stem: string;
  stemId: number;
  /** Skipped when matching: function words and concern shorthand. */
  stop: boolean;
  /** Concepts the stem alone names; none for a stop word ("or" is not an operating room). */
  concepts: readonly number[];
  /** Concepts the stem is only related to: a weaker link, never enough to name the concept. */
  related: readonly number[];
  /** Trie node when a lexicon phrase starts with this stem. */
  phrase: PhraseNode | undefined;
  /**
   * What the last matcher that met this word worked out about it (see `Matcher`): a
   * one-entry memo on the word itself, cheaper than a map lookup per word of the draft.
   */
  memoOwner: object | undefined;
  memo: unknown;
}

// Folding (Unicode normalisation) and stemming dominate the cost of a word; a vocabulary
// cache keyed by the word as written keeps them out of the per-keystroke loop. It holds
// words, not sentences or drafts, so a draft never seen before still pays for its matching.
const lexemeCache = new Map<string, readonly Lexeme[]>();
const EMPTY: readonly Lexeme[] = [];

function lexeme(form: string, stop: boolean): Lexeme {
  const s = stem(form);
  const id = stemId(s);
  return {
    form,
    stem: s,
    stemId: id,
    stop,
    concepts: stop ? NONE : (SINGLE.get(id) ?? NONE),
    related: stop ? NONE : (RELATED.get(id) ?? NONE),
    phrase: PHRASES.get(id),
    memoOwner: undefined,
    memo: undefined,
  };
}

/** Readings of one word as written; compounds ("on-call", "B2B/B2C") add their parts. */
export function lexemesOf(surface: string): readonly Lexeme[] {
  const cached = lexemeCache.get(surface);
  if (cached) return cached;
  let out: readonly Lexeme[] = EMPTY;
  const form = fold(surface).replace(/[.,:]+$/, '');
  if (form) {
    // An all-capitals word is an acronym even when it spells a function word ("OR", "IT").
    const acronym = /^\p{Lu}{2,}$/u.test(surface);
    const list = [lexeme(form, STOPWORDS.has(form) && !acronym)];
    if (/[-/&]/.test(form)) {
      for (const part of form.split(/[-/&]+/)) {
        if (part) list.push(lexeme(part, STOPWORDS.has(part)));
      }
    }
    out = list;
  }
  if (lexemeCache.size > 20000) lexemeCache.clear();
  lexemeCache.set(surface, out);
  return out;
}

export interface Word extends Lexeme {
  start: number;
  end: number;
}

/** Words of `text` with offsets; compound tokens also yield their parts. */
/**
 * Readings of a token of `text`. Only a word that starts with two capitals can be an acronym,
 * which is all the case of the surface decides; any other word is looked up by its
 * lower-case token, so most words need no slice of the text.
 */
export function lexemesOfToken(text: string, token: Token): readonly Lexeme[] {
  if (isUpper(text, token.start) && isUpper(text, token.start + 1)) {
    return lexemesOf(text.slice(token.start, token.end));
  }
  return lexemesOf(token.text);
}

function isUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return /\p{Lu}/u.test(text.charAt(at));
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const token of tokenize(text)) {
    for (const l of lexemesOf(text.slice(token.start, token.end))) {
      out.push({ ...l, start: token.start, end: token.end });
    }
  }
  return out;
}

/**
 * Calls `found` with each concept of a multi-word phrase that starts at `list[at]`
 * ("two weeks", "operating room"). Single-stem concepts are on each lexeme.
 */
export function phraseConceptsAt(
  list: readonly Lexeme[],
  at: number,
  found: (concept: number) => void,
): void {
  let node = (list[at] as Lexeme).phrase;
  for (let i = at + 1; node && i < list.length; i++) {
    node = node.next.get((list[i] as Lexeme).stemId);
    if (node) {
      for (const c of node.concepts) found(c);
      for (const c of node.related) found(c);
    }
  }
}

/**
 * Concept ids named by or related to a list of lexemes, single words and phrases alike: on
 * the concern's side a related word still places the concern in that concept ("saturday
 * shifts" is about availability); only a sentence's link through it is weaker.
 */
export function conceptsOf(list: readonly Lexeme[]): Set<number> {
  const out = new Set<number>();
  const add = (c: number) => out.add(c);
  list.forEach((l, i) => {
    for (const c of l.concepts) out.add(c);
    for (const c of l.related) out.add(c);
    phraseConceptsAt(list, i, add);
  });
  return out;
}

/** Concepts one stem alone names or is related to (the concern's side; see `conceptsOf`). */
export function conceptsOfStem(s: string): readonly number[] {
  const id = stemId(s);
  const named = SINGLE.get(id) ?? NONE;
  const related = RELATED.get(id);
  return related && related.length ? named.concat(related) : named;
}
