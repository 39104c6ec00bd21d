/**
 * The conversation between a panel iframe and the content script that owns its compose window,
 * over one extension port per compose (ARCHITECTURE.md §5). Types only, so the content script
 * can import it without pulling anything into its bundle.
 */
import type { Recipient } from '../core/checks/types';

export type ComposeKind = 'new' | 'reply' | 'forward';
export type ComposeView = 'window' | 'fullscreen' | 'popout' | 'inline';

/** What a compose window shows right now; sent on connect and after every change. */
export interface ComposeState {
  host: 'gmail' | 'outlook';
  kind: ComposeKind;
  view: ComposeView;
  minimized: boolean;
  to: Recipient[] | null;
  cc: Recipient[] | null;
  subject: string | null;
  /** The user's own words: quoted message and signature already removed from the DOM. */
  text: string | null;
  /** Parts the adapter could not find, by role ("body", "subject"…): the panel explains. */
  missing: string[];
}

export type ContentToPanel =
  | { type: 'state'; state: ComposeState }
  | { type: 'inserted'; ok: true }
  | { type: 'inserted'; ok: false; reason: string }
  | { type: 'sent'; text: string; subject: string | null; to: Recipient[] | null }
  | { type: 'toggle' };

export type PanelToContent =
  | { type: 'insert'; subject: string; to: string; body: string }
  | { type: 'collapse'; collapsed: boolean }
  | { type: 'focus-compose' }
  | { type: 'sent-recorded' };

/** Port names carry the per-compose nonce the content script put in the iframe URL's hash. */
export const PANEL_PORT_PREFIX = 'ft-panel:';
