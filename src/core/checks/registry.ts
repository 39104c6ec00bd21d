import { concernsRule } from './rules/concerns';
import { greetingRule } from './rules/greeting';
import { leftoversRule } from './rules/leftovers';
import { lengthRule } from './rules/length';
import { readabilityRule } from './rules/readability';
import { recipientRule } from './rules/recipient';
import { samenessRule } from './rules/sameness';
import { specificRule } from './rules/specific';
import { structureRule } from './rules/structure';
import { timingRule } from './rules/timing';
import { toneRule } from './rules/tone';
import type { Rule } from './types';

/**
 * Every check, in the order the options page lists them. A rule file that is not listed here
 * fails `registry.test.ts`.
 */
export const rules: Rule[] = [
  greetingRule,
  recipientRule,
  concernsRule,
  leftoversRule,
  lengthRule,
  specificRule,
  structureRule,
  samenessRule,
  toneRule,
  readabilityRule,
  timingRule,
];
