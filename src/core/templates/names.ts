// Courtesy titles and suffixes are not part of a first or last name for a greeting.
const HONORIFICS = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev)\.?$/i;
const SUFFIXES = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|esq|cpa|mba)\.?,?$/i;

/** First and last name from a full name as saved ("Dr. Gloria Benavides Jr."). */
export function splitName(full: string): { first: string; last: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  while (parts.length > 1 && HONORIFICS.test(parts[0] ?? '')) parts.shift();
  while (parts.length > 1 && SUFFIXES.test(parts[parts.length - 1] ?? '')) parts.pop();
  const cleaned = parts.map((p) => p.replace(/,$/, ''));
  if (cleaned.length === 0) return { first: '', last: '' };
  if (cleaned.length === 1) return { first: cleaned[0] ?? '', last: '' };
  return { first: cleaned[0] ?? '', last: cleaned[cleaned.length - 1] ?? '' };
}

/** "a", "a and b", "a, b and c": the house style has no serial comma. */
export function naturalList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
