/**
 * Concern coverage: for each concern of the interviewer, the sentence of the user's own text
 * that answers it, or a verdict that it is missing.
 */
import type { ConcernVerdict } from '../checks/types';
import type { Concern, Interviewer } from '../model/types';
import { extractOwnText } from '../text/own-text';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/words';
import { answerCues } from './cues';
import { lexemesOfToken, type Lexeme } from './features';
import { secondOpinion, type ConcernModel } from './model-assess';
import { HEAD_MIN, matcherFor } from './represent';

export type { ConcernModel } from './model-assess';

/**
 * Minimum of relevance × answer-ness. Macro-F1 on the dev set is flat from 0.2 to 0.8; 0.5 sits
 * in the middle of that plateau rather than on its best point, to travel to new notes.
 */
export const THRESHOLD = 0.5;

export interface AssessOptions {
  /**
   * The learned pair model, as a second opinion that decides which verdicts are sure
   * (`secondOpinion`). Without it (while it loads, or if its files are damaged) the word-list
   * verdicts stand as they always have, with no confidence of their own (confidence 1, sure).
   */
  model?: ConcernModel;
  /** Overrides THRESHOLD; for calibration runs. */
  threshold?: number;
  /** Overrides CARRY; for calibration runs. */
  carry?: number;
  /** Overrides OTHER_MARGIN; for calibration runs. */
  otherMargin?: number;
  /** Overrides HEADLESS; for calibration runs. */
  headless?: number;
}

/** A verdict with the score behind it (0 = nothing relevant), for calibration and debugging. */
export type ScoredVerdict = ConcernVerdict & { score: number };

/**
 * Own text already split by the draft analysis, so that coverage does not strip, split and
 * tokenise the draft a second time. `tokens` are `tokenize(text)`, `sentences` are
 * `splitSentences(text)`.
 */
export interface PreparedText {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
}

/** How much of a topic-raising sentence's match carries to the sentences after it. */
const CARRY = 0.85;
/** A sentence that matches a colleague's concern this much better is theirs. */
const OTHER_MARGIN = 0.5;
/**
 * What is left of a sentence's relevance when it does not speak to the note's head: "I led a
 * holiday crew of 25" touches "weekend availability" through "holiday" but says nothing about
 * when the candidate can work.
 */
const HEADLESS = 0.2;
/**
 * A sentence that uses this share of one concern's planned answer is that answer: it counts
 * for another concern only if it also speaks to that concern's head.
 */
const PLANNED_OWNS = 0.5;

export function assessConcerns(
  ownText: string | PreparedText,
  interviewer: Interviewer,
  others: Interviewer[],
  options: AssessOptions = {},
): ScoredVerdict[] {
  if (options.model) {
    const prepared = typeof ownText === 'string' ? prepare(ownText) : ownText;
    const { model, ...rest } = options;
    return secondOpinion(
      model,
      prepared,
      interviewer,
      others,
      assessConcerns(prepared, interviewer, others, rest),
    );
  }
  const threshold = options.threshold ?? THRESHOLD;
  const carry = options.carry ?? CARRY;
  const otherMargin = options.otherMargin ?? OTHER_MARGIN;
  const headless = options.headless ?? HEADLESS;
  const prepared = typeof ownText === 'string' ? prepare(ownText) : ownText;
  const mine = interviewer.concerns;
  if (mine.length === 0) return [];
  const all: Concern[] = mine.slice();
  for (const o of others) for (const c of o.concerns) all.push(c);
  const matcher = matcherFor(all);
  const K = mine.length;
  const { sentences, tokens } = prepared;
  const n = sentences.length;
  // Relevance of each sentence to each own concern (row-major), the best match of any
  // colleague's concern, and how much each sentence reads as an answer.
  // Plain arrays: typed arrays allocated on every check add GC pressure for nothing here.
  const topical: number[] = new Array<number>(n * K).fill(0);
  const otherBest: number[] = new Array<number>(n).fill(0);
  // Answer-ness is read only for sentences some concern finds relevant; most sentences of a
  // long draft are not, and the cues are the costliest per-sentence step.
  const answer: number[] = new Array<number>(n).fill(-1);
  const answerAt = (i: number): number => {
    let a = answer[i] as number;
    if (a < 0) {
      a = answerCues((sentences[i] as Sentence).text).answer;
      answer[i] = a;
    }
    return a;
  };
  const paragraph: number[] = new Array<number>(n).fill(0);
  const list: Lexeme[] = [];
  let t = 0;
  let para = 0;
  let previousEnd = 0;
  for (let i = 0; i < n; i++) {
    const s = sentences[i] as Sentence;
    if (blankLineBetween(prepared.text, previousEnd, s.start)) para++;
    previousEnd = s.end;
    paragraph[i] = para;
    list.length = 0;
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    for (; t < tokens.length && (tokens[t] as Token).end <= s.end; t++) {
      const token = tokens[t] as Token;
      for (const l of lexemesOfToken(prepared.text, token)) list.push(l);
    }
    const { match, answer: planned, head } = matcher.score(list);
    // The concern (own or a colleague's) whose planned answer the sentence follows most.
    let owner = -1;
    let ownerShare = PLANNED_OWNS;
    for (let k = 0; k < match.length; k++) {
      if ((planned[k] as number) >= ownerShare) {
        owner = k;
        ownerShare = planned[k] as number;
      }
    }
    for (let k = 0; k < K; k++) {
      const spoken = (head[k] as number) >= HEAD_MIN;
      let own = Math.max(match[k] as number, (planned[k] as number) * 2);
      // Another concern's planned answer counts here only if it speaks to this note too: its
      // head, and more than one related word's worth when the note has no head to check.
      if (owner >= 0 && owner !== k && (!spoken || (match[k] as number) < 1)) own = 0;
      else if (!spoken && (planned[k] as number) < PLANNED_OWNS) own *= headless;
      topical[i * K + k] = own;
    }
    let top = 0;
    for (let k = K; k < match.length; k++) {
      top = Math.max(top, match[k] as number, (planned[k] as number) * 2);
    }
    otherBest[i] = top;
  }
  return mine.map((concern, k) => {
    let top = -1;
    let topScore = 0;
    // An answer often names its topic in one sentence and gives the substance in the next
    // ("Second, container orchestration. … I've been running a small cluster at home"), so
    // a sentence's relevance carries, fading, to the rest of its paragraph.
    let running = 0;
    for (let i = 0; i < n; i++) {
      if (i === 0 || paragraph[i] !== paragraph[i - 1]) running = 0;
      const own = topical[i * K + k] as number;
      const carried = Math.max(own, running);
      // Thanks and compliments ("thank you for explaining the Epic rollout") raise no topic
      // that the next sentence could be answering.
      // (Answer-ness is only looked up where it can change the outcome: here when this
      // sentence would carry more than what is already running, below when it could beat
      // the best score so far.)
      running = own > running && answerAt(i) > 0.1 ? own * carry : running * carry;
      // A sentence that matches a colleague's concern much better is an answer to them.
      if ((otherBest[i] as number) > own + otherMargin) continue;
      if (carried <= topScore) continue;
      const score = carried * answerAt(i);
      if (score > topScore) {
        topScore = score;
        top = i;
      }
    }
    const unit = sentences[top];
    if (!unit || topScore < threshold) {
      return {
        concernId: concern.id,
        addressed: false,
        evidence: null,
        score: topScore,
        confidence: 1,
        sure: true,
      };
    }
    return {
      concernId: concern.id,
      addressed: true,
      evidence: unit.text,
      span: { start: unit.start, end: unit.end },
      score: topScore,
      confidence: 1,
      sure: true,
    };
  });
}

function prepare(raw: string): PreparedText {
  // A caller may pass a raw draft; stripping is idempotent on own text.
  const text = extractOwnText(raw);
  return { text, sentences: splitSentences(text), tokens: tokenize(text) };
}

/** Whether `text` between `from` and `to` holds an empty line (a paragraph break). */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let newline = false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (newline) return true;
      newline = true;
    } else if (ch !== 32 && ch !== 9 && ch !== 13 && !/\s/.test(text.charAt(i))) {
      newline = false;
    }
  }
  return false;
}
