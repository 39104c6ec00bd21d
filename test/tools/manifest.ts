/**
 * The manifest each build ships. `manifest.json` holds everything but the mail hosts, which come
 * from `src/content/hosts/mail-hosts.ts`: each content script's `matches` (by the family its
 * `entry-<family>.ts` names), the panel's web-accessible `matches`, and the extension pages'
 * `frame-ancestors`. The Firefox build derives its few differences here too.
 */
import { readFileSync } from 'node:fs';
import { MAIL_HOSTS, type MailHost } from '../../src/content/hosts/mail-hosts.ts';

export type Target = 'chrome' | 'firefox';

/** Firefox's add-on id; stable so storage survives reinstalls and tests can pin the UUID. */
export const GECKO_ID = 'follow-through@follow-through.app';

interface ContentScript {
  js: string[];
  matches?: string[];
  [key: string]: unknown;
}

/** The family a content-script entry file serves: `src/content/entry-outlook.ts` → outlook. */
export function entryFamily(file: string): string | null {
  return /(?:^|\/)entry-([a-z0-9]+)\.ts$/.exec(file)?.[1] ?? null;
}

/** `manifest.json` as written, without the host lists. */
export function sourceManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
}

/**
 * The manifest for `browser` with the mail hosts of `hosts` filled in. Throws, naming what to
 * add, when a family in `hosts` has no content script in manifest.json or a content script's
 * family has no host, so a half-added host fails the build instead of shipping without effect.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is plain JSON
export function manifestFor(browser: Target, hosts: readonly MailHost[] = MAIL_HOSTS): any {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is plain JSON
  const manifest: any = sourceManifest();

  const families = new Set(hosts.map((host) => host.family));
  manifest.content_scripts = manifest.content_scripts.map((script: ContentScript) => {
    const family = entryFamily(script.js[0] ?? '');
    if (!family)
      throw new Error(`manifest.json: content script ${script.js} is not entry-<family>.ts`);
    if (script.matches) {
      throw new Error(`manifest.json: ${script.js} lists matches; they come from mail-hosts.ts`);
    }
    const matches = hosts.filter((host) => host.family === family).flatMap((host) => host.matches);
    if (!matches.length) throw new Error(`mail-hosts.ts has no host for ${script.js}`);
    families.delete(family as MailHost['family']);
    return { matches, ...script };
  });
  for (const family of families) {
    throw new Error(
      `mail-hosts.ts names the family "${family}", but manifest.json has no content script ` +
        `src/content/entry-${family}.ts`,
    );
  }

  const everyMatch = hosts.flatMap((host) => host.matches);
  manifest.web_accessible_resources = manifest.web_accessible_resources.map(
    ({ resources, ...rest }: { resources: string[] }) => ({
      resources,
      matches: everyMatch,
      ...rest,
    }),
  );

  // Only the mail pages may frame the panel (and the other extension pages): a site that is not
  // one cannot overlay it to trick a click.
  const csp = manifest.content_security_policy;
  if (/frame-ancestors/.test(csp.extension_pages)) {
    throw new Error('manifest.json: frame-ancestors comes from mail-hosts.ts');
  }
  csp.extension_pages += `; frame-ancestors ${hosts.map((host) => host.origin).join(' ')}`;

  if (browser === 'chrome') return manifest;
  const { service_worker: script, type } = manifest.background;
  manifest.background = { scripts: [script], type };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
