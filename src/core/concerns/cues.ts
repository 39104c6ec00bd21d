/**
 * How much a sentence reads as an answer rather than a mere mention. An answer speaks in the
 * first person about what the candidate did, has, can or will do, often with numbers; a mere
 * mention thanks, compliments or recalls the interviewer's side ("thank you for explaining the
 * on-call rotation", "your Procore setup looked great", "I know you asked about weekends").
 */

const FIRST_PERSON =
  /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|im|ive|my|me|we|we've|we’ve|we're|our|us|mine)\b/i;
// Digits and number words are two patterns: "\d|\b(?:one|…)\b" as one would be tried at
// every character of every sentence.
const DIGIT = /\d/;
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half)\b/i;
// Commitments, capabilities and evidence of doing.
const ANSWER_VERB =
  /\b(?:yes|can|could|will|would|'ll|’ll|'d|’d|am|have|had|has|hold|did|do|led|ran|run|built|build|managed|handled|owned|own|oversaw|trained|practi[cs]ed|practi[cs]ing|enrolled|registered|submitted|passed|finished|completed|booked|scheduled|signed|planned|plan|expect|intend|committed|comfortable|fine|happy|ready|glad|prepared|confident|used|worked|covered|carried|moved|ported|rebuilt|reworked|set|kept|learned|studied|started|spent|gave|told|talked|took|made|wrote|presented|sit|served|assisted|confirm|cover|prefer|love|enjoy|applied|renewed|earned|found|bought|sold|rented|toured|arranged|secured|got|settled)\b/i;
// Openers of sentences that recall or praise the interviewer's side instead of answering.
const MERE_MENTION = [
  /^\s*(?:(?:and|also|again|oh),?\s+)?(?:thanks?|thank you|many thanks|appreciate|i appreciated|i really appreciated|i also appreciated)\b/i,
  /\b(?:enjoyed|loved|liked|appreciated) (?:hearing|learning|seeing|the walkthrough|the tour|the chance|the discussion|the conversation)\b/i,
  /\b(?:great|nice|good|fun|helpful|interesting) (?:to see|to hear|to learn|seeing|hearing)\b/i,
  /\bsounds? like\b/i,
  /\bcongratulations\b|\bgood luck\b|\bbest of luck\b/i,
  /\b(?:curious|eager|love) to (?:hear|learn) (?:more )?about\b/i,
  /\bplease (?:thank|tell|pass|give|extend|say)\b/i,
  // Closings: "I look forward to hearing from you", "I'm excited about the role".
  /\blook(?:ing)? forward to\b|\bhope to hear\b|\bhearing (?:back )?from you\b|^\s*(?:i'm|i am) (?:really |very |so )?excited about\b/i,
  /\b(?:was|were|looked|looks|is|sounds?|seems?) (?:really |so |very |truly )?(?:eye-opening|impressive|beautiful|stunning|great|well organized|a highlight|amazing|inspiring)\b/i,
  /^\s*(?:your|the) [\w\s-]{0,40}\b(?:looked|was|is|were)\b/i,
  /\bshowing me\b|\bwalking me (?:through|around)\b|\bwalk(?:through| through) of\b/i,
];
// A sentence that only raises the topic ("I know you asked about weekends", "You asked how I
// would handle…"); the answer, if any, follows it.
const RAISES_TOPIC =
  /^\s*(?:(?:and |also,? )?(?:i know|i realize|i understand|i hear you|you asked|you mentioned|you raised|you were|i've been (?:thinking|reflecting|turning)|i wanted to (?:follow up|add|address|come back)|i'd like to (?:add|expand|clarify|address)|on |about |regarding |as for |re: |first,|second,|third,|finally,))/i;
// Concessions without a remedy ("Articulate is the one area where I'm behind").
const CONCESSION_ONLY = /\b(?:i'm|i am) (?:behind|weak|not (?:there|strong))\b|\bno idea\b/i;

// "I know you asked about weekend availability." and nothing more.
const MENTION_ONLY =
  /^\s*(?:i know|i realize|i remember|i understand|i recall|i noted|i heard)?\s*(?:that )?you (?:asked|mentioned|raised|were (?:concerned|worried)|wondered)\b[^,;:]*[.!?]?\s*$/i;

export interface AnswerCues {
  /** 0..1; how much the sentence reads as an answer. */
  answer: number;
  /** The sentence introduces a topic that the next sentences may answer. */
  raisesTopic: boolean;
}

export function answerCues(sentence: string): AnswerCues {
  const raisesTopic = RAISES_TOPIC.test(sentence);
  if (MERE_MENTION.some((re) => re.test(sentence))) {
    return { answer: 0.05, raisesTopic };
  }
  let score = 0.25;
  if (FIRST_PERSON.test(sentence)) score += 0.3;
  if (ANSWER_VERB.test(sentence)) score += 0.25;
  const number = DIGIT.test(sentence) || NUMBER_WORD.test(sentence);
  if (number) score += 0.2;
  if (CONCESSION_ONLY.test(sentence) || MENTION_ONLY.test(sentence)) score *= 0.3;
  else if (raisesTopic && sentence.length < 90 && !number) score *= 0.6;
  return { answer: Math.min(1, score), raisesTopic };
}

const PLAN =
  /\b(?:will|i'll|i’ll|plan|planning|going to|next (?:week|month)|enrolled|registered|scheduled|booked|signed up|starting|start|by (?:january|february|march|april|may|june|july|august|september|october|november|december|the end|spring|summer|fall|autumn|winter))\b/i;
const NEGATION =
  /\b(?:not|no|never|haven't|haven’t|hasn't|didn't|don't|can't|cannot|isn't|wasn't|yet)\b|n['’]t\b/i;
const YOU = /\b(?:you|your|yours)\b/i;

/** How many sentence facts `sentenceFacts` returns. */
export const SENTENCE_FACTS = 13;

/**
 * What the rules know about a sentence, as numbers for the concern model: who speaks, whether
 * it commits, plans, counts, asks, praises or only raises a topic. Order is part of the model
 * file's contract: append, never reorder.
 */
export function sentenceFacts(sentence: string, words: number): number[] {
  const mere = MERE_MENTION.some((re) => re.test(sentence));
  return [
    FIRST_PERSON.test(sentence) ? 1 : 0,
    ANSWER_VERB.test(sentence) ? 1 : 0,
    DIGIT.test(sentence) || NUMBER_WORD.test(sentence) ? 1 : 0,
    mere ? 1 : 0,
    RAISES_TOPIC.test(sentence) ? 1 : 0,
    MENTION_ONLY.test(sentence) ? 1 : 0,
    CONCESSION_ONLY.test(sentence) ? 1 : 0,
    sentence.includes('?') ? 1 : 0,
    PLAN.test(sentence) ? 1 : 0,
    NEGATION.test(sentence) ? 1 : 0,
    YOU.test(sentence) ? 1 : 0,
    Math.min(words, 40) / 40,
    answerCues(sentence).answer,
  ];
}
