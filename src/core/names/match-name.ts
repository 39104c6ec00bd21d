/**
 * Whether the name a mail client shows for a recipient is a saved interviewer's name. Outlook
 * often shows only a resolved contact's display name (the address is not in the page), and that
 * name comes from the company directory, not from the user's notes: "Dr. Adaeze N. Okonkwo" or
 * "Okonkwo, Adaeze" for the saved "Adaeze Okonkwo". Pure and table-tested.
 */

/** Titles before a name and post-nominals after it, as directories print them. */
const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'revd',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'esq',
  'cpa',
  'dds',
]);

/** Lower case, accents folded ("José" → "jose"), apostrophes dropped ("O'Brien" → "obrien"). */
const fold = (value: string): string =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, '');

const words = (value: string): string[] =>
  value.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !TITLES.has(word));

/**
 * The words of a display name in "First … Last" order, without titles, post-nominals or
 * bracketed notes ("(Away)", "[External]"). "Last, First" is turned around; a part after a
 * comma that is only post-nominals ("Adaeze Okonkwo, PhD") is dropped.
 */
export function nameWords(value: string): string[] {
  const parts = fold(value)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(',')
    .map(words)
    .filter((part) => part.length > 0);
  if (parts.length >= 2) [parts[0], parts[1]] = [parts[1]!, parts[0]!];
  return parts.flat();
}

const joined = (value: string): string => nameWords(value).join(' ');

/** The same name written the same way, after folding case, accents, titles and word order. */
export function sameNameExactly(shown: string, saved: string): boolean {
  const a = joined(shown);
  return a !== '' && a === joined(saved);
}

/**
 * The same person, tolerantly: same last name, and first names equal or one the other's
 * initial ("A. Okonkwo"); middle names and initials are ignored. A one-word name only matches
 * the same one word, so "Gloria" never picks a saved "Gloria Benavides" by itself.
 */
export function sameName(shown: string, saved: string): boolean {
  const a = nameWords(shown);
  const b = nameWords(saved);
  if (!a.length || !b.length) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length < 2 || b.length < 2 || a.at(-1) !== b.at(-1)) return false;
  const [first, other] = [a[0]!, b[0]!];
  return (
    first === other ||
    (first.length === 1 && other.startsWith(first)) ||
    (other.length === 1 && first.startsWith(other))
  );
}
