import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { clip, firstName } from '../format';
import { userCall } from '../../model/answered-marks';
import type { Finding, Rule } from '../types';

export const concernsRule: Rule = {
  id: 'concerns',
  title: 'ruleTitle_concerns',
  reason: 'ruleReason_concerns',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const verdicts = new Map(analysis.concerns.map((v) => [v.concernId, v]));
    const out: Finding[] = [];
    for (const concern of analysis.interviewer.concerns) {
      const verdict = verdicts.get(concern.id);
      // The user's own "This answers it" / "Not answered" in the panel wins over the checker.
      const call = userCall(concern, analysis.input.kind);
      if (call === true) {
        out.push(finding(concernsRule, 'info', msg('concernMarked', clip(concern.text, 60))));
        continue;
      }
      if (call === undefined && verdict && !verdict.sure) {
        const message = msg(
          verdict.addressed ? 'concernMayAnswer' : 'concernMayNotAnswer',
          firstName(analysis.interviewer),
          clip(concern.text, 60),
        );
        out.push(finding(concernsRule, 'info', message, verdict.span));
        continue;
      }
      if (call === undefined && verdict?.addressed) {
        const message = verdict.evidence
          ? msg('concernAnswersQuote', clip(concern.text, 60), clip(verdict.evidence))
          : msg('concernAnswers', clip(concern.text, 60));
        out.push(finding(concernsRule, 'info', message, verdict.span));
        continue;
      }
      const who = firstName(analysis.interviewer);
      const message = concern.answer
        ? msg('concernMissingPlan', who, clip(concern.text, 60), clip(concern.answer))
        : msg('concernMissing', who, clip(concern.text, 60));
      out.push(finding(concernsRule, 'warning', message));
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
