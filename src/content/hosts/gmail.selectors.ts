/**
 * Gmail's compose DOM, one named list per role, alternatives in order of preference.
 * Sources: ../shared/reference/host-dom.md §1.2 (InboxSDK, gmail.js, Briskine, Mailvelope).
 * verified 2026-11-22 against test/fixtures/gmail/compose-new-2026-11-22.html
 */

/** The compose root: a dialog holding a form (new message, full-screen, pop-out). */
export const composeRoot = ['[role=dialog]:has(form)', '.M9:has(form)'] as const;

/** Cheap hint that an added subtree may hold a compose; keep it a single selector list. */
export const composeHint = '[role=dialog], .M9, form, [g_editable]';

/** Gmail empties this when a full-screen compose closes mid-save (InboxSDK). */
export const composeContent = 'div.aaZ';

/** The message body. `[g_editable]` is locale-independent and Gmail's own hook. */
export const body = [
  '.Ap [g_editable="true"]',
  'div[role=textbox][aria-multiline=true][contenteditable=true]',
  'div.Am.Al.editable[contenteditable=true]',
] as const;

/** Parts of the body that are not the user's own words. */
export const notOwnText = ['.gmail_quote', '.gmail_signature', '.gmail_extra', 'blockquote'] as const;

/** Subject: visible input in new messages, hidden one in replies. */
export const subject = ['input[name=subjectbox]:not([type=hidden])', 'input[name=subject]'] as const;

/** PeopleKit recipient chips (Oct 2021 on): email in data-hovercard-id, name in data-name. */
export const toRow = ['.anm[name="to"]', 'div[name=to]'] as const;
export const ccRow = ['.anm[name="cc"]', 'div[name=cc]'] as const;
export const chip = ['[role=option][data-hovercard-id]', 'span[email]'] as const;

/** The minimise control in the title bar; a minimised compose hides its content. */
export const titleBar = ['.nH.Hy.aXJ table.cf td.Hm', '.Hy td.Hm'] as const;

/** Full-screen container that composes are moved into. */
export const fullscreenSlot = '.aSs .aSt';

/** Inline reply/forward inside a thread. */
export const inlineReply = '.M9';
