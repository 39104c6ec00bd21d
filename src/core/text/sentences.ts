/**
 * Sentence splitting for drafts. Offsets point into the text given, so a check can quote
 * and highlight exactly what the user wrote.
 */

export interface Sentence {
  text: string;
  /** Offset of the first character, inclusive. */
  start: number;
  /** Offset after the last character, exclusive. */
  end: number;
}

// A period after these never ends a sentence: they precede a name or an example.
const NEVER_FINAL = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'sr',
  'jr',
  'rev',
  'hon',
  'gen',
  'capt',
  'lt',
  'sgt',
  'vs',
  'e.g',
  'i.e',
  'cf',
  'no',
  'nos',
  'approx',
  'dept',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
  'ph.d',
  'mt',
  'ft',
  'fig',
]);

const LIST_MARKER = /^[ \t]*(?:[-*•–·]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]+/;
const GREETING =
  /^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b[^\n]{0,60}[,:!]?\s*$/i;

/**
 * Splits `text` into sentences. Paragraphs, list items and short lines (greeting, sign-off)
 * are their own units; a single line break continues a sentence only when the text looks
 * hard-wrapped (a long line without final punctuation followed by a lowercase word).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(text)) splitBlock(text, block.start, block.end, out);
  return out;
}

/** Line groups that are never joined across: each is one or more lines of one passage. */
function blocks(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end: end > pos && text[end - 1] === '\r' ? end - 1 : end });
    if (nl === -1) break;
    pos = nl + 1;
  }
  const result: { start: number; end: number }[] = [];
  let current: { start: number; end: number } | null = null;
  let previous = '';
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') {
      current = null;
      previous = '';
      continue;
    }
    const marker = LIST_MARKER.exec(content);
    const start = line.start + (marker ? marker[0].length : 0);
    if (current && !marker && continuesSentence(previous, content)) {
      current.end = line.end;
    } else {
      current = { start, end: line.end };
      result.push(current);
    }
    previous = content;
  }
  return result;
}

function continuesSentence(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  if (prev.length < 40 || GREETING.test(prev)) return false;
  if (/[.!?:;]["')\]]*$/.test(prev)) return false;
  return /^\s*\p{Ll}/u.test(next);
}

function splitBlock(text: string, from: number, to: number, out: Sentence[]): void {
  // Candidate ends: terminal punctuation, closing quotes/brackets, then whitespace.
  const re = /[.!?…]+["'”’)\]]*(?=\s)/g;
  re.lastIndex = from;
  let sentenceStart = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) && match.index < to) {
    const end = match.index + match[0].length;
    if (end >= to) break;
    if (!isBoundary(text, match.index, end, to)) continue;
    push(text, sentenceStart, end, out);
    sentenceStart = end;
  }
  push(text, sentenceStart, to, out);
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}.]/u;
const INITIAL = /^\p{Lu}$/u;
const OPENER = /[\p{Lu}\p{N}"'“‘(\[]/u;

/**
 * Whether the punctuation at `punctAt` (its run ending at `after`) ends a sentence. Looks only
 * at the word before it and the character after the following spaces, so that splitting stays
 * linear in the length of the draft.
 */
function isBoundary(text: string, punctAt: number, after: number, to: number): boolean {
  let next = after;
  while (next < to && SPACE.test(text.charAt(next))) next++;
  if (next >= to) return true;
  if (text[punctAt] === '.') {
    // The letters and dots before the stop: "Dr", "e.g", "U.S".
    let wordStart = punctAt;
    while (wordStart > 0 && WORD_CHAR.test(text.charAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, punctAt);
    const key = word.toLowerCase().replace(/^\.+/, '');
    if (NEVER_FINAL.has(key)) return false;
    // A single capital letter is an initial ("J. Smith"), not a sentence.
    if (INITIAL.test(word)) return false;
  }
  // A new sentence starts with a capital, a digit, a quote or a bracket.
  return OPENER.test(String.fromCodePoint(text.codePointAt(next) ?? 32));
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
