/**
 * Where buttons lead: the extension's own pages (as paths, made absolute with
 * `runtime.getURL` by whoever opens them) and a web mail compose window. One builder for the
 * popup, the background's notifications and the panel, so a "Write in …" button opens the
 * same compose window wherever it is pressed.
 */
import type { MailClient } from '../core/model/types';

export type { MailClient } from '../core/model/types';

export const POPUP_PATH = 'src/popup/index.html';
export const CARD_PATH = 'src/card/index.html';

/** What a popup deep link asks for beyond showing the interview. */
export type PopupFocus = 'outcome';

/**
 * `src/popup/index.html#interview=<id>` (`&focus=outcome` to open the outcome form): the
 * popup page, in a tab, at that interview. A hash, not a query: the page never reloads for it.
 */
export function popupLink(interviewId: string, focus?: PopupFocus): string {
  const hash = new URLSearchParams({ interview: interviewId });
  if (focus) hash.set('focus', focus);
  return `${POPUP_PATH}#${hash.toString()}`;
}

/** Reads a `popupLink` hash ("#interview=…&focus=…"); null when it names no interview. */
export function parsePopupLink(hash: string): { interviewId: string; focus?: PopupFocus } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const interviewId = params.get('interview')?.trim();
  if (!interviewId) return null;
  return params.get('focus') === 'outcome' ? { interviewId, focus: 'outcome' } : { interviewId };
}

/** `src/card/index.html?interview=<id>&interviewer=<id>`: the printable card. */
export function cardLink(interviewId: string, interviewerId: string): string {
  const q = new URLSearchParams({ interview: interviewId, interviewer: interviewerId });
  return `${CARD_PATH}?${q.toString()}`;
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
