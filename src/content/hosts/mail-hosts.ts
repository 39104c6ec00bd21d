/**
 * Every mail origin the extension works on, in one table. The build writes the manifest's
 * content-script `matches`, the panel's web-accessible `matches` and the extension pages'
 * `frame-ancestors` from it (test/tools/manifest.ts); the adapter map, the end-to-end harness and
 * the checks on the build read it too. Adding a host of a family we already support (another
 * Outlook domain, say) is one row here.
 *
 * Pure data: no browser API, so build tools in Node can import it.
 */
import type { ComposeState } from '../../shared/compose-protocol';

/** A family shares one DOM, one adapter and one content-script entry (`entry-<family>.ts`). */
export type MailFamily = ComposeState['host'];

export interface MailHost {
  /** `https://` and the hostname, nothing else: what `frame-ancestors` lists. */
  readonly origin: string;
  readonly family: MailFamily;
  /** Match patterns for the content script and the panel's web-accessible entry. */
  readonly matches: readonly string[];
}

export const MAIL_HOSTS: readonly MailHost[] = [
  { origin: 'https://mail.google.com', family: 'gmail', matches: ['https://mail.google.com/*'] },
  // Outlook on the web serves one app on the consumer, the business and the cloud.microsoft
  // domains; Microsoft 365 apps are moving to the last (https://github.com/MicrosoftDocs/
  // microsoft-365-docs/blob/public/microsoft-365/enterprise/cloud-microsoft-domain.md).
  {
    origin: 'https://outlook.live.com',
    family: 'outlook',
    matches: ['https://outlook.live.com/*'],
  },
  {
    origin: 'https://outlook.office.com',
    family: 'outlook',
    matches: ['https://outlook.office.com/*'],
  },
  {
    origin: 'https://outlook.office365.com',
    family: 'outlook',
    matches: ['https://outlook.office365.com/*'],
  },
  {
    origin: 'https://outlook.cloud.microsoft',
    family: 'outlook',
    matches: ['https://outlook.cloud.microsoft/*'],
  },
];

/** The hostname of a row (`mail.google.com`). */
export function hostnameOf(host: MailHost): string {
  return new URL(host.origin).hostname;
}

/** The family whose adapter runs on `hostname`, or null when no row names it. */
export function familyOf(
  hostname: string,
  hosts: readonly MailHost[] = MAIL_HOSTS,
): MailFamily | null {
  return hosts.find((host) => hostnameOf(host) === hostname)?.family ?? null;
}
