import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { clip, firstName } from '../format';
import { userCall } from '../../model/answered-marks';
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
      // The user's own "This answers it" / "Not answered" in the panel wins over the checker.
      const call = userCall(concern, analysis.input.kind);
      if (call === true) {
        const message = `Answers “${clip(concern.text, 60)}” (you marked it answered)`;
        out.push(finding(concernsRule, 'info', message));
        continue;
      }
      if (call === undefined && verdict && !verdict.sure) {
        const best = verdict.addressed ? 'may answer' : 'may not answer';
        const message = `Not sure: your note ${best} ${firstName(analysis.interviewer)}'s concern “${clip(concern.text, 60)}”. Read it over and mark it in the panel.`;
        out.push(finding(concernsRule, 'info', message, verdict.span));
        continue;
      }
      if (call === undefined && verdict?.addressed) {
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
