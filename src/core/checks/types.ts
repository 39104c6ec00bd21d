import type { MessageKey, Text } from '../i18n/text';
import type { Interview, Interviewer, NoteKind, RuleSetting } from '../model/types';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/words';

export type { Sentence, Token };

export type Severity = 'info' | 'warning' | 'error';

/** Offsets into the user's own text (`DraftAnalysis.ownText`), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** What was found, as words for the UI (or the command line) to put in the user's language. */
  message: Text;
  /** Why the rule exists, with its source ("Boomerang study of 40M emails …"). */
  reason: MessageKey;
  span?: Span;
}

export interface Recipient {
  name?: string;
  email?: string;
}

/** Everything a check may look at. Built by the panel and by `npm run check` alike. */
export interface DraftInput {
  interview: Interview;
  /** The interviewer the note is written to. */
  interviewerId: string;
  /** The draft as plain text; quoted messages and signature are stripped by the checks. */
  text: string;
  subject?: string;
  /** To recipients as the compose shows them; undefined when the host could not read them. */
  to?: Recipient[];
  kind: NoteKind;
  /** ISO 8601 instant the check runs at (the panel passes the clock; tests fix it). */
  now: string;
  /** Notes written to colleagues from the same interview (drafts or sent), for sameness. */
  siblingNotes?: { interviewerId: string; text: string }[];
  /** Companies of the user's other saved interviews, for leftovers. */
  otherCompanies?: string[];
  /** Names of fields the template could not fill, for leftovers. */
  unfilledFields?: string[];
  /** Per-rule switches and thresholds; missing ids use the rule's defaults. */
  rules?: Record<string, RuleSetting>;
}

export interface ConcernVerdict {
  concernId: string;
  addressed: boolean;
  /** The sentence of the user's own text that answers it, or null. */
  evidence: string | null;
  span?: Span;
  /** Probability that the verdict is right, as the checker estimates it (0.5 = a coin toss). */
  confidence: number;
  /** False when the confidence falls inside the calibrated "not sure" band. */
  sure: boolean;
}

export type GreetingVerdict = 'correct' | 'misspelled' | 'wrong-person' | 'missing';

export interface DraftReport {
  ownText: string;
  words: number;
  readingSeconds: number;
  concerns: ConcernVerdict[];
  greeting: GreetingVerdict;
  findings: Finding[];
}

/** What the options page lists for each rule. */
export interface RuleInfo {
  id: string;
  title: MessageKey;
  reason: MessageKey;
  defaults: RuleSetting;
}

/** Shared, computed-once view of a draft that rules read instead of re-tokenising. */
export interface DraftAnalysis {
  input: DraftInput;
  interviewer: Interviewer;
  others: Interviewer[];
  ownText: string;
  words: number;
  concerns: ConcernVerdict[];
  greeting: GreetingVerdict;
  /** Reading time of the own text at 238 words a minute (Brysbaert 2019). */
  readingSeconds: number;
  /** Sentences and lower-cased word tokens of the own text, computed once for every rule. */
  sentences: Sentence[];
  tokens: Token[];
  /** Where the greeting's name sits, and the name as written, when there is one. */
  greetingSpan?: Span;
  greetingFound?: string;
}

export interface RuleExample {
  /** What the example shows, used as the test name. */
  name: string;
  input: DraftInput;
}

export interface Rule {
  id: string;
  /** One line for the options page. */
  title: MessageKey;
  reason: MessageKey;
  defaults: RuleSetting;
  check(analysis: DraftAnalysis, setting: RuleSetting): Finding[];
  /** Drafts this rule must pass without a finding, and drafts it must flag. */
  examples: { pass: RuleExample[]; fail: RuleExample[] };
}
