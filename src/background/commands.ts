import browser from '../shared/browser';
import type { TogglePanelCommand } from '../shared/compose-protocol';

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

// Imported for this side effect by background/index.ts (one line there, by agreement).
registerCommands(browser);
