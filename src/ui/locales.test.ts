/**
 * Every locale says everything English says: the same keys, the same `$1`… substitutions per
 * key (a translation that drops `$2` would silently lose a name), nothing empty. German is
 * checked against English; a new `_locales` folder is picked up by the same test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import manifest from '../../manifest.json';
import type { Catalog } from '../core/i18n/text';
import { ARITY_FILE, arityFile } from '../../test/tools/message-arity';

const ROOT = 'public/_locales';
const locales = readdirSync(ROOT).filter((name) => name !== 'en');

const read = (locale: string): Catalog =>
  JSON.parse(readFileSync(join(ROOT, locale, 'messages.json'), 'utf8')) as Catalog;

const substitutions = (message: string): string[] =>
  [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('the locales', () => {
  test('English stays the default, and German is shipped', () => {
    expect(manifest.default_locale).toBe('en');
    expect(locales).toContain('de');
  });

  test('the typed substitution counts match English (else: npx tsx test/tools/message-arity.ts)', () => {
    expect(readFileSync(ARITY_FILE, 'utf8')).toBe(arityFile(english as Catalog));
  });

  describe.each(locales)('%s', (locale) => {
    const catalog = read(locale);

    test('has exactly the English keys, in the same order', () => {
      expect(Object.keys(catalog)).toEqual(Object.keys(english));
    });

    test('keeps every substitution of each message, and adds none', () => {
      const differ: string[] = [];
      for (const [key, { message }] of Object.entries(english as Catalog)) {
        const theirs = catalog[key]?.message ?? '';
        const want = substitutions(message).join(' ');
        if (substitutions(theirs).join(' ') !== want) differ.push(`${key}: wants ${want}`);
      }
      expect(differ).toEqual([]);
    });

    test('no message is empty, and none has a stray dollar sign', () => {
      for (const [key, { message }] of Object.entries(catalog)) {
        expect(message.trim(), key).not.toBe('');
        expect(message.replace(/\$[1-9]/g, ''), key).not.toContain('$');
      }
    });

    test('is translated, not copied: most messages differ from English', () => {
      const same = Object.entries(catalog).filter(
        ([key, { message }]) => message === (english as Catalog)[key]?.message,
      );
      // Names (Follow-Through, Gmail), "$1:" and the like stay as they are.
      expect(same.length).toBeLessThan(Object.keys(catalog).length / 20);
    });
  });
});
