import { describe, expect, test } from 'vitest';
import { english } from '../i18n/english.test-helpers';
import type { RuleSetting } from '../model/types';
import { exampleInput, goodDraft, padTo } from './examples';
import { checkDraft, ruleCatalog } from './index';
import { resolveSetting } from './settings';
import type { DraftInput, Severity } from './types';

const withRule = (input: DraftInput, id: string, thresholds: Record<string, number>) => ({
  ...input,
  rules: { [id]: { enabled: true, thresholds } },
});

const messages = (input: DraftInput, id: string, severity?: Severity) =>
  checkDraft(input)
    .findings.filter((f) => f.rule === id && (!severity || f.severity === severity))
    .map((f) => english(f.message));

describe('checkDraft', () => {
  test('reports own words and reading time, without quote or signature', () => {
    const text = `${goodDraft}\n\n-- \nDana Whitfield\n(555) 010-2000\n\nOn Tue, Apr 7, 2026 Gloria <g@x.example> wrote:\n> [Company] TODO`;
    const report = checkDraft(exampleInput(text));
    expect(report.words).toBe(checkDraft(exampleInput(goodDraft)).words);
    expect(report.readingSeconds).toBe(Math.round((report.words / 238) * 60));
    expect(report.ownText).not.toContain('TODO');
    expect(report.findings.filter((f) => f.rule === 'leftovers')).toEqual([]);
  });

  test('the length info reads "N words, about S s to read"', () => {
    const report = checkDraft(exampleInput(goodDraft));
    expect(messages(exampleInput(goodDraft), 'length')).toEqual([
      `${report.words} words, about ${report.readingSeconds} s to read`,
    ]);
  });

  test('findings are sorted by severity, then by position', () => {
    const text = goodDraft
      .replace('Gloria', 'Glora')
      .replace('25', 'XX')
      .replace('Last December', 'As Marcus said, last December');
    const findings = checkDraft(exampleInput(text, { to: [] })).findings;
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1]!, findings[i]!];
      expect(rank[a.severity]).toBeLessThanOrEqual(rank[b.severity]);
      if (a.severity === b.severity && a.span && b.span) {
        expect(a.span.start).toBeLessThanOrEqual(b.span.start);
      }
    }
    expect(findings[0]?.severity).toBe('error');
  });

  test('spans point into the own text', () => {
    const input = exampleInput(goodDraft.replace('25', 'XX'));
    const report = checkDraft(input);
    const placeholder = report.findings.find((f) => f.rule === 'leftovers');
    expect(
      placeholder?.span && report.ownText.slice(placeholder.span.start, placeholder.span.end),
    ).toBe('XX');
  });

  test('an unknown interviewer id is a clear error', () => {
    expect(() => checkDraft(exampleInput(goodDraft, { interviewerId: 'nobody' }))).toThrow(
      /no interviewer/,
    );
  });

  test('every finding carries its rule reason', () => {
    const catalog = new Map(ruleCatalog().map((r) => [r.id, r.reason]));
    for (const f of checkDraft(exampleInput(padTo(400), { to: [] })).findings) {
      expect(f.reason).toBe(catalog.get(f.rule));
    }
  });
});

describe('ruleCatalog', () => {
  test('lists every rule with a copy of its defaults', () => {
    const catalog = ruleCatalog();
    expect(catalog.map((r) => r.id)).toContain('length');
    const length = catalog.find((r) => r.id === 'length')!;
    expect(length.defaults.thresholds).toMatchObject({ thinBelow: 50, longAbove: 200 });
    length.defaults.thresholds.longAbove = 1;
    expect(ruleCatalog().find((r) => r.id === 'length')!.defaults.thresholds.longAbove).toBe(200);
  });
});

describe('settings', () => {
  test('stored thresholds merge over defaults key by key', () => {
    const rule = { defaults: { enabled: true, thresholds: { a: 1, b: 2 } } };
    const stored: Record<string, RuleSetting> = { x: { enabled: false, thresholds: { b: 5 } } };
    expect(resolveSetting(rule, stored, 'x')).toEqual({
      enabled: false,
      thresholds: { a: 1, b: 5 },
    });
    expect(resolveSetting(rule, stored, 'y')).toBe(rule.defaults);
  });
});

describe('thresholds are settings', () => {
  test('length: a higher "too long" limit', () => {
    const input = exampleInput(padTo(260));
    expect(messages(input, 'length', 'warning')).toHaveLength(1);
    expect(messages(withRule(input, 'length', { longAbove: 280 }), 'length', 'warning')).toEqual(
      [],
    );
  });

  test('length: bands per kind', () => {
    const input = exampleInput(padTo(180), { kind: 'follow-up' });
    expect(messages(input, 'length', 'warning')).toHaveLength(1);
    const relaxed = withRule(input, 'length', { 'followUp.longAbove': 250 });
    expect(messages(relaxed, 'length', 'warning')).toEqual([]);
  });

  test('tone: more exclamation marks allowed', () => {
    const input = exampleInput(goodDraft.replace('Rowe.', 'Rowe!').replace('steps.', 'steps!'));
    expect(messages(input, 'tone')).toHaveLength(1);
    expect(messages(withRule(input, 'tone', { maxExclamations: 2 }), 'tone')).toEqual([]);
  });

  test('readability: a higher grade limit', () => {
    const input = exampleInput(goodDraft);
    expect(messages(withRule(input, 'readability', { maxGrade: 1 }), 'readability')).toHaveLength(
      1,
    );
  });

  test('sameness: a stricter share', () => {
    const sibling = goodDraft
      .replace('Dear Gloria', 'Dear Marcus')
      .replace(
        'About weekends: I am available every Saturday and Sunday, so you can count on me for weekend shifts.',
        'You asked about shrink: I cut it in half at my last store by auditing returns every week.',
      );
    const input = exampleInput(goodDraft, {
      siblingNotes: [{ interviewerId: 'marcus', text: sibling }],
    });
    expect(messages(input, 'sameness')).toHaveLength(1);
    expect(messages(withRule(input, 'sameness', { maxShared: 0.95 }), 'sameness')).toEqual([]);
  });

  test('specific: the "early" window', () => {
    const input = exampleInput(goodDraft);
    expect(messages(input, 'specific')[0]).toMatch(/early on/);
    expect(messages(withRule(input, 'specific', { earlyWords: 5 }), 'specific')[0]).toMatch(
      /first comes up at word/,
    );
  });

  test('structure: how far from the end the close may be', () => {
    const text = goodDraft.replace(
      'I look forward to hearing about the next steps.',
      'I look forward to hearing about the next steps. The store looked great. The team was kind. The coffee was good.',
    );
    expect(messages(exampleInput(text), 'structure')).toHaveLength(1);
    expect(
      messages(withRule(exampleInput(text), 'structure', { closeSentences: 5 }), 'structure'),
    ).toEqual([]);
  });
});

describe('rule details', () => {
  test('timing: "wait a little" in the first 10 minutes, nothing for follow-ups', () => {
    const soon = exampleInput(goodDraft, { now: '2026-04-07T10:04:00-04:00' });
    expect(messages(soon, 'timing')[0]).toMatch(/^Wait about 6 min/);
    expect(messages({ ...soon, kind: 'follow-up' }, 'timing')).toEqual([]);
  });

  test('leftovers: a greeting to the colleague is the greeting rule’s finding only', () => {
    const input = exampleInput(goodDraft.replace('Dear Gloria', 'Dear Marcus'));
    expect(messages(input, 'leftovers')).toEqual([]);
    expect(messages(input, 'greeting', 'error')).toHaveLength(1);
  });

  test('leftovers: the same company saved for another role is fine', () => {
    const input = exampleInput(goodDraft, { otherCompanies: ['Fenwick & Rowe', 'fenwick'] });
    expect(messages(input, 'leftovers')).toEqual([]);
  });

  test('recipient: nothing when the host could not read To', () => {
    expect(messages(exampleInput(goodDraft), 'recipient')).toEqual([]);
  });

  test('concerns: a missing concern names it and the planned answer', () => {
    const [first] = messages(
      exampleInput('Dear Gloria,\n\nThank you.\n\nDana'),
      'concerns',
      'warning',
    );
    expect(first).toMatch(/only managed 6 people/);
    expect(first).toMatch(/planned answer/);
  });
});
