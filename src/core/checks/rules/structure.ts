import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { threshold } from '../settings';
import type { DraftAnalysis, Finding, Rule } from '../types';

const THANKS =
  /\b(?:thank|thanks|thankful|grateful|gratitude|appreciate[ds]?|appreciation|appreciating)\b/i;

// Interest in the job itself, not just enjoying the chat: "excited about the role", "I'd love
// to join", "I want to learn this trade", "I would be proud to serve".
const INTEREST =
  /\b(?:excit(?:ed|ing)|interest(?:ed|s me)?|eager|enthusias(?:m|tic)|keen|passionate|thrilled|motivated|fired up|hungry to|proud to|honou?red to|appeals to me|can['’]t wait|jump at|(?:would|['’]d) (?:love|welcome|like|enjoy)|love to|(?:want|hope) to (?:be|join|work|help|bring|learn|contribute|grow|build|serve|start)|(?:chance|opportunity|possibility) (?:to|of) (?:join|contribut|work|help|bring|be|serv|grow)\w*|(?:good|great|strong|right) fit|confident (?:that )?i|mean a (?:great deal|lot)|look(?:ing)? forward to (?:joining|working|contributing|helping|being|the chance|the opportunity|the possibility))/i;

// A close that looks ahead: the next step, an offer to send something, a hope to work
// together, or a plain statement of what the writer would do in the job.
const CLOSE =
  /\b(?:look(?:ing)? forward|hope|hoping|hear (?:back|from you)|next steps?|talk (?:soon|again)|speak (?:soon|again)|let me know|reach out|don['’]t hesitate|happy to|glad to|any (?:other|further|more) questions|in touch|feel free|until then|see you|decision|(?:i|we)(?:['’]d|['’]ll| would| will| can| could)|would (?:love|welcome|be))\b/i;

function lastSentences(analysis: DraftAnalysis, count: number): string {
  // The sign-off and name are short lines; skip them so "the last sentences" are prose.
  // From the end, so a long draft is not re-split sentence by sentence for its last lines.
  const prose: string[] = [];
  for (let i = analysis.sentences.length - 1; i >= 0 && prose.length < count; i--) {
    const text = analysis.sentences[i]?.text ?? '';
    if (text.split(/\s+/).length > 3) prose.unshift(text);
  }
  return prose.join(' ');
}

export const structureRule: Rule = {
  id: 'structure',
  title: 'ruleTitle_structure',
  reason: 'ruleReason_structure',
  defaults: { enabled: true, thresholds: { closeSentences: 3 } },
  check(analysis, setting) {
    const text = analysis.ownText;
    const out: Finding[] = [];
    if (!THANKS.test(text)) {
      out.push(finding(structureRule, 'warning', msg('structureNoThanks')));
    }
    if (!INTEREST.test(text)) {
      const role = analysis.input.interview.role;
      out.push(finding(structureRule, 'warning', msg('structureNoInterest', role)));
    }
    const count = Math.max(1, Math.round(threshold(setting, 'closeSentences', 3)));
    if (!CLOSE.test(lastSentences(analysis, count))) {
      out.push(finding(structureRule, 'warning', msg('structureNoClose')));
    }
    return out;
  },
  examples: {
    pass: [example('thanks, interest and a close', goodDraft)],
    fail: [
      example(
        'no thanks',
        goodDraft.replace('Thank you for meeting with me', 'It was good to meet you'),
      ),
      example(
        'no interest',
        goodDraft.replace('left even more excited about', 'learned a lot about'),
      ),
      example(
        'no close',
        goodDraft.replace(
          'I would be glad to help with the new POS rollout as well. I look forward to hearing about the next steps.',
          'The new POS rollout sounds like a big project for the whole district.',
        ),
      ),
    ],
  },
};
