/**
 * Gmail's compose DOM, one named list per role, alternatives in order of preference: the
 * language-neutral hook Gmail has kept longest first, structural fallbacks after it.
 * Sources: InboxSDK `gmail-compose-view.ts` and `page-parser.ts`, gmail.js `src/gmail.js`,
 * Briskine `src/content/plugins/gmail.js`, Mailvelope `src/content-scripts/providerSpecific.js`.
 */

// verified 2026-11-22 against gmail/compose-new-2026-11-22.html, compose-fullscreen-,
// compose-popout-, reply-inline-, forward-inline- and compose-classic-2026-11-22.html

/** Compose roots: a dialog (new message, full-screen) or a bare `.M9` (inline, pop-out). */
export const composeRoot = ['[role=dialog]', '.M9', 'div.aoI[role=region]'] as const;

/**
 * The editors whose insertion announces a compose (see `HostAdapter.editorHint`); Gmail's own
 * hook first, the role-based fallback second.
 */
export const editorHint =
  '[g_editable="true"],div[role=textbox][aria-multiline="true"][contenteditable="true"]';

/**
 * When none of the roots above is left (classes, roles and region renamed at once), the compose
 * is the nearest ancestor of its body holding a <form>: Gmail keeps each compose's hidden fields
 * (composeid, subject, rt, draft) in a form beside the editor, whatever the form's class.
 */
export const composeFormFallback = 'form';

/** Gmail empties this when a full-screen compose closes mid-save (InboxSDK). */
export const composeContent = 'div.aaZ';

/** The message body. `[g_editable]` is locale-independent and Gmail's own hook. */
export const body = [
  '.Ap [g_editable="true"]',
  '[g_editable="true"][contenteditable="true"]',
  'div[role=textbox][aria-multiline=true][contenteditable=true]',
  'div.Am.Al.editable[contenteditable=true]',
] as const;

// verified 2026-12-03 against gmail/compose-signature-2026-12-03.html

/**
 * Since about 2020 Gmail writes the "-- " delimiter as its own element, a sibling before the
 * signature: `<span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">`
 * (seen in the HTML of mail sent from Gmail in public list archives).
 */
export const signaturePrefix = '.gmail_signature_prefix';

/** Parts of the body that are not the user's own words (quote, signature, trimmed tail). */
export const notOwnText = [
  signaturePrefix,
  '.gmail_quote',
  '.gmail_signature',
  '.gmail_extra',
  'blockquote',
] as const;

/**
 * Where inserted text must go before, when the caret is not in the body: the first of these in
 * document order, so the signature's "-- " prefix wins over the signature after it.
 */
export const bodyTail = [
  signaturePrefix,
  '.gmail_signature',
  '.gmail_quote',
  '.gmail_extra',
  'blockquote',
] as const;

/** Subject the user types into (new messages; hidden in inline replies). */
export const subjectBox = ['input[name=subjectbox]:not([type=hidden])', 'input.aoT'] as const;
/** The subject Gmail keeps for replies and forwards (hidden). */
export const subjectHidden = ['input[name=subject]'] as const;

/** Hidden fields that tell replies apart: the thread id. */
export const threadId = ['input[name=rt]'] as const;

// verified 2026-11-22 against gmail/compose-new-2026-11-22.html (PeopleKit) and
// compose-classic-2026-11-22.html (pre-2021 recipient table)

/** PeopleKit recipient rows (Oct 2021 on). */
export const toRow = ['.anm[name="to"]', '.GS div[name=to]', 'div[name=to]'] as const;
export const ccRow = ['.anm[name="cc"]', '.GS div[name=cc]', 'div[name=cc]'] as const;
/** PeopleKit chips: email in data-hovercard-id, name in data-name. */
export const chip = [
  '[role=option][data-hovercard-id]',
  '[data-hovercard-id]',
  'span[email]',
] as const;
/** Where the To address is typed (PeopleKit). */
export const toInput = [
  'input[role=combobox][aria-autocomplete=list]',
  'input[peoplekit-id]',
  'input.agP',
] as const;

/** Classic recipients: the textarea; its table row holds `.vR` chips. */
export const classicTo = ['textarea.vO[name=to]', 'textarea[name=to]'] as const;
export const classicCc = ['textarea.vO[name=cc]', 'textarea[name=cc]'] as const;
/** A classic chip's hidden value "Name <email>", or its `span[email]`. */
export const classicChip = ['.vR > input[type=hidden]', '.vR span[email]'] as const;

/** Collapsed recipient summary in replies (click or focus expands it). */
export const collapsedRecipients = ['div.aoD.hl'] as const;

// verified 2026-11-22 against gmail/compose-new-2026-11-22.html and compose-ab-2026-11-22.html

/** Send: the primary button, never "More send options" (aria-haspopup) or Send & archive. */
export const sendButton = [
  '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])',
  '.gU.Up [role=button]:not([aria-haspopup=true])',
  'div.T-I.aoO[role=button]',
] as const;

/** Title bar (mole and full-screen); `Ht` became `Ht-<hash>` in a 2026-07 A/B test. */
export const titleBar = [
  '.nH.Hy.aXJ table.cf.Ht td.Hm',
  '.nH.Hy.aXJ table.cf td.Hm',
  '.Hy td.Hm',
] as const;
/** Title-bar controls: `<img>` before 2026-07, `<button>` in the A/B variant. */
export const minimizeControl = ['.Hm .Hl', '.Hm [aria-label^="Minimi"]'] as const;

/** Full-screen container that composes are moved into. */
export const fullscreenSlot = ['.aSs .aSt'] as const;

// verified 2026-12-03 against gmail/compose-popout-2026-12-03.html (no body classes) and
// compose-standalone-2026-12-03.html (`?view=cm`, body classes added late), and the
// 2026-11-22 pop-out (`body.xE.xp`)

/**
 * A document that is one compose and nothing else (the Shift-click pop-out window, `?view=cm`)
 * says so in three ways, tried in this order: InboxSDK's body classes (absent until Gmail's
 * start-up settles, InboxSDK `waitForGmailModeToSettle`), the URL, and the structure.
 */
export const standaloneDocument = 'body.xE.xp';
/** The pop-out window's path, `/mail/u/<n>/popout`. */
export const standalonePath = /\/popout\/?$/;
/** The standalone compose page's query, `?view=cm` (mailto links, "Open in new window"). */
export const standaloneQuery = /[?&]view=cm(?:&|$)/;
/**
 * Where Gmail puts an inline reply or forward: a compose inside one of these is in a thread;
 * outside all of them and with its subject box shown, it is a standalone window.
 */
export const inlineContainer = ['.ip', '.adB', '.AO', '[role=listitem]'] as const;

/** Forward marker in inline replies (the reply-type menu shows the forward icon). */
export const forwardMarker = ['.Un.J-JN-M-I .mI'] as const;
/** Reply marker (InboxSDK `isReply`). */
export const replyMarker = ['.HQ'] as const;
