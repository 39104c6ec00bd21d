/**
 * Outlook on the web (every Outlook row of mail-hosts.ts serves one DOM; Briskine's
 * `src/content/plugins/outlook.js` uses one plugin for all of them), one named list per role,
 * alternatives in order of preference. Only ids, roles, aria and `data-*` hooks and structure:
 * Outlook's class names are generated and changed five times in 15 months (the history of
 * Freemindtronic/evicypher-webmail `src/content-scripts/outlook.ts`), so none appear here.
 * Sources: Briskine `src/content/plugins/outlook.js`, toggl/track-extension
 * `src/content/outlook.js`, evicypher-webmail, Mailvelope
 * `src/content-scripts/providerSpecific.js`.
 */

// verified 2026-11-22 against outlook/compose-new-2026-11-22.html, reply-2026-11-22.html and
// popout-2026-11-22.html; 2026-12-03 against compose-new-, reply-, popout-window- and
// calendar-form-2026-12-03.html

/** Reading-pane compose (new, reply, forward: `_0`, `_1`… per draft). */
const docked = '[id^=docking_InitVisiblePart_]';
/** The pop-out form; its Send lives in a toolbar beside it, so the root is its parent. */
export const popoutForm = '[data-app-section=Form_Content]';
export const composeRoot = `${docked},${popoutForm}`;

/**
 * Calendar views reuse the pop-out's form hooks (Toolbar, Form_Content, a Send button) for
 * event invitations, which are not notes to an interviewer: no panel there. Matched on the
 * page's path (the opener's, for a pop-out window on about:blank).
 */
export const calendarPath = /^\/calendar(\/|$)/;
/**
 * A compose whose root hooks are gone is found from its body instead: the nearest ancestor that
 * also holds the compose's own fields (subject input or a recipient well, editable or still the
 * read-only summary a reply starts with). Only on mail pages (by the opener's path in a pop-out
 * window), as the calendar's event form has an editor and a subject too.
 */
export const composeFields =
  'input[type=text],[contenteditable=true]:not([aria-multiline=true]),' +
  '[role=textbox][aria-readonly=true]';
export const mailPath = /\/mail\//;

/** The editor whose insertion announces a compose (see `HostAdapter.editorHint`). */
export const editorHint = '[contenteditable="true"][aria-multiline="true"]';

/** The message body (RoosterJS editor root); `editorParent_N` is weaker, so it comes second. */
export const body = [
  '[contenteditable=true][aria-multiline=true]',
  '[id^=editorParent_] [contenteditable=true]',
] as const;

/**
 * Not the user's words: the signature, and from `#appendonsend` (or `#divRplyFwdMsg`) on, the
 * quoted message, which Outlook puts in the siblings after the marker (`~*`).
 */
export const notOwnText = [
  '#Signature,#appendonsend,#appendonsend~*,#divRplyFwdMsg,#divRplyFwdMsg~*',
] as const;

/** The quote's start; with the signature, where inserted text goes before (document order). */
export const quoteStart = '#appendonsend,#divRplyFwdMsg';
export const bodyTail = `#Signature,${quoteStart}`;

/** Subject: the last single-line text input of the compose (the To wells aren't inputs). */
export const subject = ['input[type=text][autocomplete=off]', 'input[maxlength="255"]'] as const;

/** Replies in the reading pane have no subject field; the thread's heading carries it. */
export const threadSubject = '#ReadingPaneContainerId [role=heading][title]';

/**
 * Recipient wells in order To, Cc, Bcc: editable but single-line (Briskine, 2026-03). A
 * reply's wells start as a read-only summary (a textbox marked `aria-readonly`, not
 * contenteditable) and turn editable when focused, so one list holds both, in page order.
 */
export const recipientWells = [
  '[contenteditable=true]:not([aria-multiline=true]),[role=textbox][aria-readonly=true]',
  '[role=combobox]',
] as const;

/** A recipient chip: a non-editable island in its well (the outermost one: chips nest). */
export const chip = '[contenteditable=false]';

/**
 * Where a chip's name sits. The chip's whole text also holds presence ("Away") and the name
 * again for screen readers. Fluent's generated classes keep these readable prefixes, which
 * Briskine reads in its Outlook plugin (`wellItemText-` until 2021, then these).
 */
export const chipText = ['[class*="individualText-"]', '[class*="textContainer-"]'] as const;

/** Presence shown in or beside a chip (English UI; other languages fall to the name match). */
export const presence = [
  'Available',
  'Away',
  'Busy',
  'Do not disturb',
  'Be right back',
  'Appear away',
  'Offline',
  'Out of office',
  'In a call',
  'In a meeting',
  'Presenting',
  'Focusing',
  'Off work',
  'Status unknown',
] as const;

/** Attributes that sometimes carry a chip's address (seen only in code of unknown origin). */
export const chipAddress = '[title*="@"],[data-lpc-hover-target-id*="@"]';

/** Send: the split button's primary half, never its "More send options" menu. */
export const sendButton = [
  '[data-testid=ComposeSendButton] button:not([aria-haspopup])',
  '[data-testid=ComposeSendButton]',
  'button[aria-label=Send]',
] as const;
