import { STOPWORDS } from '../../concerns/lexicon';
import { stem } from '../../concerns/stem';
import type { Interviewer } from '../../model/types';
import { tokenize } from '../../text/words';
import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { clip, firstName } from '../format';
import { threshold } from '../settings';
import type { Rule } from '../types';

// Words too common in any note to show a topic was discussed on their own ("new POS rollout"
// is not mentioned by "new").
const GENERIC = new Set(
  'new plan team work job role day time week year month program process project people company position interview current next first last big small'.split(
    ' ',
  ),
);

// "2nd shift" and "second shift" are the same topic.
const ORDINALS: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third' };

function stemOf(word: string): string {
  return stem(ORDINALS[word] ?? word);
}

interface TopicStems {
  topic: string;
  stems: string[];
  /** Distinct stems a draft must share to count as mentioning it: one, or two of four+. */
  need: number;
}

// Topics change only when the user edits the interview; the panel re-checks on every pause in
// typing, so each interviewer's topic stems are built once.
const topicsOf = new WeakMap<Interviewer, TopicStems[]>();

function topicStems(interviewer: Interviewer): TopicStems[] {
  let topics = topicsOf.get(interviewer);
  if (topics) return topics;
  topics = [];
  for (const topic of interviewer.topics) {
    const stems = [
      ...new Set(
        tokenize(topic)
          .filter((t) => !STOPWORDS.has(t.text) && !GENERIC.has(t.text))
          .map((t) => stemOf(t.text)),
      ),
    ];
    if (stems.length > 0) topics.push({ topic, stems, need: stems.length >= 4 ? 2 : 1 });
  }
  topicsOf.set(interviewer, topics);
  return topics;
}

export const specificRule: Rule = {
  id: 'specific',
  title: 'ruleTitle_specific',
  reason: 'ruleReason_specific',
  defaults: { enabled: true, thresholds: { earlyWords: 35 } },
  check(analysis, setting) {
    const topics = topicStems(analysis.interviewer);
    if (topics.length === 0) return [];
    const index = new Map<string, number[]>();
    topics.forEach((t, i) => {
      for (const s of t.stems) index.set(s, [...(index.get(s) ?? []), i]);
    });
    // For each topic: the distinct stems seen so far and the word where it was first reached.
    const seen = topics.map(() => new Set<string>());
    const firstAt = topics.map(() => -1);
    let best = -1;
    for (let w = 0; w < analysis.tokens.length && best === -1; w++) {
      const token = analysis.tokens[w];
      if (!token || STOPWORDS.has(token.text)) continue;
      const s = stemOf(token.text);
      for (const i of index.get(s) ?? []) {
        const set = seen[i];
        const topic = topics[i];
        if (!set || !topic) continue;
        set.add(s);
        if (firstAt[i] === -1) firstAt[i] = w;
        if (set.size >= topic.need) {
          best = i;
          break;
        }
      }
    }
    const name = firstName(analysis.interviewer);
    const mentioned = topics[best];
    if (!mentioned) {
      const list = topics.map((t) => t.topic).join(', ');
      return [finding(specificRule, 'warning', msg('specificNothing', name, clip(list, 80)))];
    }
    const at = firstAt[best] ?? 0;
    const token = analysis.tokens[at];
    const span = token ? { start: token.start, end: token.end } : undefined;
    const early = threshold(setting, 'earlyWords', 35);
    if (at < early) {
      return [finding(specificRule, 'info', msg('specificEarly', clip(mentioned.topic, 50)), span)];
    }
    return [
      finding(
        specificRule,
        'info',
        msg('specificLate', clip(mentioned.topic, 50), at + 1, early),
        span,
      ),
    ];
  },
  examples: {
    pass: [example('names the holiday staffing plan in the first line', goodDraft)],
    fail: [
      example(
        'nothing from the conversation',
        `Dear Gloria,

Thank you for meeting with me this morning. I enjoyed our conversation and left even more excited about the Store Manager role at Fenwick & Rowe. I am confident my background is a good fit and I would be glad to bring my energy to your team.

I look forward to hearing about the next steps.

Best regards,
Dana Whitfield`,
      ),
    ],
  },
};
