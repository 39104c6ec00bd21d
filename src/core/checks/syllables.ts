// A compact English syllable estimate for the readability grade: vowel groups, minus a silent
// final "e", plus "-le" and "-ed" special cases. Within about a syllable on most words, which is
// all a grade estimate needs. Memoised: drafts repeat words and re-run on every edit.
const cache = new Map<string, number>();

export function syllables(word: string): number {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  let count: number;
  if (w.length === 0) count = word.length > 0 ? Math.max(1, Math.ceil(word.length / 3)) : 0;
  else if (w.length <= 3) count = 1;
  else {
    // "loved", "makes": the final e is silent; "table", "little": the "le" is its own syllable.
    w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
    w = w.replace(/^y/, '');
    count = (w.match(/[aeiouy]{1,2}/g) ?? []).length;
    if (/[^aeiouy]le$/.test(word.toLowerCase())) count += 1;
    count = Math.max(1, count);
  }
  if (cache.size > 20000) cache.clear();
  cache.set(word, count);
  return count;
}
