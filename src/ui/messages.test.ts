/**
 * `_locales/en/messages.json` as the browsers read it: sorted for review, every message
 * non-empty with only positional `$1`…`$9` substitutions (Chrome would need a `placeholders`
 * entry for a named `$x$`), and every key the popup, options, card page and background ask
 * for present (a missing key shows the key itself to the user).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

const entries = messages as Record<string, { message: string }>;
const DIRS = [
  'src/popup',
  'src/options',
  'src/card',
  'src/background',
  'src/ui',
  'src/welcome',
  'src/panel',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('messages.json', () => {
  test('keys sorted (case-insensitive), messages non-empty, positional substitutions only', () => {
    const keys = Object.keys(entries);
    expect(keys).toEqual([...keys].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    for (const [key, { message }] of Object.entries(entries)) {
      expect(message.trim(), key).not.toBe('');
      expect(message.replace(/\$[1-9]/g, ''), key).not.toContain('$');
    }
  });

  test('every literal t() key in these pages exists', () => {
    const missing: string[] = [];
    for (const file of DIRS.flatMap(sources)) {
      // Comments quote example calls; only code counts.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const [, key] of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!(key! in entries)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test.each([
    ['outcome_', ['offer', 'rejection', 'no_answer', 'withdrew']],
    ['historyKind_', ['thank_you', 'follow_up', 'card']],
    ['channel_', ['email', 'card', 'phone']],
  ])('built keys %s… exist', (prefix, values) => {
    for (const value of values)
      expect(entries, `${prefix}${value}`).toHaveProperty(`${prefix}${value}`);
  });
});
