/**
 * Which web mail opens when the user asks to write a note. Kept in the extension's own
 * `localStorage` (shared by the popup and the options page, never seen by a website): it is
 * a preference of this browser, not data worth exporting.
 */
export type MailClient = 'gmail' | 'outlook';

const KEY = 'follow-through:mail-client';

export function mailClient(storage: Pick<Storage, 'getItem'> | null = safeStorage()): MailClient {
  return storage?.getItem(KEY) === 'outlook' ? 'outlook' : 'gmail';
}

export function setMailClient(
  client: MailClient,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
): void {
  storage?.setItem(KEY, client);
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * A compose window with To and Subject filled. Opening it with `tabs.create` needs no
 * permission; the panel then fills the body.
 */
export function composeUrl(
  client: MailClient,
  { to, subject }: { to: string[]; subject: string },
): string {
  const enc = encodeURIComponent;
  const recipients = to
    .map((a) => a.trim())
    .filter(Boolean)
    .join(',');
  return client === 'outlook'
    ? `https://outlook.office.com/mail/deeplink/compose?to=${enc(recipients)}&subject=${enc(subject)}`
    : `https://mail.google.com/mail/?view=cm&fs=1&to=${enc(recipients)}&su=${enc(subject)}`;
}
