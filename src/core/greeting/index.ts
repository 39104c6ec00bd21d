/**
 * The greeting verdict: does the note open by naming the interviewer as saved?
 *
 * Accents: a greeting without the name's diacritics ("Jose" for "José", "Soren" for "Søren")
 * counts as correct. Many keyboards cannot type them and readers do not see it as a
 * misspelling of the name the way a wrong letter is; letters that differ otherwise
 * ("Beatrice" for "Beatriz") do count.
 *
 * Titles and respectful forms around the name ("Chief Okafor", "Tanaka-san", "chị Lan") are
 * part of greeting someone correctly, in any of the languages in `forms.ts`.
 */
import type { GreetingVerdict, Span } from '../checks/types';
import type { Interviewer } from '../model/types';
import { editDistance } from './distance';
import { HONORIFIC_SUFFIXES, NOBODY, SALUTATIONS, TITLES } from './forms';

export interface GreetingResult {
  verdict: GreetingVerdict;
  span?: Span;
  found?: string;
}

// Letters NFD does not split into base + mark, written by readers without them as below.
const PLAIN: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øłđðßæœıþ]/g, (c) => PLAIN[c] ?? c)
    .replace(/[’'`]/g, '');
}

// Saved names change rarely and the verdict runs on every pause in typing; folding
// (Unicode normalisation) is the costly part.
const partsOf = new Map<string, string[]>();

/** Name parts as they might be greeted: "Mei-Ling Hsu" → mei-ling, meiling, mei, ling, hsu. */
function nameParts(name: string): string[] {
  let parts = partsOf.get(name);
  if (!parts) {
    parts = namePartsOf(name);
    if (partsOf.size > 500) partsOf.clear();
    partsOf.set(name, parts);
  }
  return parts;
}

// Only abbreviated titles are dropped from a saved name: "Dean" or "Major" may be the name.
const SAVED_NAME_TITLE = /^(?:mr|mrs|ms|mx|miss|dr|prof|rev|fr|capt|sgt|lt)\.?$/;

function namePartsOf(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && SAVED_NAME_TITLE.test(fold(words[0] as string))) words.shift();
  const parts = new Set<string>();
  for (const raw of words) {
    const p = fold(raw).replace(/[.,()"]/g, '');
    if (!p) continue;
    parts.add(p);
    if (p.includes('-')) {
      parts.add(p.replace(/-/g, ''));
      for (const piece of p.split('-')) if (piece) parts.add(piece);
    }
  }
  return [...parts];
}

interface GreetingLine {
  /** Folded words of the name part, titles and honorifics removed. */
  tokens: string[];
  /** Whether a title or respectful form stood before the name. */
  titled: boolean;
  /** Whether the line opened with a greeting word (else a bare name: "Walt," or "Dana —"). */
  saluted: boolean;
  /** Text after the name on the same line ("Dana — thanks for today" → "thanks for today"). */
  trailing: string;
  found: string;
  span: Span;
}

const BOUNDARY = /^(?:$|[\s,!:;.—–-])/u;

/** Length of the greeting word(s) the line opens with, separators included; 0 for none. */
function salutationLength(line: string): number {
  let at = 0;
  let matched = false;
  // "Hello dear Dana", "Xin chào chị Lan": greeting words may stack.
  for (let round = 0; round < 3; round++) {
    const rest = line.slice(at);
    const hit = SALUTATIONS.find(
      (s) => fold(rest.slice(0, s.length)) === s && BOUNDARY.test(rest.slice(s.length)),
    );
    if (!hit) break;
    matched = true;
    at += hit.length;
    at += (/^[\s,!:;—–-]*/u.exec(line.slice(at))?.[0].length ?? 0) as number;
  }
  return matched ? at : 0;
}

// Where the name ends: a comma, colon, semicolon, a spaced dash, "!" or "?", or a full stop
// that is not a title's or an initial's ("Dr. Osei", "J. Ruiz").
const NAME_END =
  /\s*(?:[,:;!?]|\s[—–-]\s|[—–]|\s-$|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Capt|Lt|Sgt|Rev|Sr|Sra|Jr|Fr|Mme|Mlle|Hr|Fr|Dott|Sig|\p{Lu}))\.(?:\s|$))/u;

// Words that open a line the way a bare name does ("Thanks," "Update:") but name nobody.
const NOT_A_NAME = new Set(
  'thanks thank thx cheers regards sorry apologies congrats congratulations yes no ok okay so well also quick update note fyi re ps again welcome great wow please sure absolutely certainly perfect wonderful awesome first second finally today yesterday tomorrow reminder subject attached'.split(
    ' ',
  ),
);

// A bare opening line: up to four capitalised words ("Walt", "Chief Okafor", "Tanaka-san").
const BARE_NAME = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*/u;

/**
 * The name part of the opening line, 'none' when the note opens without a greeting, or null
 * when the line is a greeting word alone, which may be someone's name.
 */
function readGreeting(text: string, titleWords: Set<string>): GreetingLine | 'none' | null {
  const lineMatch = /^\s*([^\n]*)/.exec(text);
  if (!lineMatch) return 'none';
  const line = (lineMatch[1] as string).trimEnd();
  const lineStart = lineMatch[0].length - (lineMatch[1] as string).length;
  const salutation = salutationLength(line);
  let nameStart = salutation;
  if (!salutation) {
    const bare = BARE_NAME.exec(line);
    if (!bare) return 'none';
    // A bare name must be set off as a greeting: "Walt," alone on its line, or "Dana —"/"Dana:".
    const after = line.slice(bare[0].length);
    if (!/^\s*(?:,\s*$|[—–:]|-(?:\s|$))/u.test(after)) return 'none';
    if (NOT_A_NAME.has(fold(bare[0].split(/\s+/)[0] as string))) return 'none';
    nameStart = 0;
  }
  const rest = line.slice(nameStart);
  const end = NAME_END.exec(rest);
  const nameText = (end ? rest.slice(0, end.index) : rest).replace(/[\s.]+$/, '');
  const trailing = end ? rest.slice(end.index + end[0].length).trim() : '';
  // "Cara," "Ola," "Chao,": a greeting word alone may be the name itself (decided by the caller).
  if (!nameText) return salutation ? null : 'none';
  const words = nameText.split(/\s+/).filter(Boolean);
  if (words.length > 6) return 'none';
  let tokens = words.map((w) => fold(w).replace(/[.,()"]/g, '')).filter(Boolean);
  tokens = tokens.flatMap((t) => {
    // "Tanaka-san", "Jiwoo-ssi": the honorific after the hyphen is not part of the name.
    const dash = t.lastIndexOf('-');
    if (dash > 0 && HONORIFIC_SUFFIXES.has(t.slice(dash + 1))) return [t.slice(0, dash)];
    return [t];
  });
  // "Ingrid and team", "Dana & all": the name is greeted along with nobody in particular.
  const joined = tokens.findIndex(
    (t, i) => i > 0 && (t === 'and' || t === '&' || t === 'y' || t === 'et' || t === 'und'),
  );
  if (joined > 0 && tokens.slice(joined + 1).every((t) => NOBODY.has(t))) {
    tokens = tokens.slice(0, joined);
  }
  let titled = false;
  while (tokens.length > 1 && (TITLES.has(tokens[0]!) || titleWords.has(tokens[0]!))) {
    tokens.shift();
    titled = true;
  }
  while (
    tokens.length > 1 &&
    (HONORIFIC_SUFFIXES.has(tokens.at(-1)!) || TITLES.has(tokens.at(-1)!))
  ) {
    tokens.pop();
    titled = true;
  }
  if (tokens.length === 0 || tokens.length > 4 || tokens.every((t) => NOBODY.has(t))) return 'none';
  const start = lineStart + nameStart;
  return {
    tokens,
    titled,
    saluted: salutation > 0,
    trailing,
    found: nameText,
    span: { start, end: start + nameText.length },
  };
}

/** A lone opening word that is a greeting in some language and also someone's name here. */
function nameThatIsAGreeting(text: string, people: Interviewer[]): GreetingLine | 'none' {
  const match = /^(\s*)(\p{Lu}[\p{L}\p{M}'’-]*)[\s,!:.—–-]*(?:\n|$)/u.exec(text);
  if (!match) return 'none';
  const word = match[2] as string;
  const token = fold(word);
  if (!people.some((p) => nameParts(p.name).includes(token))) return 'none';
  const start = (match[1] as string).length;
  return {
    tokens: [token],
    titled: false,
    saluted: false,
    trailing: '',
    found: word,
    span: { start, end: start + word.length },
  };
}

/**
 * Short forms a reader accepts as their own name: "Chris" for Christopher, "Mike" for
 * Michael. Prefixes are tried separately; these are the common ones that are not prefixes.
 */
const NICKNAMES: Record<string, string[]> = {
  mike: ['michael'],
  bill: ['william'],
  will: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  liz: ['elizabeth'],
  beth: ['elizabeth'],
  betsy: ['elizabeth'],
  kate: ['katherine', 'catherine', 'kathryn'],
  katie: ['katherine', 'catherine', 'kathryn'],
  cathy: ['catherine'],
  kathy: ['katherine', 'kathryn'],
  jim: ['james'],
  jimmy: ['james'],
  rick: ['richard', 'eric', 'frederick'],
  dick: ['richard'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  meg: ['margaret', 'megan'],
  tony: ['anthony', 'antonio'],
  jack: ['john', 'jackson'],
  ted: ['edward', 'theodore'],
  ned: ['edward'],
  hank: ['henry'],
  sue: ['susan', 'suzanne'],
  patty: ['patricia'],
  trish: ['patricia'],
  chuck: ['charles'],
  charlie: ['charles', 'charlotte'],
  larry: ['lawrence'],
  jerry: ['gerald', 'jerome'],
  jenny: ['jennifer'],
  andy: ['andrew', 'andreas'],
  drew: ['andrew'],
  joe: ['joseph'],
  dave: ['david'],
  becky: ['rebecca'],
  tina: ['christina', 'kristina'],
  nate: ['nathan', 'nathaniel'],
  steve: ['stephen', 'steven'],
  sandy: ['sandra', 'alexandra'],
  sasha: ['alexandra', 'alexander'],
  lexi: ['alexandra'],
  xander: ['alexander'],
  gabe: ['gabriel'],
  zach: ['zachary'],
  pepe: ['jose'],
  paco: ['francisco'],
};

/** Does every greeted word name this person (exactly, accent-folded, or as a nickname)? */
function exact(line: GreetingLine, parts: string[]): boolean {
  const first = parts[0] ?? '';
  return line.tokens.every(
    (t) =>
      parts.includes(t) ||
      parts.includes(t.replace(/-/g, '')) ||
      // "Hi Chris" for Christopher: a first name's start, greeted on its own.
      (line.tokens.length === 1 && !line.titled && t.length >= 3 && first.startsWith(t)) ||
      (NICKNAMES[t]?.includes(first) ?? false),
  );
}

/** Closeness of the greeted name to a person: the worst token's relative edit distance. */
function closeness(tokens: string[], parts: string[]): number {
  let worst = 0;
  for (const t of tokens) {
    let bestRel = Infinity;
    for (const p of parts) {
      const d = editDistance(t, p);
      // More than three slips is a different name however long the name is.
      let rel = d > 3 ? Infinity : d / Math.max(t.length, p.length);
      if (soundsSpelledOut(t, p)) rel = Math.min(rel, MISSPELLING);
      bestRel = Math.min(bestRel, rel);
    }
    worst = Math.max(worst, bestRel);
  }
  return worst;
}

/** Relative edit distance up to which a greeted name is a slip for a saved one. */
const MISSPELLING = 0.34;

/**
 * A name written the way it sounds rather than the way it is spelled keeps its first letter,
 * about its length and most of its letters in another order (Irish, Welsh and Gaelic names
 * read aloud, say). Edit distance misses those.
 * Measured as the Sørensen–Dice overlap of the two names' letters.
 */
function soundsSpelledOut(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) {
    return false;
  }
  const left = new Map<string, number>();
  for (const c of a) left.set(c, (left.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = left.get(c) ?? 0;
    if (n > 0) {
      shared++;
      left.set(c, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length) >= 0.7;
}

/** Words of the saved job titles ("Fire Chief", "Head Chaplain") greet like titles do. */
function titleWordsOf(people: Interviewer[]): Set<string> {
  const words = new Set<string>();
  for (const p of people)
    for (const w of (p.title ?? '').split(/[\s,/&]+/)) if (w) words.add(fold(w));
  return words;
}

export function greetingVerdict(
  ownText: string,
  interviewer: Interviewer,
  others: Interviewer[],
): GreetingResult {
  const greeting =
    readGreeting(ownText, titleWordsOf([interviewer, ...others])) ??
    nameThatIsAGreeting(ownText, [interviewer, ...others]);
  if (greeting === 'none') return { verdict: 'missing' };
  const { found, span } = greeting;
  const mine = nameParts(interviewer.name);
  const theirs = others.map((o) => nameParts(o.name));
  const self = closeness(greeting.tokens, mine);
  const other = Math.min(Infinity, ...theirs.map((parts) => closeness(greeting.tokens, parts)));
  // A bare word set off by a dash or colon with more text after it ("Update: the schedule
  // moved") is a greeting only when it is someone's name.
  if (
    !greeting.saluted &&
    !greeting.titled &&
    greeting.trailing &&
    Math.min(self, other) > MISSPELLING
  ) {
    return { verdict: 'missing' };
  }
  if (exact(greeting, mine)) return { verdict: 'correct', span, found };
  if (theirs.some((parts) => exact(greeting, parts)))
    return { verdict: 'wrong-person', span, found };
  // An unknown word before the name is a title this list lacks ("Registrar Okafor").
  if (greeting.tokens.length > 1) {
    const rest = { ...greeting, tokens: greeting.tokens.slice(1), titled: true };
    if (exact(rest, mine)) return { verdict: 'correct', span, found };
    if (theirs.some((parts) => exact(rest, parts))) return { verdict: 'wrong-person', span, found };
  }
  // A slip for this person's name only when it is nearer theirs than anyone else's; a name
  // far from everyone here is left over from a note to someone else.
  if (self <= MISSPELLING && self <= other) return { verdict: 'misspelled', span, found };
  return { verdict: 'wrong-person', span, found };
}
