import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { firstName } from '../format';
import type { Rule } from '../types';

const body = goodDraft.slice(goodDraft.indexOf('\n'));

/** The part of the saved name the greeting was aiming at: "Marsch" means "Marsh", not "Helen". */
function savedPartFor(found: string, fullName: string): string {
  const target = found.toLowerCase();
  let best = fullName;
  let bestShared = 0;
  for (const part of fullName.split(/\s+/)) {
    const lower = part.toLowerCase();
    let shared = 0;
    while (shared < lower.length && lower[shared] === target[shared]) shared++;
    if (shared > bestShared) [best, bestShared] = [part, shared];
  }
  return best;
}

export const greetingRule: Rule = {
  id: 'greeting',
  title: 'ruleTitle_greeting',
  reason: 'ruleReason_greeting',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const { interviewer, greetingFound: found, greetingSpan: span } = analysis;
    const name = firstName(interviewer);
    switch (analysis.greeting) {
      case 'correct':
        return [];
      case 'misspelled': {
        const saved = found ? savedPartFor(found, interviewer.name) : interviewer.name;
        const message = found
          ? msg('greetingMisspelledFound', found, saved)
          : msg('greetingMisspelled', saved);
        return [finding(greetingRule, 'error', message, span)];
      }
      case 'wrong-person': {
        const message = found
          ? msg('greetingWrongPersonFound', found, interviewer.name)
          : msg('greetingWrongPerson', interviewer.name);
        return [finding(greetingRule, 'error', message, span)];
      }
      case 'missing':
        return [finding(greetingRule, 'warning', msg('greetingMissing', name), span)];
    }
  },
  examples: {
    pass: [
      example('Dear Gloria', goodDraft),
      example('Dear Ms. Benavides', `Dear Ms. Benavides,${body}`),
    ],
    fail: [
      example('misspelled first name', `Dear Glora,${body}`),
      example('greets the colleague', `Dear Marcus,${body}`),
      example('no name in the greeting', `Hi team,${body}`),
    ],
  },
};
