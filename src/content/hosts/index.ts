import { gmail } from './gmail';
import type { HostAdapter } from './host-adapter';
import { outlook } from './outlook';

const OUTLOOK_HOSTS = new Set([
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
]);

/** The adapter for a mail host, keyed by family (not by exact host); null when unsupported. */
export function adapterFor(hostname: string): HostAdapter | null {
  if (hostname === 'mail.google.com') return gmail;
  if (OUTLOOK_HOSTS.has(hostname)) return outlook;
  return null;
}
