import {
  INSERT_LIMITS,
  type ComposeState,
  type ContentToPanel,
  type PanelToContent,
} from '../shared/compose-protocol';
import type { Port } from './ext';
import { guardClicks } from './click-guard';
import { dockPanel } from './frame-host';
import type { HostAdapter } from './hosts/host-adapter';
import { insertDraft } from './insert';
import { reportMiss } from './report-miss';

const DEBOUNCE_MS = 200;
const SEND_KEYS = new Set(['Enter', ' ']);
/** How long the iframe waits, hidden, for the panel to record a send. */
const SENT_GRACE_MS = 3000;
/** A compose that closes this soon after a Send gesture was sent (not discarded). */
const SEND_WINDOW_MS = 10_000;
/** When a user's edit is cancelled (no `input` follows), its snapshot is taken this late. */
const SNAPSHOT_MS = 100;

export interface ComposeSession {
  readonly nonce: string;
  /** Take the panel's port; one at a time (see `attach`). */
  accept(port: Port): void;
  /** The sweep: re-find the compose's parts (Gmail re-renders them) and re-place the panel. */
  refresh(): void;
  /** The keyboard command: expand and focus the panel, or collapse it and go back to the body. */
  toggle(): void;
  /** Whether the keyboard is in this compose or its panel. */
  hasFocus(): boolean;
  /** The compose went: report a send if one was under way, then take everything down. */
  closed(): void;
}

function validInsert(
  message: Record<string, unknown>,
): message is PanelToContent & { type: 'insert' } {
  return (['subject', 'to', 'body'] as const).every(
    (key) =>
      typeof message[key] === 'string' && (message[key] as string).length <= INSERT_LIMITS[key],
  );
}

/**
 * Everything Follow-Through does for one compose window: the docked panel, the port to it,
 * state reads on change (debounced, `textContent` walks only, sent only when different), the
 * caret memory that insertion needs, insertion itself and send capture. All of it stops with
 * `signal` (the page's) or when the compose closes.
 */
export function startComposeSession(
  adapter: HostAdapter,
  root: HTMLElement,
  pageSignal: AbortSignal,
): ComposeSession {
  const stop = new AbortController();
  const signal = stop.signal;
  pageSignal.addEventListener('abort', () => stop.abort(), { once: true, signal });
  const nonce = crypto.randomUUID();
  let port: Port | null = null;
  /** The port in use, even after a failed post cleared `port`. */
  let live: Port | null = null;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let caret: Range | null = null;
  let inserting = false;
  let sendGesture: { at: number; state: ComposeState } | null = null;
  /**
   * The body as the user last edited it, for the "sent" record: snapshotted at the end of each
   * of the user's own edits, after an insert from the panel, and once at the start
   * (a draft restored from the host). The user's edits are the body changes made between a
   * trusted `beforeinput` and its `input`: a page script's DOM writes and its `execCommand`
   * fire no trusted `beforeinput`. Any other body change is the page's, and a snapshot taken
   * after one is thrown away, so a page that rewrites the body changes what the compose shows
   * but not the note recorded as sent. (A page listener that writes to the body during the
   * user's own input event is counted as the user's edit.)
   */
  let userText: string | null = null;
  let userEdited = true;
  let userEditing = false;
  let pageTouched = false;
  let snapshotTimer: ReturnType<typeof setTimeout> | 0 = 0;
  const noteUserText = (text: string | null): void => {
    if (!pageTouched) userText = text;
    userEdited = false;
  };
  const snapshot = (): void => {
    snapshotTimer = 0;
    if (userEdited && !signal.aborted) noteUserText(adapter.readState(root).text);
  };
  signal.addEventListener('abort', () => clearTimeout(snapshotTimer));
  let sentRecorded: (() => void) | null = null;

  const post = (message: ContentToPanel): void => {
    try {
      // An extension port, not window messaging: the page can't see or send on it.
      // eslint-disable-next-line no-restricted-syntax
      port?.postMessage(message);
    } catch {
      port = null; // the panel went away; the next state waits for nothing
    }
  };

  // Starts as the tab: the panel opens itself only for a thank-you (see `collapse`).
  const panel = dockPanel(
    adapter.dockTarget(root),
    nonce,
    signal,
    (layout) => post({ type: 'layout', ...layout }),
    () => {
      // The page removed or moved the panel and it was put back: its iframe loads again and
      // opens a new port, which must find this one gone.
      const old = live;
      live = port = null;
      try {
        old?.disconnect();
      } catch {
        // already closed with the old iframe
      }
    },
    'collapsed',
  );
  /** The user opened or closed this panel themselves; the panel's suggestions stop then. */
  let userChose = false;
  const guard = guardClicks(panel, signal, (ready) => post({ type: 'guard', ready }));

  const read = (): void => {
    timer = 0;
    if (signal.aborted) return;
    const state = adapter.readState(root);
    panel.setMinimized(state.minimized);
    if (state.missing.length) reportMiss(adapter.family, state.missing, root);
    const json = JSON.stringify(state);
    if (json === lastSent || !port) return;
    lastSent = json;
    post({ type: 'state', state });
  };
  // Debounce by timestamp: a keystroke only records its time, and one timer per pause does the
  // rest, instead of clearing and setting a timer on every key: the extension's share of each
  // keystroke in a busy mail page stays a timestamp write.
  let lastChange = 0;
  const settle = (): void => {
    const wait = lastChange + DEBOUNCE_MS - performance.now();
    timer = wait > 1 ? setTimeout(settle, wait) : 0;
    if (!timer) read();
  };
  const schedule = (): void => {
    lastChange = performance.now();
    if (!timer) timer = setTimeout(settle, DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));

  // --- watching the parts ---------------------------------------------------------------
  let bound: { key: unknown[]; stop: AbortController } | null = null;
  const bind = (): void => {
    const parts = adapter.parts(root);
    const key = [parts.body, parts.subject, parts.toInput, ...parts.recipientRows];
    if (bound && key.length === bound.key.length && key.every((part, i) => part === bound!.key[i]))
      return;
    bound?.stop.abort();
    const binding = new AbortController();
    signal.addEventListener('abort', () => binding.abort(), { once: true, signal: binding.signal });
    bound = { key, stop: binding };
    const options = { signal: binding.signal, passive: true };

    // Typing: one listener on the body element itself (not a body-wide observer), debounced.
    parts.body?.addEventListener('input', schedule, options);
    parts.body?.addEventListener(
      'beforeinput',
      (event) => {
        if (!event.isTrusted) return;
        userEditing = true;
        pageTouched = false;
        userEdited = true;
        // A cancelled edit fires no `input`: the snapshot then comes from this timer.
        if (!snapshotTimer) snapshotTimer = setTimeout(snapshot, SNAPSHOT_MS);
      },
      options,
    );
    const edits = new MutationObserver(() => {
      if (!inserting && !userEditing) pageTouched = true;
    });
    if (parts.body)
      edits.observe(parts.body, { childList: true, characterData: true, subtree: true });
    parts.body?.addEventListener(
      'input',
      (event) => {
        if (!event.isTrusted || !userEditing) return;
        // The changes queued so far are this edit's: drop them before the edit ends, and take
        // the text now, before any page task can run after it.
        edits.takeRecords();
        userEditing = false;
        clearTimeout(snapshotTimer);
        snapshotTimer = 0;
        snapshot();
      },
      options,
    );
    parts.subject?.addEventListener('input', schedule, options);
    // The caret matters only once the body has lost focus (to the panel, the subject…), so it
    // is saved then, not on every keystroke or selection change.
    const rememberCaret = (): void => {
      const selection = parts.body?.ownerDocument.getSelection();
      if (!parts.body || !selection?.rangeCount) return;
      const range = selection.getRangeAt(0);
      if (parts.body.contains(range.startContainer)) caret = range.cloneRange();
    };
    parts.body?.addEventListener('focusout', rememberCaret, options);

    // Recipients: chips come and go in their rows only.
    const rows = new MutationObserver(schedule);
    for (const row of parts.recipientRows) rows.observe(row, { childList: true, subtree: true });
    // Minimise: Gmail hides the body's container with an inline style; watch that chain only.
    const chain = new MutationObserver(() => {
      schedule();
      panel.reposition();
    });
    for (
      let node = parts.body?.parentElement;
      node && node !== root.parentElement;
      node = node.parentElement
    ) {
      chain.observe(node, { attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    }
    binding.signal.addEventListener('abort', () => {
      edits.disconnect();
      rows.disconnect();
      chain.disconnect();
    });
    schedule();
  };

  /** The selection right now, when it is in the body (the body still has focus). */
  const liveCaret = (): Range | null => {
    const body = adapter.parts(root).body;
    const selection = body?.ownerDocument.getSelection();
    if (!body || !selection?.rangeCount || body.ownerDocument.activeElement !== body) return null;
    const range = selection.getRangeAt(0);
    return body.contains(range.startContainer) ? range.cloneRange() : null;
  };

  // --- send capture -----------------------------------------------------------------------
  // Capture phase on window runs before Gmail's handlers remove the compose. Only trusted
  // events count, so a page script's `el.click()` on Send records nothing: the page must not be
  // able to drive the extension. A click counts
  // only on the Send control the adapter finds, at a point inside that control's own box: an
  // element the page nests inside Send can be drawn anywhere on screen, and a click on it there
  // is not a click on Send. Keys count only on the focused control itself or as Ctrl/⌘+Enter.
  const isRealSend = (event: Event, target: Element): boolean => {
    const send = adapter.sendControl(root);
    if (!send || !send.contains(target)) return false;
    if (event instanceof KeyboardEvent) return target === send;
    const box = send.getBoundingClientRect();
    const { clientX: x, clientY: y } = event as MouseEvent;
    return box.width > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  };
  const onSendGesture = (event: Event): void => {
    // Most keydowns are typing: drop them before any DOM work.
    if (event.type === 'keydown' && !SEND_KEYS.has((event as KeyboardEvent).key)) return;
    const target = event.target as Element | null;
    if (!event.isTrusted || !target || !root.contains(target)) return;
    let send = false;
    if (event instanceof KeyboardEvent) {
      const chord = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
      const activate = (event.key === 'Enter' || event.key === ' ') && isRealSend(event, target);
      send = chord || activate;
    } else {
      send = isRealSend(event, target);
    }
    if (!send) return;
    // A keystroke still waiting for the debounced read is the user's too.
    if (userEdited) snapshot();
    sendGesture = { at: Date.now(), state: adapter.readState(root) };
  };
  for (const type of ['mouseup', 'click', 'keydown']) {
    window.addEventListener(type, onSendGesture, { capture: true, signal, passive: true });
  }

  // --- the panel's requests -----------------------------------------------------------------
  const focusBody = (): void => {
    const body = adapter.parts(root).body;
    if (!body) return;
    body.focus({ preventScroll: true });
    if (caret && body.contains(caret.startContainer)) {
      const selection = body.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(caret);
    }
  };

  const onMessage = async (raw: unknown): Promise<void> => {
    if (typeof raw !== 'object' || raw === null) return;
    const message = raw as Record<string, unknown>;
    switch (message.type) {
      case 'insert': {
        if (!validInsert(message)) {
          post({ type: 'inserted', ok: false, reason: 'too-long' });
          return;
        }
        if (inserting) return;
        const refusal = guard.judge(message.pointer === true);
        if (refusal) {
          post({ type: 'inserted', ok: false, reason: refusal });
          return;
        }
        if (adapter.readState(root).minimized) {
          post({ type: 'inserted', ok: false, reason: 'minimised' });
          return;
        }
        inserting = true;
        try {
          const result = await insertDraft(adapter, root, message, liveCaret() ?? caret, signal);
          // What the user chose to insert is their edit.
          if (result.ok) {
            pageTouched = false;
            userEdited = true;
            snapshot();
          }
          post(result);
        } catch {
          post({ type: 'inserted', ok: false, reason: 'error' });
        } finally {
          inserting = false;
          schedule();
        }
        return;
      }
      case 'press':
        guard.press();
        return;
      case 'collapse':
        if (message.auto === true) {
          // A suggestion never forces room: `auto` stays a tab when the compose has none.
          if (!userChose) panel.setMode(message.collapsed ? 'collapsed' : 'auto');
          return;
        }
        userChose = true;
        panel.setMode(message.collapsed ? 'collapsed' : panel.layout.cramped ? 'open' : 'auto');
        return;
      case 'focus-compose':
        focusBody();
        return;
      case 'sent-recorded':
        sentRecorded?.();
        return;
    }
  };

  const finish = (): void => stop.abort();

  /**
   * Take the panel's port. One at a time: a second one is refused while the first is open; a
   * new one is taken after it closed, because Firefox's relay through the background drops
   * the port whenever the idle background is stopped, and the panel then connects again.
   */
  const attach = (incoming: Port): void => {
    if (live || signal.aborted) return;
    live = port = incoming;
    incoming.onMessage.addListener((message: unknown) => void onMessage(message));
    incoming.onDisconnect.addListener(() => {
      live = port = null;
      sentRecorded?.();
    });
    signal.addEventListener('abort', () => {
      if (live === incoming) incoming.disconnect();
      live = port = null;
    });
    post({ type: 'layout', ...panel.layout });
    post({ type: 'guard', ready: guard.ready });
    lastSent = '';
    read();
  };

  bind();
  // What the compose held when it opened (a draft restored by the host) counts as the user's.
  snapshot();
  return {
    nonce,
    accept(incoming) {
      attach(incoming);
    },
    refresh() {
      if (signal.aborted) return;
      bind();
      panel.reposition();
    },
    toggle() {
      userChose = true;
      if (panel.layout.collapsed) {
        panel.setMode(panel.layout.cramped ? 'open' : 'auto');
        panel.focus();
        post({ type: 'toggle' });
      } else {
        panel.setMode('collapsed');
        focusBody();
      }
    },
    hasFocus() {
      const active = root.ownerDocument.activeElement;
      return active === panel.host || (active !== null && root.contains(active));
    },
    closed() {
      if (signal.aborted) return;
      const gesture = sendGesture;
      if (!gesture || Date.now() - gesture.at > SEND_WINDOW_MS || !port) return finish();
      const { subject, to } = gesture.state;
      const text = userText;
      panel.hide();
      sentRecorded = finish;
      setTimeout(finish, SENT_GRACE_MS);
      post({ type: 'sent', text: text ?? '', subject, to, at: new Date(gesture.at).toISOString() });
    },
  };
}
