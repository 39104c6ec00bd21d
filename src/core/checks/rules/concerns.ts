import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { clip, firstName } from '../format';
import type { Finding, Rule } from '../types';

export const concernsRule: Rule = {
  id: 'concerns',
  title: 'Concerns: answer every worry the interviewer raised',
  reason:
    'Hiring advice: use the note to address any concern or open question from the interview and restate how you would meet it.',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const verdicts = new Map(analysis.concerns.map((v) => [v.concernId, v]));
    const out: Finding[] = [];
    for (const concern of analysis.interviewer.concerns) {
      const verdict = verdicts.get(concern.id);
      if (verdict?.addressed) {
        const quote = verdict.evidence ? `: “${clip(verdict.evidence)}”` : '';
        const message = `Answers “${clip(concern.text, 60)}”${quote}`;
        out.push(finding(concernsRule, 'info', message, verdict.span));
        continue;
      }
      const plan = concern.answer ? ` Your planned answer: “${clip(concern.answer)}”` : '';
      out.push(
        finding(
          concernsRule,
          'warning',
          `Not answered yet: ${firstName(analysis.interviewer)}'s concern “${clip(concern.text, 60)}”.${plan}`,
        ),
      );
    }
    return out;
  },
  examples: {
    pass: [example('answers team size and weekends', goodDraft)],
    fail: [
      example(
        'talks about the topics, answers neither concern',
        `Dear Gloria,

Thank you for meeting with me this morning and for walking me through the holiday staffing plan. The new POS rollout sounds like a big project and I would love to be part of it.

I look forward to hearing about the next steps.

Best regards,
Dana Whitfield`,
      ),
    ],
  },
};
