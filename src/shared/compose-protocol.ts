/**
 * The conversation between a panel iframe and the content script that owns its compose window,
 * over one extension port per compose, so each panel talks to its own compose only. Types
 * only, so the content script can import it without pulling anything into its bundle.
 *
 * How the port opens: the content script docks the iframe at `src/panel/index.html#<nonce>`.
 * - Chromium: the panel calls `browser.tabs.connect(tabId, { name: PANEL_PORT_PREFIX + nonce })`
 *   (its tab from `browser.tabs.getCurrent()`).
 * - Firefox: an extension frame inside a web page has only content-script APIs (no `tabs`) and
 *   never receives ports from content scripts (w3c/webextensions#35), so the panel calls
 *   `browser.runtime.connect({ name: PANEL_PORT_PREFIX + nonce })`; the background
 *   (src/background/commands.ts) joins it to the tab's top-frame content script by the same name
 *   and passes messages both ways. Pick the route by `browser.tabs?.connect` existing.
 * Either way the content script accepts a nonce once, only from this extension
 * (`port.sender.id`), and answers with `layout` and `state` straight away. When the port
 * closes, the compose is gone or the page reloaded.
 */
import type { Recipient } from '../core/checks/types';

/** What the user is writing: a fresh message, a reply in a thread, or a forward. */
export type ComposeKind = 'new' | 'reply' | 'forward';
/**
 * Where the compose sits: Gmail's bottom-right window ("mole"), maximised in the same tab, a
 * separate pop-out browser window, or inline under a message in a thread.
 */
export type ComposeView = 'window' | 'fullscreen' | 'popout' | 'inline';

/** What a compose window shows right now; sent on connect and after every change. */
export interface ComposeState {
  host: 'gmail' | 'outlook';
  kind: ComposeKind;
  view: ComposeView;
  /** The user minimised the compose to its title bar (the panel is shown as a tab then). */
  minimized: boolean;
  /** Null when the row could not be found (then `missing` has "to"/"cc"); [] when empty. */
  to: Recipient[] | null;
  cc: Recipient[] | null;
  /** The subject as shown (replies: the thread's subject). Null when not found. */
  subject: string | null;
  /**
   * Whether `insert` may fill the subject: a visible, empty subject field. Replies and
   * forwards in a thread keep the thread's subject, so this is false there.
   */
  subjectFillable: boolean;
  /** The user's own words: quoted message and signature already removed. Null if no body. */
  text: string | null;
  /**
   * Parts the adapter could not find, by role: "body", "subject", "to", "cc", "send". The panel
   * explains in plain words (the site may have changed) and offers to copy the draft; without
   * "body" it cannot insert at all.
   */
  missing: string[];
}

/** How the panel is shown; sent on connect and whenever it changes. */
export interface PanelLayout {
  /** The iframe is a small tab (about 44 × 44 px): show only a button that expands it. */
  collapsed: boolean;
  /**
   * There is no room beside the compose for the whole panel (full-screen, pop-out, a narrow
   * window, a minimised compose). Collapsed: that's why. Expanded (the user asked for it): the
   * panel overlaps part of the compose, so offer a way to collapse again.
   */
  cramped: boolean;
}

/**
 * Why nothing was inserted. The content script sends the code and the panel words it, so the
 * script injected into the mail page carries no sentences and a translation touches only the
 * panel. `covered`, `unsteady` and `no-press` are the click guard's refusals.
 */
export type InsertFailure =
  | 'too-long'
  | 'covered'
  | 'unsteady'
  | 'no-press'
  | 'minimised'
  | 'no-body'
  | 'not-taken'
  | 'error';

/** A part the insert left alone: the subject, or an address the host did not take. */
export type InsertWarning = 'subject' | 'to-gmail' | 'to-outlook';

export type ContentToPanel =
  /** The compose changed (debounced ~200 ms after typing), or the port just opened. */
  | { type: 'state'; state: ComposeState }
  /** Where and how big the panel is; see `PanelLayout`. */
  | ({ type: 'layout' } & PanelLayout)
  /**
   * The answer to `insert`. ok: the body text landed (and `filled` lists what was filled:
   * "subject", "to", "body"); `warnings` name the parts that were left alone (`to-gmail`: Gmail
   * didn't turn the address into a recipient). The content script always sends both; they are
   * optional only so older test doubles still type-check.
   * Not ok: nothing was inserted into the body, for the `reason` the panel words.
   */
  | {
      type: 'inserted';
      ok: true;
      filled?: ('subject' | 'to' | 'body')[];
      warnings?: InsertWarning[];
    }
  | { type: 'inserted'; ok: false; reason: InsertFailure }
  /**
   * The user sent this compose (a trusted click on Send or Ctrl/⌘+Enter, and the compose then
   * closed). Captured just before Gmail removed it. Answer `sent-recorded` once stored: the
   * iframe stays (hidden) until then, or at most 3 s. `at`: ISO time of the Send gesture
   * (always sent by the content script).
   */
  | { type: 'sent'; text: string; subject: string | null; to: Recipient[] | null; at?: string }
  /**
   * The keyboard command opened the panel and moved focus into the iframe: put focus on the
   * panel's first control.
   */
  | { type: 'toggle' }
  /**
   * Whether the panel has been still and plainly visible long enough for a click on Insert to
   * count (sent when it changes). The panel marks its Insert button with it; the content
   * script decides again on every insert.
   */
  | { type: 'guard'; ready: boolean };

export type PanelToContent =
  /**
   * Insert the draft. Send only from a trusted click or key press in the panel; the content
   * script also refuses when the panel isn't plainly visible (faded, covered, hidden).
   * `subject` fills an empty, fillable subject; `to` ("Name <email>" or "email") fills an empty
   * To; `body` (plain text, `\n` between lines) goes in at the caret, or before the
   * signature/quote when the caret isn't in the body. Empty strings are skipped.
   */
  | {
      type: 'insert';
      subject: string;
      to: string;
      body: string;
      /**
       * The click came from a pointer (a `press` on Insert came first); false or absent: from
       * the keyboard (Enter or Space on the focused button).
       */
      pointer?: boolean;
    }
  /**
   * A trusted pointer went down on Insert. The content script notes whether the panel was still
   * and plainly visible at that moment; the click that follows counts only if it was.
   */
  | { type: 'press' }
  /**
   * Collapse the panel to a tab (true) or expand it (false). Answered by `layout`. `auto`: the
   * panel's own suggestion from the notes and the compose (open for a thank-you, tab for other
   * mail); the content script drops it once the user has opened or closed this compose's panel
   * themselves, so their choice stands for as long as the compose is open.
   */
  | { type: 'collapse'; collapsed: boolean; auto?: boolean }
  /** Give the keyboard back to the compose body (e.g. Escape in the panel). */
  | { type: 'focus-compose' }
  /** The `sent` message was stored; the iframe may go. */
  | { type: 'sent-recorded' };

/** Port names carry the per-compose nonce the content script put in the iframe URL's hash. */
export const PANEL_PORT_PREFIX = 'ft-panel:';

/** Largest `insert` the content script accepts, in characters (a thank-you is far shorter). */
export const INSERT_LIMITS = { subject: 300, to: 500, body: 20_000 } as const;

/** What the background sends the active tab's content script for the `toggle-panel` command. */
export interface TogglePanelCommand {
  type: 'toggle-panel';
}
