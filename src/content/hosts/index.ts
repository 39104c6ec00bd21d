import { gmail } from './gmail';
import type { HostAdapter } from './host-adapter';
import { outlook } from './outlook';

const OUTLOOK_HOSTS = new Set([
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
]);

/**
 * The adapter for a mail host, keyed by family (not by exact host); null when unsupported. The
 * content scripts don't call it: each family has its own entry (`../entry-gmail.ts`,
 * `../entry-outlook.ts`) that imports only its adapter, and the manifest maps the hosts to them.
 * This map must agree with the manifest; tools and tests use it.
 */
export function adapterFor(hostname: string): HostAdapter | null {
  if (hostname === 'mail.google.com') return gmail;
  if (OUTLOOK_HOSTS.has(hostname)) return outlook;
  return null;
}
