/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft): roles, ids and data attributes only, never the generated class
 * names, which change every few months (host-dom.md §2.3).
 * verified 2026-11-22 against test/fixtures/outlook/compose-new-2026-11-22.html
 */

/** Reading-pane compose (one per draft, `_0`, `_1`…) and the pop-out form. */
export const composeRoot = [
  '[id^="docking_InitVisiblePart_"]',
  '[data-app-section="Form_Content"]',
] as const;

export const composeHint = '[id^="docking_InitVisiblePart_"], [data-app-section], [aria-multiline]';

/** The message body. */
export const body = [
  '[contenteditable="true"][aria-multiline="true"]',
  'div[role="textbox"][contenteditable="true"]',
] as const;

/** Quoted message and signature: from #appendonsend / #divRplyFwdMsg on, and #Signature. */
export const notOwnText = [
  '#appendonsend',
  '#divRplyFwdMsg',
  '#Signature',
  '[id^="x_divRplyFwdMsg"]',
] as const;

/** Subject: the last plain text input of the compose. */
export const subject = [
  'input[type=text][autocomplete=off]:last-of-type',
  'input[aria-label="Add a subject"]',
] as const;

/** Recipient wells, in order To, Cc, Bcc: editable but not multi-line. */
export const recipientWells = ['[contenteditable="true"]:not([aria-multiline="true"])'] as const;

export const sendButton = [
  '[data-testid="ComposeSendButton"]',
  'button[aria-label="Send"]',
] as const;
