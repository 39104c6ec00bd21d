/**
 * Writes `src/core/i18n/message-arity.ts`: how many substitutions each English message takes,
 * so `t('dueCard')` without its name, or with two, is a type error. `src/ui/locales.test.ts`
 * fails when the file is older than `messages.json`.
 *
 *     npx tsx test/tools/message-arity.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
export const ENGLISH = resolve(ROOT, 'public/_locales/en/messages.json');
export const ARITY_FILE = resolve(ROOT, 'src/core/i18n/message-arity.ts');

/** The file's text for a parsed `messages.json`: the highest `$n` of each message. */
export function arityFile(catalog: Record<string, { message: string }>): string {
  const lines = Object.entries(catalog).map(([key, { message }]) => {
    const used = [...message.matchAll(/\$([1-9])/g)].map((m) => Number(m[1]));
    return `  ${key}: ${Math.max(0, ...used)};`;
  });
  return [
    '// Written by `npx tsx test/tools/message-arity.ts` from public/_locales/en/messages.json.',
    '',
    '/** How many substitutions (`$1`…) each message takes. */',
    'export interface MessageArity {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const catalog = JSON.parse(readFileSync(ENGLISH, 'utf8')) as Record<string, { message: string }>;
  writeFileSync(ARITY_FILE, arityFile(catalog));
  console.log(`wrote ${ARITY_FILE}`);
}
