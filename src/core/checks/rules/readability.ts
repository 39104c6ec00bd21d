import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { threshold } from '../settings';
import { syllables } from '../syllables';
import type { Rule, Sentence } from '../types';

export const readabilityRule: Rule = {
  id: 'readability',
  title: 'ruleTitle_readability',
  reason: 'ruleReason_readability',
  defaults: { enabled: true, thresholds: { maxGrade: 13, minWords: 30 } },
  check(analysis, setting) {
    const { tokens, sentences } = analysis;
    if (tokens.length < threshold(setting, 'minWords', 30) || sentences.length === 0) return [];
    // One pass: syllables overall, and the sentence with the most words, to point at.
    let total = 0;
    let longest: Sentence | undefined;
    let longestWords = 0;
    let s = 0;
    let inSentence = 0;
    for (const token of tokens) {
      total += syllables(token.text);
      while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) {
        if (inSentence > longestWords) [longest, longestWords] = [sentences[s], inSentence];
        s++;
        inSentence = 0;
      }
      inSentence++;
    }
    if (inSentence > longestWords) [longest, longestWords] = [sentences[s], inSentence];
    const grade =
      0.39 * (tokens.length / sentences.length) + 11.8 * (total / tokens.length) - 15.59;
    const limit = threshold(setting, 'maxGrade', 13);
    if (grade < limit) return [];
    const rounded = Math.round(grade);
    const span = longest ? { start: longest.start, end: longest.end } : undefined;
    return [
      finding(readabilityRule, 'warning', msg('readabilityGrade', rounded, longestWords), span),
    ];
  },
  examples: {
    pass: [example('plain sentences', goodDraft)],
    fail: [
      example(
        'long, abstract sentences',
        `Dear Gloria,

Thank you for the exceptionally informative conversation regarding the organizational transformation initiatives, operational standardization priorities and comprehensive merchandising methodologies that Fenwick & Rowe is contemplating, particularly the holiday staffing plan, which I consider an extraordinarily consequential undertaking requiring considerable interdepartmental coordination, meticulous documentation and sophisticated communication capabilities that I am confident I would contribute immediately.

I look forward to hearing about the next steps.

Best regards,
Dana Whitfield`,
      ),
    ],
  },
};
