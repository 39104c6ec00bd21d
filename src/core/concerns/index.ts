/**
 * Concern coverage: for each concern of the interviewer, the sentence of the user's own text
 * that answers it, or a verdict that it is missing.
 */
import type { ConcernVerdict } from '../checks/types';
import type { Interviewer } from '../model/types';
import { splitSentences } from '../text/sentences';
import { extractOwnText } from '../text/own-text';
import { answerCues } from './cues';
import { bagOf } from './features';
import { answerOverlap, concernModel, matchWeight, type ConcernModel } from './represent';

/**
 * Minimum of relevance × answer-ness. Macro-F1 on the dev set is flat from 0.2 to 0.8; 0.5 sits
 * in the middle of that plateau rather than on its best point, to travel to new notes.
 */
export const THRESHOLD = 0.5;

export interface AssessOptions {
  /** Overrides THRESHOLD; for calibration runs. */
  threshold?: number;
}

/** A verdict with the score behind it (0 = nothing relevant), for calibration and debugging. */
export type ScoredVerdict = ConcernVerdict & { score: number };
/** How much of a topic-raising sentence's match carries to the sentences after it. */
const CARRY = 0.85;
/** A sentence that matches a colleague's concern this much better is theirs. */
const OTHER_MARGIN = 0.5;

interface Unit {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  answer: number;
  raisesTopic: boolean;
  bag: ReturnType<typeof bagOf>;
}

export function assessConcerns(
  ownText: string,
  interviewer: Interviewer,
  others: Interviewer[],
  options: AssessOptions = {},
): ScoredVerdict[] {
  const threshold = options.threshold ?? THRESHOLD;
  // The caller passes own text; stripping again is idempotent and guards against a raw draft.
  const text = extractOwnText(ownText);
  const units = unitsOf(text);
  const mine = interviewer.concerns.map(concernModel);
  const theirs = others.flatMap((o) => o.concerns.map(concernModel));
  const otherBest = units.map((u) => best(theirs, u));
  return interviewer.concerns.map((concern, k) => {
    const model = mine[k] as ConcernModel;
    const topical = units.map((u) => relevance(model, u));
    const carried = carry(units, topical);
    let top = -1;
    let topScore = 0;
    units.forEach((u, i) => {
      const own = carried[i] as number;
      if ((otherBest[i] as number) > (topical[i] as number) + OTHER_MARGIN) return;
      const score = own * u.answer;
      if (score > topScore) {
        topScore = score;
        top = i;
      }
    });
    const unit = units[top];
    if (!unit || topScore < threshold) {
      return { concernId: concern.id, addressed: false, evidence: null, score: topScore };
    }
    return {
      concernId: concern.id,
      addressed: true,
      evidence: unit.text,
      span: { start: unit.start, end: unit.end },
      score: topScore,
    };
  });
}

function relevance(model: ConcernModel, unit: Unit): number {
  const m = matchWeight(model, unit.bag);
  const a = answerOverlap(model, unit.bag) * 2;
  return Math.max(m, a);
}

function best(models: ConcernModel[], unit: Unit): number {
  let top = 0;
  for (const m of models) top = Math.max(top, matchWeight(m, unit.bag));
  return top;
}

// An answer often names its topic in one sentence and gives the substance in the next
// ("Second, container orchestration. … I've been running a small cluster at home").
function carry(units: Unit[], topical: number[]): number[] {
  const out = topical.slice();
  let running = 0;
  let paragraph = -1;
  units.forEach((u, i) => {
    if (u.paragraph !== paragraph) {
      paragraph = u.paragraph;
      running = 0;
    }
    out[i] = Math.max(topical[i] as number, running);
    // Thanks and compliments ("thank you for explaining the Epic rollout") raise no topic
    // that the next sentence could be answering.
    const carries = u.answer > 0.1 ? (topical[i] as number) * CARRY : 0;
    running = Math.max(running * CARRY, carries);
  });
  return out;
}

function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const s of splitSentences(text)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, s.start))) paragraph++;
    previousEnd = s.end;
    const cues = answerCues(s.text);
    units.push({ ...s, paragraph, ...cues, bag: bagOf(s.text) });
  }
  return units;
}
