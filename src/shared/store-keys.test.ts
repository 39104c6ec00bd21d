import { describe, expect, test } from 'vitest';
import { sampleInterview, sampleTemplate } from '../core/model/fixtures.test-helpers';
import { defaultSettings } from '../core/model/defaults';
import {
  STORAGE_KEYS,
  corruptKey,
  isCorruptKey,
  keyMatches,
  keyOf,
  recordKindOf,
} from './store-keys';

describe('storage keys', () => {
  const declared = Object.entries(STORAGE_KEYS).map(([kind, spec]) => ({
    kind,
    text: 'prefix' in spec ? spec.prefix : spec.exact,
  }));

  test('no key or prefix is a prefix of another', () => {
    for (const a of declared) {
      for (const b of declared) {
        if (a.kind !== b.kind)
          expect(b.text.startsWith(a.text), `${a.kind} vs ${b.kind}`).toBe(false);
      }
    }
  });

  test('each declared text is unique and prefixes end with a colon', () => {
    expect(new Set(declared.map((d) => d.text)).size).toBe(declared.length);
    for (const spec of Object.values(STORAGE_KEYS)) {
      if ('prefix' in spec) expect(spec.prefix.endsWith(':')).toBe(true);
    }
  });

  test('records map to their key and back', () => {
    const interview = sampleInterview();
    const template = sampleTemplate();
    const settings = defaultSettings();
    expect(keyOf(interview)).toBe('interview:iv-1');
    expect(keyOf(template)).toBe('template:t-1');
    expect(keyOf(settings)).toBe('settings');
    expect(recordKindOf('interview:iv-1')).toBe('interview');
    expect(recordKindOf('template:t-1')).toBe('template');
    expect(recordKindOf('settings')).toBe('settings');
    expect(keyMatches('interview:iv-2', interview)).toBe(false);
  });

  test('keys that hold no record', () => {
    const aside = corruptKey('interview:iv-1', '2026-04-07T10:00:00.000Z');
    expect(aside).toBe('corrupt:interview:iv-1:2026-04-07T10:00:00.000Z');
    expect(isCorruptKey(aside)).toBe(true);
    expect(recordKindOf(aside)).toBeNull();
    expect(recordKindOf('meta')).toBeNull();
    expect(recordKindOf('interview:')).toBeNull();
    expect(recordKindOf('something-else')).toBeNull();
  });
});
