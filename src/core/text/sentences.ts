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
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  let sentenceStart = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(slice))) {
    const endInSlice = match.index + match[0].length;
    if (!isBoundary(slice, match.index, endInSlice)) continue;
    push(text, from + sentenceStart, from + endInSlice, out);
    sentenceStart = endInSlice;
  }
  push(text, from + sentenceStart, to, out);
}

function isBoundary(slice: string, punctAt: number, after: number): boolean {
  const rest = slice.slice(after).replace(/^\s+/, '');
  if (rest === '') return true;
  const punct = slice[punctAt];
  if (punct === '.') {
    const word = /([\p{L}.]+)$/u.exec(slice.slice(0, punctAt))?.[1] ?? '';
    const key = word.toLowerCase().replace(/^\.+/, '');
    if (NEVER_FINAL.has(key)) return false;
    // A single capital letter is an initial ("J. Smith"), not a sentence.
    if (/^\p{Lu}$/u.test(word)) return false;
  }
  // A new sentence starts with a capital, a digit, a quote or a bracket.
  return /^[\p{Lu}\p{N}"'“‘(\[]/u.test(rest);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
