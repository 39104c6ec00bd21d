import type { Text } from '../i18n/text';
import type { Finding, Rule, Severity, Span } from './types';

/** Builds a finding that carries its rule's id and reason, so rules only write the message. */
export function finding(
  rule: Pick<Rule, 'id' | 'reason'>,
  severity: Severity,
  message: Text,
  span?: Span,
): Finding {
  return span
    ? { rule: rule.id, severity, message, reason: rule.reason, span }
    : { rule: rule.id, severity, message, reason: rule.reason };
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Most serious first; within a severity, draft-wide findings (no span) lead, then by position.
 * Array.prototype.sort is stable, so equal findings keep rule order.
 */
export function byImportance(a: Finding, b: Finding): number {
  const bySeverity = rank[a.severity] - rank[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const aStart = a.span ? a.span.start : -1;
  const bStart = b.span ? b.span.start : -1;
  return aStart - bStart;
}
