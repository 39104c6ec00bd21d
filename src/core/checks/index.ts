import { analyseDraft, type AnalyseOptions } from './analysis';
import { byImportance } from './finding';
import { rules } from './registry';
import { resolveSetting } from './settings';
import type { DraftInput, DraftReport, Finding, RuleInfo } from './types';

export type * from './types';
export type { AnalyseOptions } from './analysis';
export { rules } from './registry';

/**
 * Runs every enabled rule on a draft: the same checks for the panel (live, on each edit) and
 * for `npm run check`. Findings come most serious first, then in the order of the text.
 *
 * @example
 *   const report = checkDraft({ interview, interviewerId: gloria.id, text, kind: 'thank-you',
 *     now: new Date().toISOString() });
 *   report.findings[0]; // { rule: 'greeting', severity: 'error', message: "Greeting says …" }
 */
export function checkDraft(input: DraftInput, options: AnalyseOptions = {}): DraftReport {
  const analysis = analyseDraft(input, options);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = resolveSetting(rule, input.rules, rule.id);
    if (!setting.enabled) continue;
    for (const found of rule.check(analysis, setting)) findings.push(found);
  }
  findings.sort(byImportance);
  return {
    ownText: analysis.ownText,
    words: analysis.words,
    readingSeconds: analysis.readingSeconds,
    concerns: analysis.concerns,
    greeting: analysis.greeting,
    findings,
  };
}

/**
 * Every rule with its defaults, for the options page's switches and thresholds.
 *
 * @example
 *   ruleCatalog().find((r) => r.id === 'length')?.defaults.thresholds.longAbove; // 200
 */
export function ruleCatalog(): RuleInfo[] {
  return rules.map(({ id, title, reason, defaults }) => ({
    id,
    title,
    reason,
    defaults: { enabled: defaults.enabled, thresholds: { ...defaults.thresholds } },
  }));
}
