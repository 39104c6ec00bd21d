/**
 * The panel's end of the extension port to its compose window's content script. An interface,
 * so the model and its tests never see the browser API.
 */
import browser, { type Runtime } from '../shared/browser';
import { t } from '../ui/i18n';
import {
  PANEL_PORT_PREFIX,
  type ContentToPanel,
  type PanelToContent,
} from '../shared/compose-protocol';

type Port = Runtime.Port;

export interface PanelPort {
  post(message: PanelToContent): void;
  /** Returns the function that stops listening. */
  onMessage(listener: (message: ContentToPanel) => void): () => void;
  onDisconnect(listener: (reason: string) => void): () => void;
}

/**
 * Opens the port named by the nonce in this page's URL hash; the content script that made the
 * iframe listens for exactly that name, so a panel opened any other way talks to nobody.
 * Messages posted before the port is open wait for it.
 */

export function connectPanelPort(api = browser, nonce = location.hash.slice(1)): PanelPort {
  const messageListeners = new Set<(message: ContentToPanel) => void>();
  const disconnectListeners = new Set<(reason: string) => void>();
  const waiting: PanelToContent[] = [];
  let port: Port | null = null;
  let closed: string | null = null;

  const close = (reason: string): void => {
    if (closed) return;
    closed = reason;
    port = null;
    disconnectListeners.forEach((l) => l(reason));
  };

  const attach = (opened: Port, onLost = (): void => close(t('portLost'))): void => {
    opened.onMessage.addListener((message: unknown) => {
      // Only the content script that owns this nonce can reach us; still, a shape check
      // keeps a bug on the other side from becoming a crash here.
      if (typeof message === 'object' && message !== null && 'type' in message) {
        messageListeners.forEach((l) => l(message as ContentToPanel));
      }
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      onLost();
    });
    port = opened;
    for (const message of waiting.splice(0)) opened.postMessage(message);
  };

  const name = PANEL_PORT_PREFIX + nonce;
  if (!nonce) {
    queueMicrotask(() => close(t('portUnreachable')));
  } else if (api.tabs?.connect) {
    // Chromium: the panel opens the port to its tab's content script.
    void (async () => {
      try {
        const tab = await api.tabs.getCurrent();
        if (tab?.id === undefined) throw new Error('the panel is not inside a mail tab');
        attach(api.tabs.connect(tab.id, { name }));
      } catch (error) {
        console.warn('[Follow-Through] panel could not connect', error);
        close(t('portUnreachable'));
      }
    })();
  } else {
    // Firefox gives an extension frame inside a web page no `tabs` API, and ports opened by a
    // content script never reach such a frame (w3c/webextensions#35). So the panel connects to
    // the background, which joins it to its tab's content script (`registerPanelRelay`).
    // Firefox stops an idle background after ~30 s, and the relayed port goes with it: open
    // it again (that wakes the background), backing off while the old one is still stopping,
    // and give up only when the content script has really gone.
    const backoff = [100, 300, 1000, 2000, 4000];
    let failures = 0;
    const open = (): void => {
      const opened = api.runtime.connect({ name });
      opened.onMessage.addListener(() => (failures = 0));
      attach(opened, () => {
        const wait = backoff[failures++];
        if (closed || wait === undefined) close(t('portLost'));
        else setTimeout(open, wait);
      });
    };
    open();
  }

  return {
    post(message) {
      if (closed) return;
      if (port) port.postMessage(message);
      else waiting.push(message);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    onDisconnect(listener) {
      disconnectListeners.add(listener);
      if (closed) listener(closed);
      return () => disconnectListeners.delete(listener);
    },
  };
}
