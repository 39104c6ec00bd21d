import { describe, expect, test, vi } from 'vitest';

type Listener = (...args: never[]) => void;
function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => listeners.push(l),
    fire: (...args: unknown[]) =>
      listeners.forEach((l) => (l as (...a: unknown[]) => void)(...args)),
  };
}
function fakePort(name: string, sender?: object) {
  const onMessage = event();
  const onDisconnect = event();
  return {
    name,
    sender,
    onMessage,
    onDisconnect,
    posted: [] as unknown[],
    disconnected: false,
    postMessage(message: unknown) {
      this.posted.push(message);
    },
    disconnect() {
      this.disconnected = true;
    },
  };
}
function fakeApi() {
  const connected: { tabId: number; options: object; port: ReturnType<typeof fakePort> }[] = [];
  return {
    connected,
    sent: [] as unknown[][],
    runtime: {
      id: 'ext-id',
      getURL: (path: string) => `moz-extension://uuid/${path}`,
      onConnect: event(),
    },
    commands: { onCommand: event() },
    tabs: {
      sendMessage(...args: unknown[]) {
        api.sent.push(args);
        return Promise.resolve();
      },
      connect(tabId: number, options: { name: string }) {
        const port = fakePort(options.name);
        connected.push({ tabId, options, port });
        return port;
      },
    },
  };
}
let api = fakeApi();
vi.mock('webextension-polyfill', () => ({ default: fakeApi() }));

const { registerCommands, registerPanelRelay } = await import('./commands');

describe('toggle-panel command', () => {
  test("relays to the command's tab only, and only for our command", () => {
    api = fakeApi();
    registerCommands(api as never);
    api.commands.onCommand.fire('toggle-panel', { id: 7 });
    api.commands.onCommand.fire('something-else', { id: 7 });
    api.commands.onCommand.fire('toggle-panel', undefined);
    expect(api.sent).toEqual([[7, { type: 'toggle-panel' }]]);
  });
});

describe('panel port relay (Firefox)', () => {
  const panelSender = {
    id: 'ext-id',
    tab: { id: 3 },
    url: 'moz-extension://uuid/src/panel/index.html#n1',
  };

  test("joins a panel's port to its tab's top-frame content script, both ways, and closes both", () => {
    api = fakeApi();
    registerPanelRelay(api as never);
    const panel = fakePort('ft-panel:n1', panelSender);
    api.runtime.onConnect.fire(panel);
    expect(api.connected).toHaveLength(1);
    const { tabId, options, port: content } = api.connected[0]!;
    expect([tabId, options]).toEqual([3, { name: 'ft-panel:n1', frameId: 0 }]);
    panel.onMessage.fire({ type: 'collapse', collapsed: true });
    content.onMessage.fire({ type: 'layout', collapsed: true, cramped: false });
    expect(content.posted).toEqual([{ type: 'collapse', collapsed: true }]);
    expect(panel.posted).toEqual([{ type: 'layout', collapsed: true, cramped: false }]);
    content.onDisconnect.fire();
    expect(panel.disconnected).toBe(true);
  });

  test('relays nothing for content scripts, other extensions, pages outside a tab or other names', () => {
    api = fakeApi();
    registerPanelRelay(api as never);
    api.runtime.onConnect.fire(
      fakePort('ft-panel:n1', { ...panelSender, url: 'https://mail.google.com/mail/u/0/' }),
    );
    api.runtime.onConnect.fire(fakePort('ft-panel:n1', { ...panelSender, id: 'other' }));
    api.runtime.onConnect.fire(fakePort('ft-panel:n1', { ...panelSender, tab: undefined }));
    api.runtime.onConnect.fire(fakePort('store', panelSender));
    expect(api.connected).toEqual([]);
  });
});
