import browser, { type Runtime } from '../shared/browser';
import { PANEL_PORT_PREFIX, type TogglePanelCommand } from '../shared/compose-protocol';

/**
 * The `toggle-panel` keyboard command (manifest `commands`, a modifier chord, never a single
 * key: WCAG 2.1.4). The background only relays it to the content script of the tab the command
 * came from, which knows which compose has the focus; no `tabs` permission is needed because
 * onCommand hands over the tab.
 */
export function registerCommands(api: typeof browser): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    const message: TogglePanelCommand = { type: 'toggle-panel' };
    // A tab without our content script (not a mail page) has no listener: nothing to do.
    api.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}

/**
 * Firefox gives an extension frame inside a web page only content-script APIs: no `tabs`, and
 * ports from content scripts never reach it (w3c/webextensions#35). There the panel connects to
 * us with `runtime.connect({ name: PANEL_PORT_PREFIX + nonce })` and we join it to its tab's
 * top-frame content script by the same name, passing messages both ways. Only a panel page of
 * this extension, inside a tab, gets relayed; the content script still checks the nonce.
 * Chromium's panel reaches the content script directly with `tabs.connect`.
 */
export function registerPanelRelay(api: typeof browser): void {
  const panelPage = api.runtime.getURL('src/panel/index.html');
  api.runtime.onConnect.addListener((panel: Runtime.Port) => {
    const sender = panel.sender;
    const tabId = sender?.tab?.id;
    if (!panel.name.startsWith(PANEL_PORT_PREFIX) || sender?.id !== api.runtime.id) return;
    if (tabId === undefined || !sender?.url?.startsWith(panelPage)) return;
    const content = api.tabs.connect(tabId, { name: panel.name, frameId: 0 });
    let open = true;
    const close = (): void => {
      if (!open) return;
      open = false;
      panel.disconnect();
      content.disconnect();
    };
    // Extension ports, not window messaging: neither end is reachable from the page.
    panel.onMessage.addListener((message: unknown) => open && content.postMessage(message));
    content.onMessage.addListener((message: unknown) => open && panel.postMessage(message));
    panel.onDisconnect.addListener(close);
    content.onDisconnect.addListener(close);
  });
}

// Imported for this side effect by background/index.ts (one line there, by agreement).
registerCommands(browser);
registerPanelRelay(browser);
