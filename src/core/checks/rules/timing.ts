import { thankYouWindow } from '../../timing/thank-you-window';
import { duration, timeLeft } from '../../timing/time-left';
import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import type { Interview } from '../../model/types';
import type { Rule } from '../types';

// The window depends only on the interview; working out its time zone is the slow part, and
// the panel re-checks on every pause in typing.
const windowsOf = new WeakMap<Interview, ReturnType<typeof thankYouWindow>>();

function windowOf(interview: Interview): ReturnType<typeof thankYouWindow> {
  let due = windowsOf.get(interview);
  if (!due) {
    due = thankYouWindow(interview);
    windowsOf.set(interview, due);
  }
  return due;
}

export const timingRule: Rule = {
  id: 'timing',
  title: 'ruleTitle_timing',
  reason: 'ruleReason_timing',
  defaults: { enabled: true, thresholds: {} },
  check(analysis) {
    const { input, interviewer } = analysis;
    // Only the thank-you email has the 24-hour window; once it is sent there is nothing to time.
    if (input.kind !== 'thank-you' || interviewer.thankedAt) return [];
    const now = Date.parse(input.now);
    if (Number.isNaN(now) || now < Date.parse(input.interview.when)) return [];
    const due = windowOf(input.interview);
    if (now < Date.parse(due.tooSoonUntil)) {
      return [
        finding(
          timingRule,
          'info',
          msg('timingTooSoon', duration(Date.parse(due.tooSoonUntil) - now)),
        ),
      ];
    }
    if (now < Date.parse(due.dueAt)) {
      const left = duration(Date.parse(due.dueAt) - now);
      return [finding(timingRule, 'info', msg('timingInWindow', left))];
    }
    return [
      finding(timingRule, 'warning', msg('timingPast', timeLeft(due.dueAt, input.now) ?? '')),
    ];
  },
  examples: {
    pass: [
      example('five hours after the interview', goodDraft),
      example('a follow-up a week later', goodDraft, {
        kind: 'follow-up',
        now: '2026-04-20T09:00:00-04:00',
      }),
    ],
    fail: [
      example('two days after the interview', goodDraft, { now: '2026-04-09T10:00:00-04:00' }),
    ],
  },
};
