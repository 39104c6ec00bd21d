import { assessConcerns, type ConcernModel } from '../concerns/index';
import { greetingVerdict } from '../greeting/index';
import type { Interviewer } from '../model/types';
import { extractOwnText } from '../text/own-text';
import { splitSentences } from '../text/sentences';
import { readingSeconds, tokenize } from '../text/words';
import type { DraftAnalysis, DraftInput } from './types';

// The panel re-checks on every keystroke with the same interview object, so the list of
// colleagues is worked out once per interviewer rather than on each run.
const colleaguesOf = new WeakMap<Interviewer, Interviewer[]>();

function colleagues(all: Interviewer[], interviewer: Interviewer): Interviewer[] {
  let others = colleaguesOf.get(interviewer);
  if (!others) {
    others = all.filter((person) => person !== interviewer);
    colleaguesOf.set(interviewer, others);
  }
  return others;
}

/**
 * The one pass over a draft that every rule shares: own text, words, sentences, concern and
 * greeting verdicts. Rules read this instead of re-tokenising, which keeps a full check of a
 * 2,000-word draft within a few milliseconds.
 */
export interface AnalyseOptions {
  /** The learned concern model, once loaded; the word-list check answers until then. */
  concernModel?: ConcernModel | null;
}

export function analyseDraft(input: DraftInput, options: AnalyseOptions = {}): DraftAnalysis {
  const interviewer = input.interview.interviewers.find((p) => p.id === input.interviewerId);
  if (!interviewer) {
    throw new Error(`This interview has no interviewer with id "${input.interviewerId}".`);
  }
  const others = colleagues(input.interview.interviewers, interviewer);
  const ownText = extractOwnText(input.text);
  const tokens = tokenize(ownText);
  const sentences = splitSentences(ownText);
  const greeting = greetingVerdict(ownText, interviewer, others);
  const analysis: DraftAnalysis = {
    input,
    interviewer,
    others,
    ownText,
    words: tokens.length,
    readingSeconds: readingSeconds(tokens.length),
    concerns: assessConcerns(
      { text: ownText, sentences, tokens },
      interviewer,
      others,
      options.concernModel ? { model: options.concernModel } : {},
    ),
    greeting: greeting.verdict,
    sentences,
    tokens,
  };
  if (greeting.span) analysis.greetingSpan = greeting.span;
  if (greeting.found !== undefined) analysis.greetingFound = greeting.found;
  return analysis;
}
