import { english } from '../core/i18n/english.test-helpers';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../core/model/defaults';
import { sampleInterview, sampleTemplate } from '../core/model/fixtures.test-helpers';
import { cardDraft, cardLength, envelopeLines } from './card-text';

const interview = sampleInterview();
const gloria = interview.interviewers[0]!;
const settings = { ...defaultSettings(), userName: 'Dana Whitfield' };
const NOW = '2026-04-07T20:00:00Z';

describe('the handwritten card', () => {
  test('fills the shipped card template for the interviewer', () => {
    const draft = cardDraft(interview, gloria, [], settings);
    expect(draft.text).toMatch(/^Dear Gloria,/);
    expect(draft.text).toContain('holiday staffing plan');
    expect(draft.text).toContain('Store Manager position');
    expect(draft.text).toMatch(/Dana Whitfield$/);
    expect(draft.text).not.toContain('{{');
  });

  test('uses the user’s own card template when there is one', () => {
    const own = sampleTemplate({ type: 'card', body: 'Hi {{firstName}} from {{myName}}' });
    expect(cardDraft(interview, gloria, [own], settings).text).toBe(
      'Hi Gloria from Dana Whitfield',
    );
    expect(
      cardDraft(interview, gloria, [sampleTemplate({ type: 'email' })], settings).text,
    ).toMatch(/^Dear Gloria,/);
  });

  test('measures the length in the card band (about 120 words)', () => {
    const draft = cardDraft(interview, gloria, [], settings);
    const fits = cardLength(interview, gloria.id, draft.text, settings, NOW);
    expect(fits.words).toBeGreaterThan(50);
    expect(fits.words).toBeLessThanOrEqual(120);
    const long = cardLength(
      interview,
      gloria.id,
      `${draft.text} ${'word '.repeat(100)}`,
      settings,
      NOW,
    );
    expect(long.severity).toBe('warning');
    expect(english(long.message!)).toMatch(/works best for a card/);
  });

  test('the length verdict follows the user’s switch', () => {
    const off = { ...settings, rules: { length: { enabled: false, thresholds: {} } } };
    expect(cardLength(interview, gloria.id, 'Dear Gloria, thanks.', off, NOW)).toEqual({
      words: 3,
      message: null,
      severity: 'info',
    });
  });

  test('the envelope names the person; the address is left to write by hand', () => {
    expect(envelopeLines(interview, gloria)).toEqual([
      'Gloria Benavides',
      'District Manager, Fenwick & Rowe',
    ]);
  });
});
