/**
 * The part of a draft the user wrote themselves. Checks must not count a quoted earlier
 * message or the signature: the user did not write them here and is not judged on them. Host
 * adapters may already have removed those parts from the DOM, so this must be idempotent on
 * clean text.
 */

// Attribution lines of common clients: Gmail "On … wrote:", Apple Mail, and a few
// languages Gmail localises into. Gmail may wrap the attribution over two or three lines.
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|El|Il|Op|Em)\s.+/;
const ATTRIBUTION_END = /(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s*:\s*$/i;
// Forward and original-message markers as mail clients write them, in the languages they are
// localised into (the list follows closeio/quotequail, quotequail/_patterns.py): Gmail
// "---------- Forwarded message ---------", Thunderbird "-------- Message transféré --------",
// Apple Mail "Begin forwarded message:", Outlook "-----Original Message-----".
const MARKER_NAMES = [
  'forwarded message',
  'forwarded e-?mail',
  'weitergeleitete (?:nachricht|e-mail)',
  'ursprüngliche nachricht',
  'original-nachricht',
  'message transféré',
  '(?:e-mail|courriel) transféré',
  "message d'origine",
  'mensaje reenviado',
  'mensaje original',
  'mensagem encaminhada',
  'mensagem original',
  'messaggio inoltrato',
  'messaggio originale',
  'e-mail inoltrata',
  'doorgestuurd bericht',
  'doorgestuurde e-mail',
  'oorspronkelijk bericht',
  'vidarebefordrat meddelande',
  'vidarebefordrad e-post',
  'videresendt (?:melding|besked|e-post|e-mail)',
  'original message',
].join('|');
const DASHED_MARKER = new RegExp(`^\\s*-{2,}\\s*(?:${MARKER_NAMES})\\s*-{2,}\\s*$`, 'iu');
// Apple Mail's own line before the forwarded headers, in its localisations.
const BEGIN_MARKER =
  /^\s*(?:begin forwarded message|anfang der weitergeleiteten (?:e-mail|nachricht)|début du message réexpédié|inicio del mensaje reenviado|inizio messaggio inoltrato|doorgestuurd bericht volgt|vidarebefordrat meddelande börjar|início da mensagem reencaminhada|mensagem encaminhada)\s*:\s*$/iu;
const OUTLOOK_SEPARATOR = /^\s*_{10,}\s*$/;
// Header lines of a forwarded or original message (From, Date/Sent, To, Subject, Cc) in the
// same languages; "From"-like names open a block, the others confirm it.
const HEADER_FROM = /^\s*\*?(?:from|de|von|van|da|från|fra|от|от кого)\s?:\*?\s/iu;
const HEADER_OTHER =
  /^\s*\*?(?:sent|date|to|subject|cc|datum|gesendet|an|betreff|envoyé(?: le)?|à|objet|sujet|pour|enviado(?: el)?|fecha|para|asunto|assunto|data|a|oggetto|verzonden|aan|onderwerp|skickat|till|ämne|sendt|dato|til|emne)\s?:\*?\s/iu;
const SIGNATURE = /^--[ \t]?$/;
const QUOTED = /^[ \t]*>(?:[ >\t]|$)/;

/** The user's own text: no quoted message, no forwarded headers, no signature. */
export function extractOwnText(draft: string): string {
  const lines = draft.replace(/\r\n?/g, '\n').split('\n');
  const from = leadingForwardHeaderEnd(lines);
  const cut = firstCut(lines, from);
  const kept = lines.slice(from, cut).filter((line) => !QUOTED.test(line));
  const own = kept.join('\n').trimEnd();
  return from > 0 ? own.replace(/^\s*\n/, '') : own;
}

/**
 * A draft that opens with a forwarded header and nothing written above it is the user
 * re-sending a note of their own (a thank-you that went to the wrong address, say): the
 * header is not theirs, the note under it is. Returns the first line after that header, or
 * 0 when the draft does not open with one.
 */
function leadingForwardHeaderEnd(lines: string[]): number {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const start = i;
  if (isMarker(lines[i] ?? '')) i++;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  if (!isHeaderBlock(lines, i)) return 0;
  while (i < lines.length && isHeaderLine(lines[i] ?? '')) i++;
  return i > start ? i : 0;
}

function isMarker(line: string): boolean {
  return DASHED_MARKER.test(line) || BEGIN_MARKER.test(line);
}

function isHeaderLine(line: string): boolean {
  return HEADER_FROM.test(line) || HEADER_OTHER.test(line);
}

/** Index of the first line at or after `from` that starts the non-own tail, or `lines.length`. */
function firstCut(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SIGNATURE.test(line)) return i;
    if (isMarker(line)) return i;
    if (OUTLOOK_SEPARATOR.test(line) && isHeaderBlock(lines, i + 1)) return i;
    if (isHeaderBlock(lines, i)) return i;
    const attributionEnd = attributionEndsAt(lines, i);
    if (attributionEnd !== -1 && onlyQuoteFollows(lines, attributionEnd + 1)) return i;
  }
  return lines.length;
}

/**
 * Two or more header lines in a row, one of them naming the sender: Gmail and Outlook put
 * "From:" first, Thunderbird and Apple Mail may open with "Subject:".
 */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!isHeaderLine(lines[i] ?? '')) return false;
  let count = 0;
  let sender = false;
  // Within four lines, so a sender's address wrapped onto its own line does not hide it.
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    const line = lines[j] ?? '';
    if (HEADER_FROM.test(line)) sender = true;
    if (isHeaderLine(line)) count++;
  }
  return count >= 2 && sender;
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
