/// <reference types="vite/client" />
import { describe, expect, test } from 'vitest';
import { checkDraft } from './index';
import { rules } from './registry';
import type { Rule, RuleExample } from './types';

// Every file in rules/ must be listed in the registry, or its checks silently never run.
const files = import.meta.glob<Record<string, unknown>>('./rules/*.ts', { eager: true });

describe('registry', () => {
  test('every rule file is registered under its file name', () => {
    const ruleFiles = Object.keys(files).filter((path) => !path.endsWith('.test.ts'));
    expect(ruleFiles.length).toBeGreaterThan(0);
    for (const path of ruleFiles) {
      const id = path.replace(/^.*\//, '').replace(/\.ts$/, '');
      const exported = Object.values(files[path] ?? {}) as Rule[];
      const rule = exported.find((value) => value && typeof value === 'object' && 'check' in value);
      expect(rule, `${path} exports a Rule`).toBeDefined();
      expect(rule?.id, `${path} exports the rule "${id}"`).toBe(id);
      expect(rules, `${id} is in registry.ts`).toContain(rule);
    }
    expect(rules).toHaveLength(ruleFiles.length);
  });

  test('ids are unique', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(rules.map((rule) => [rule.id, rule] as const))('%s is documented', (_id, rule) => {
    expect(rule.title.length).toBeGreaterThan(0);
    expect(rule.reason.length).toBeGreaterThan(0);
    expect(rule.defaults.enabled).toBe(true);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(1);
    expect(rule.examples.fail.length).toBeGreaterThanOrEqual(1);
  });
});

type Row = [string, 'pass' | 'fail', string, Rule, RuleExample];
const rows: Row[] = rules.flatMap((rule) =>
  (['pass', 'fail'] as const).flatMap((kind) =>
    rule.examples[kind].map((ex): Row => [rule.id, kind, ex.name, rule, ex]),
  ),
);

const serious = (rule: Rule, example: RuleExample) =>
  checkDraft(example.input).findings.filter((f) => f.rule === rule.id && f.severity !== 'info');

describe('rule examples', () => {
  test.each(rows)('%s %s: %s', (_id, kind, _name, rule, example) => {
    const found = serious(rule, example);
    if (kind === 'pass') expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
  });
});

describe('switching a rule off', () => {
  test.each(rows.filter((row) => row[1] === 'fail'))('%s off: %s', (id, _k, _n, _rule, example) => {
    const input = {
      ...example.input,
      rules: { [id]: { enabled: false, thresholds: {} } },
    };
    expect(checkDraft(input).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});
