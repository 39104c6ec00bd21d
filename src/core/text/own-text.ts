/**
 * The part of a draft the user wrote themselves. Checks must not count a quoted earlier
 * message or the signature (PRODUCT.md, "Checks on a draft"). Host adapters may already
 * have removed those parts from the DOM, so this must be idempotent on clean text.
 */

// Attribution lines of common clients: Gmail "On … wrote:", Apple Mail, and a few
// languages Gmail localises into. Gmail may wrap the attribution over two or three lines.
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El|Il|Op|Em)\s.+/;
const ATTRIBUTION_END = /(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s*:\s*$/i;
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|-{2,}\s*Original Message\s*-{2,}|Begin forwarded message:)\s*$/i;
const OUTLOOK_SEPARATOR = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?From:\*?\s/i;
const HEADER_FOLLOW = /^\s*\*?(?:Sent|Date):\*?\s/i;
const SIGNATURE = /^--[ \t]?$/;
const QUOTED = /^[ \t]*>(?:[ >\t]|$)/;

/** The user's own text: no quoted message, no forwarded headers, no signature. */
export function extractOwnText(draft: string): string {
  const lines = draft.replace(/\r\n?/g, '\n').split('\n');
  const cut = firstCut(lines);
  const kept = lines.slice(0, cut).filter((line) => !QUOTED.test(line));
  return kept.join('\n').trimEnd();
}

/** Index of the first line that starts the non-own tail, or `lines.length`. */
function firstCut(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SIGNATURE.test(line)) return i;
    if (FORWARD_MARKER.test(line)) return i;
    if (OUTLOOK_SEPARATOR.test(line) && isHeaderBlock(lines, i + 1)) return i;
    if (isHeaderBlock(lines, i)) return i;
    const attributionEnd = attributionEndsAt(lines, i);
    if (attributionEnd !== -1 && onlyQuoteFollows(lines, attributionEnd + 1)) return i;
  }
  return lines.length;
}

/** "From: …" followed within a few lines by "Sent: …" or "Date: …". */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    if (HEADER_FOLLOW.test(lines[j] ?? '')) return true;
  }
  return false;
}

/** Last line of an attribution starting at `i` (up to three wrapped lines), or -1. */
function attributionEndsAt(lines: string[], i: number): number {
  if (!ATTRIBUTION_START.test(lines[i] ?? '')) return -1;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const line = lines[j] ?? '';
    if (ATTRIBUTION_END.test(line)) return j;
    if (j > i && line.trim() === '') return -1;
  }
  return -1;
}

// The attribution is only dropped with its quote (or when the quote has already been
// removed by the host adapter), so a sentence that happens to end in "wrote:" survives.
function onlyQuoteFollows(lines: string[], from: number): boolean {
  let sawQuote = false;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (line.trim() === '') continue;
    if (QUOTED.test(line)) {
      sawQuote = true;
      continue;
    }
    return sawQuote;
  }
  return true;
}
