/**
 * Words as a person counts them, for the length rule and everything that compares wording.
 */

export interface Token {
  /** Lowercase form, for comparison. */
  text: string;
  /** Offsets into the text given, end exclusive. */
  start: number;
  end: number;
}

/** Adults read about 238 words a minute (Brysbaert 2019). */
export const READING_WPM = 238;

// One alternation, earliest first: URLs and emails before plain words, so
// "jo@x.example" or "https://x.example/a" stay one word. A word is letters/digits joined by
// inner punctuation ("2.1%", "don't", "denied-claims", "1:5", "U.S"), with an optional
// trailing percent sign.
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)'\]]|[\p{L}\p{N}_][\p{L}\p{N}\p{M}_.+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[$€£¥]?[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.,:/&-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*%?/gu;

// The same pattern without the URL and e-mail alternatives: most drafts have neither, and
// trying them at the start of every word costs about a third of tokenising.
const WORD_ONLY = new RegExp(TOKEN.source.slice(TOKEN.source.lastIndexOf('|') + 1), 'gu');

/** Lowercase word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = text.includes('@') || /https?:\/\/|www\./.test(text) ? TOKEN : WORD_ONLY;
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const start = match.index;
    tokens.push({ text: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

export function countWords(text: string): number {
  return tokenize(text).length;
}

/** Whole seconds to read `words` at `wpm`. */
export function readingSeconds(words: number, wpm = READING_WPM): number {
  if (!(words > 0) || !(wpm > 0)) return 0;
  return Math.round((words / wpm) * 60);
}
