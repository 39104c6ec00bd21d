import type { RuleSetting } from '../model/types';
import type { Rule } from './types';

/**
 * The setting a rule runs with: the user's switch and thresholds over the rule's defaults.
 * Thresholds merge key by key, so a stored setting from an older version that lacks a newer
 * threshold still gets its default.
 */
export function resolveSetting(
  rule: Pick<Rule, 'defaults'>,
  overrides: Record<string, RuleSetting> | undefined,
  id: string,
): RuleSetting {
  const own = overrides?.[id];
  if (!own) return rule.defaults;
  return {
    enabled: own.enabled,
    thresholds: { ...rule.defaults.thresholds, ...own.thresholds },
  };
}

/** A threshold by name, falling back to the default when a stored value is not a number. */
export function threshold(setting: RuleSetting, key: string, fallback: number): number {
  const value = setting.thresholds[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
