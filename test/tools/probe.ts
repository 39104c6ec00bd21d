/**
 * `npm run --silent probe`: prints the live check for maintainers, a script to paste into the
 * devtools console of a real, logged-in Gmail or Outlook tab (see README "Live-check a real
 * page"). It is test/tools/probe-page.js called with the selectors of
 * src/content/hosts/*.selectors.ts, read from those files each time, so it never drifts from
 * what the adapters use. The script only reads the page and prints; nothing is sent anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as gmail from '../../src/content/hosts/gmail.selectors';
import * as outlook from '../../src/content/hosts/outlook.selectors';

type Role = string[] | { url: string };

/** Every selector export of a selectors file, as lists; URL patterns as their source. */
export function rolesOf(module: Record<string, unknown>): Record<string, Role> {
  const roles: Record<string, Role> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'string') roles[name] = [value];
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      roles[name] = [...value];
    else if (value instanceof RegExp) roles[name] = { url: value.source };
  }
  return roles;
}

export function probeScript(): string {
  const source = readFileSync(join(import.meta.dirname, 'probe-page.js'), 'utf8');
  const body = source.slice(source.indexOf('function followThroughProbe'));
  const selectors = JSON.stringify({ gmail: rolesOf(gmail), outlook: rolesOf(outlook) });
  return [
    '// Follow-Through live check: reads this page, prints a JSON report, sends nothing.',
    '// Paste into the devtools console of a Gmail or Outlook tab with a compose window open.',
    `(${body.trim()})(${selectors});`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${probeScript()}\n`);
