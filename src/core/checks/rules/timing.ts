import { thankYouWindow } from '../../timing/thank-you-window';
import { timeLeft } from '../../timing/time-left';
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
  title: 'Timing: within 24 hours, but not within minutes',
  reason:
    'Hiring advice: email within 24 hours of the interview, ideally by the end of that working day while the team is still deciding, but not within minutes of walking out.',
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
          `Wait about ${timeLeft(due.tooSoonUntil, input.now).replace(/ left$/, '')} before sending: a note within minutes of walking out reads like a form letter.`,
        ),
      ];
    }
    const left = timeLeft(due.dueAt, input.now);
    if (now < Date.parse(due.dueAt)) {
      return [finding(timingRule, 'info', `${cap(left)} in the 24-hour window.`)];
    }
    return [
      finding(
        timingRule,
        'warning',
        `Past the 24-hour window (${left}). Send it today anyway: a late note still beats none.`,
      ),
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

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
