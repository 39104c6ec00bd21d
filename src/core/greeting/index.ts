/**
 * The greeting verdict: does the note open by naming the interviewer as saved?
 *
 * Accents: a greeting without the name's diacritics ("Jose" for "José") counts as correct.
 * Many keyboards cannot type them and readers do not see it as a misspelling of the name
 * the way a wrong letter is; letters that differ otherwise ("Beatrice" for "Beatriz") do count.
 */
import type { GreetingVerdict, Span } from '../checks/types';
import type { Interviewer } from '../model/types';
import { editDistance } from './distance';

export interface GreetingResult {
  verdict: GreetingVerdict;
  span?: Span;
  found?: string;
}

const SALUTATION =
  /^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|morning|afternoon|to)\b[\s,]*/i;
// Titles and roles people are addressed by ("Chef Montoya", "Director Pell").
const TITLES = new Set(
  'mr mrs ms miss mx dr doctor prof professor sir madam madame dame chef director dean coach captain capt officer judge pastor rev reverend father sister rabbi imam sr sra srta herr frau mme mlle president principal superintendent senator councilmember governor mayor lt sgt'.split(
    ' ',
  ),
);
// Greetings that name nobody: "Hi team", "Hello all", "Dear Hiring Manager".
const NOBODY = new Set(
  'team all everyone everybody there folks friends hiring manager managers committee panel recruiter recruiting colleagues sir madam whom it may concern you guys y all yall'.split(
    ' ',
  ),
);

function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'`]/g, '');
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

function namePartsOf(name: string): string[] {
  const parts = new Set<string>();
  for (const raw of name.split(/\s+/)) {
    const p = fold(raw).replace(/[.,]/g, '');
    if (!p || TITLES.has(p)) continue;
    parts.add(p);
    if (p.includes('-')) {
      parts.add(p.replace(/-/g, ''));
      for (const piece of p.split('-')) if (piece) parts.add(piece);
    }
  }
  return [...parts];
}

interface GreetingLine {
  /** Folded words of the name part, titles removed. */
  tokens: string[];
  found: string;
  span: Span;
}

/** The name part of the opening line, or null when the note opens without a greeting. */
function readGreeting(text: string): GreetingLine | 'none' {
  const lineMatch = /^\s*([^\n]*)/.exec(text);
  if (!lineMatch) return 'none';
  const line = lineMatch[1] as string;
  const lineStart = (lineMatch.index ?? 0) + lineMatch[0].length - line.length;
  const salutation = SALUTATION.exec(line);
  let rest = salutation ? line.slice(salutation[0].length) : line;
  const restStart = lineStart + (salutation ? salutation[0].length : 0);
  // A bare "Walt," or "Mr. Kessler," is a greeting; a bare sentence is not.
  if (!salutation && !/^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4},\s*$/u.test(line)) return 'none';
  rest = rest.replace(/[,!:;.\s]+$/, '');
  // "Hi Sam! Thanks for…" on one line: the name ends at the first sentence end that is not
  // a title's period ("Dr. Osei").
  const end = /(?:[!?]|(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Capt|Lt|Sgt|Rev|Sr|Jr))\.)\s+\S/.exec(rest);
  if (salutation && end) rest = rest.slice(0, end.index);
  const nameWords = rest.split(/\s+/).filter(Boolean);
  const tokens = nameWords
    .map((w) => fold(w).replace(/[.,]/g, ''))
    .filter((w) => w && !TITLES.has(w));
  if (tokens.length === 0 || tokens.length > 4 || tokens.every((t) => NOBODY.has(t))) return 'none';
  // The span covers the greeted name, titles included, so the panel can highlight it.
  const offset = line.indexOf(rest, salutation ? salutation[0].length : 0);
  const start = offset >= 0 ? lineStart + offset : restStart;
  return { tokens, found: rest, span: { start, end: start + rest.length } };
}

function exact(tokens: string[], parts: string[]): boolean {
  return tokens.every((t) => parts.includes(t) || parts.includes(t.replace(/-/g, '')));
}

/** Closeness of the greeted name to a person: the worst token's relative edit distance. */
function closeness(tokens: string[], parts: string[]): number {
  let worst = 0;
  for (const t of tokens) {
    let bestRel = Infinity;
    for (const p of parts) {
      const rel = editDistance(t, p) / Math.max(t.length, p.length);
      bestRel = Math.min(bestRel, rel);
    }
    worst = Math.max(worst, bestRel);
  }
  return worst;
}

/** Relative edit distance up to which a greeted name is a slip for a saved one. */
const MISSPELLING = 0.34;

export function greetingVerdict(
  ownText: string,
  interviewer: Interviewer,
  others: Interviewer[],
): GreetingResult {
  const greeting = readGreeting(ownText);
  if (greeting === 'none') return { verdict: 'missing' };
  const { tokens, found, span } = greeting;
  const mine = nameParts(interviewer.name);
  if (exact(tokens, mine)) return { verdict: 'correct', span, found };
  const theirs = others.map((o) => nameParts(o.name));
  if (theirs.some((parts) => exact(tokens, parts))) return { verdict: 'wrong-person', span, found };
  const self = closeness(tokens, mine);
  const other = Math.min(Infinity, ...theirs.map((parts) => closeness(tokens, parts)));
  if (other < self && other <= MISSPELLING) return { verdict: 'wrong-person', span, found };
  // A name that matches nobody is still a name the interviewer will read as theirs gone
  // wrong ("Shivaun" for "Siobhan"): flag it as a misspelling rather than stay silent.
  return { verdict: 'misspelled', span, found };
}
