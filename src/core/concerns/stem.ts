/**
 * A light suffix stemmer for English. Concern coverage only needs "relocating", "relocation"
 * and "relocate" to meet, not linguistically correct roots, so a short rule list beats a full
 * Porter implementation on bundle size. Results are memoised: drafts repeat words a lot and
 * the checks re-run on every pause in typing.
 */

// Longest suffix first; each replacement keeps at least three letters of stem.
const RULES: [string, string][] = [
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['abilities', ''],
  ['ability', ''],
  ['ibility', ''],
  ['fulness', ''],
  ['iveness', ''],
  ['ments', ''],
  ['ment', ''],
  ['ness', ''],
  ['ities', ''],
  ['ity', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ists', ''],
  ['ist', ''],
  ['ers', ''],
  ['ors', ''],
  ['able', ''],
  ['ible', ''],
  ['ally', ''],
  ['ly', ''],
  ['ed', ''],
  ['er', ''],
  ['or', ''],
  ['es', ''],
  ['s', ''],
];

const cache = new Map<string, string>();

/** Lowercase, without diacritics: "Español" and "espanol" are the same word to a reader. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
}

export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let w = fold(word);
  if (w.length > 4 && !/\d/.test(w)) {
    for (const [suffix, replacement] of RULES) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
        // "ss" is not a plural ("class", "process").
        if (suffix === 's' && /(ss|us|is)$/.test(w)) break;
        w = w.slice(0, w.length - suffix.length) + replacement;
        break;
      }
    }
    // Fold the spelling variation the suffix rules leave behind: "manage"/"manag",
    // "planned"/"plan", "relocate"/"relocat".
    w = w.replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
    if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  }
  if (cache.size > 20000) cache.clear();
  cache.set(word, w);
  return w;
}
