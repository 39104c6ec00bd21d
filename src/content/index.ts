import { PANEL_PORT_PREFIX } from '../shared/compose-protocol';
import { startComposeSession, type ComposeSession } from './compose-session';
import { ext, isExtensionAlive, type Port } from './ext';
import type { HostAdapter } from './hosts/host-adapter';
import { watchComposes } from './watch-compose';

type Sender = Parameters<Parameters<typeof ext.runtime.onMessage.addListener>[0]>[1];

/**
 * The content script, for one mail family's adapter: watch for compose windows, start a session
 * (docked panel + port) for each. Everything it starts hangs off one AbortController, aborted
 * when the page goes or the extension is updated under it, so a script left behind by an update
 * stops cleanly instead of throwing "Extension context invalidated".
 */
function start(adapter: HostAdapter): void {
  if (!document.body) return;
  const controller = new AbortController();
  const { signal } = controller;
  const sessions = new Map<HTMLElement, ComposeSession>();
  /** The nonce each open compose handed its panel; a session takes one port at a time. */
  const byNonce = new Map<string, ComposeSession>();
  let lastFocused: ComposeSession | null = null;

  const watcher = watchComposes(
    adapter,
    signal,
    (root) => {
      if (!isExtensionAlive()) return controller.abort();
      const session = startComposeSession(adapter, root, signal);
      sessions.set(root, session);
      byNonce.set(session.nonce, session);
    },
    (root) => {
      const session = sessions.get(root);
      sessions.delete(root);
      if (!session) return;
      byNonce.delete(session.nonce);
      if (lastFocused === session) lastFocused = null;
      session.closed();
    },
    () => {
      for (const session of sessions.values()) session.refresh();
    },
  );

  // The panel's port. Only this extension's pages can open one (content scripts can't call
  // tabs.connect), and only with a nonce this document handed out; other frames and pop-out
  // documents get the same connect and ignore names they don't own.
  const onConnect = (port: Port): void => {
    if (!port.name.startsWith(PANEL_PORT_PREFIX) || port.sender?.id !== ext.runtime.id) return;
    const nonce = port.name.slice(PANEL_PORT_PREFIX.length);
    byNonce.get(nonce)?.accept(port);
  };

  // The `toggle-panel` keyboard command, relayed by the background (never by a page or a tab).
  const onMessage = (message: unknown, sender: Sender): undefined => {
    if (sender.id !== ext.runtime.id || sender.tab) return;
    if ((message as { type?: unknown } | null)?.type !== 'toggle-panel') return;
    watcher.scan();
    const all = [...sessions.values()];
    const target = all.find((session) => session.hasFocus()) ?? lastFocused ?? all[0];
    target?.toggle();
  };

  ext.runtime.onConnect.addListener(onConnect);
  ext.runtime.onMessage.addListener(onMessage);
  document.addEventListener(
    'focusin',
    () => {
      for (const session of sessions.values()) if (session.hasFocus()) lastFocused = session;
    },
    { signal, passive: true },
  );

  // An update or removal orphans this script (runtime.id goes away): take the panels down
  // rather than leave dead iframes beside the composes.
  const alive = setInterval(() => {
    if (!isExtensionAlive()) controller.abort();
  }, 2000);
  signal.addEventListener('abort', () => {
    clearInterval(alive);
    try {
      ext.runtime.onConnect.removeListener(onConnect);
      ext.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is already gone; its listeners went with it.
    }
  });
}

/**
 * Called by each family's entry (`entry-gmail.ts`, `entry-outlook.ts`), so a page loads only its
 * own adapter and selectors.
 */
export function startOn(adapter: HostAdapter): void {
  try {
    start(adapter);
  } catch (error) {
    // Never throw into the host page; the panel explains what it could not find.
    console.warn('Follow-Through could not start on this page.', error);
  }
}
